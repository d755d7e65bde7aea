/**
 * Environment every Astro run of the project's scripts gets: no telemetry, so builds, checks and
 * tests make no network request of their own (Astro's documented switch, project-local rather than
 * `astro telemetry disable`, which writes the user's global config). package.json sets the same
 * variable on its `astro` commands.
 */
export const ASTRO_ENV: Readonly<Record<string, string>> = { ASTRO_TELEMETRY_DISABLED: '1' };
