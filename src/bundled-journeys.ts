/**
 * The journeys shipped with the app: every file in `data/journeys/`, built as
 * a static asset and named by its file name without `.json`.
 */
const files = import.meta.glob('../data/journeys/*.json', { query: '?url', import: 'default', eager: true }) as Record<string, string>;

export const BUNDLED_JOURNEYS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(files).map(([path, url]) => [path.replace(/^.*\/([^/]+)\.json$/, '$1'), url]),
);

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
