/** Why a draft stops: a required value is missing, or a flag's value is not one we can use. */

/** A required value was not found: `flags` says what to pass. */
export class DraftError extends Error {
  override name = 'DraftError';
  readonly missing: string[];
  readonly flags: string[];
  constructor(missing: string[], flags: string[]) {
    super(`Missing ${flags.join(', ')}: ${missing.join(' ')}`);
    this.missing = missing;
    this.flags = flags;
  }
}

/** A flag's value cannot be used (`--date 5月`, `--province 火星`). */
export class FlagError extends Error {
  override name = 'FlagError';
}
