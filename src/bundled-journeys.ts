/**
 * The journeys shipped with the app are files, not code: the build copies
 * every `data/journeys/<name>.json` to `journeys/<name>.json` (vite.config.ts),
 * where `?journey=<name>` finds them, and finds any file added there later
 * (see `resolveJourneyUrl` in journey/load.ts).
 */

/** Opened when the page names no journey. */
export const DEFAULT_JOURNEY = 'moscow-2025-12-02';

/**
 * Origins other than this site that journeys may be loaded from, set at
 * build time: `VITE_JOURNEY_ORIGINS="https://data.example.org https://x.example"`.
 */
export const ALLOWED_ORIGINS: readonly string[] = (import.meta.env.VITE_JOURNEY_ORIGINS ?? '')
  .split(/[\s,]+/)
  .filter(Boolean)
  .map((o: string) => new URL(o).origin);
