/** A received file we cannot take: the message says why and what to do instead. */
export class ExtractError extends Error {
  override name = 'ExtractError';
}
