/**
 * The land outlines under a static map: which file holds them for a basemap,
 * and one shared request per file.
 */
import { parseLand, type LandShape } from './static-map-geometry.ts';

/** Basemap files are a few MB at most; give up on a stalled server after this long. */
const TIMEOUT_MS = 20_000;

/**
 * One request per URL for the whole page: every static map shares it, and a
 * failed one is forgotten so a later map may try again.
 */
const requests = new Map<string, Promise<LandShape[]>>();

const timeout = () => (typeof AbortSignal.timeout === 'function' ? AbortSignal.timeout(TIMEOUT_MS) : undefined);

/**
 * The land outlines of a basemap, fetched once per URL without credentials.
 *
 * @param url A countries GeoJSON file.
 * @returns The outlines, wound for d3-geo; rejects with a message when the file can't be had.
 * @example requestLand('https://example.org/basemap/countries.geojson')
 */
export function requestLand(url: string): Promise<LandShape[]> {
  let request = requests.get(url);
  if (!request) {
    // Started inside a promise, so even a synchronous failure (an old browser
    // without AbortSignal.timeout, a malformed URL) ends as a rejection.
    request = Promise.resolve()
      .then(() => fetch(url, { credentials: 'omit', signal: timeout() }))
      .then((response) => {
        if (!response.ok) throw new Error(`The countries file answered ${response.status} ${response.statusText}`.trim());
        return response.json() as Promise<unknown>;
      })
      .then(parseLand);
    request.catch(() => requests.delete(url));
    requests.set(url, request);
  }
  return request;
}

/**
 * Where a basemap style keeps its land outlines: the embedded basemap (light
 * or dark) has `countries.geojson` beside its style; another style has none
 * we can read. Only the app's own basemap counts: a style URL on another
 * origin (from a page parameter) is never asked for anything (issue 15).
 *
 * @param styleUrl An absolute MapLibre style URL.
 * @param appUrl A URL on the app's own origin (this module's, by default).
 * @returns The countries file's absolute URL, or undefined.
 * @example landUrlFor('https://example.org/basemap/style-dark.json', 'https://example.org/') // 'https://example.org/basemap/countries.geojson'
 */
export function landUrlFor(styleUrl: string, appUrl: string = import.meta.url): string | undefined {
  let url: URL;
  try {
    url = new URL(styleUrl);
  } catch {
    return undefined;
  }
  if (url.origin !== new URL(appUrl).origin) return undefined;
  return /\/basemap\/style(-dark)?\.json$/.test(url.pathname) ? new URL('countries.geojson', url).href : undefined;
}
