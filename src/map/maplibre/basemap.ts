/**
 * Loading a basemap style. The embedded basemap's style names its GeoJSON
 * files by relative URL; MapLibre resolves URLs inside a style object against
 * nothing, so they are made absolute here, against the style's own URL. The
 * same applies to any newsroom style that uses relative URLs.
 *
 * A style, and everything it points at, loads only from the app's own origin
 * or from `VITE_BASEMAP_ORIGINS` (set at build time): anything else is
 * refused before a request is made (see style-urls.ts). `guardRequest` holds
 * MapLibre's own requests to the same list, as a second line.
 */
import type { RequestParameters, StyleSpecification } from 'maplibre-gl';
import { checkStyle, parseOrigins, refusal, type BasemapOrigins } from './style-urls.ts';

export { resolveStyleUrls } from './style-urls.ts';

/** The embedded, offline basemap, relative to the page. */
export const DEFAULT_STYLE_PATH = 'basemap/style.json';

/**
 * The app's own origin (where this code is served from: the page's in the
 * app, the map's site in the `<diplomatic-journey>` element), and the
 * origins allowed at build time.
 */
export const BASEMAP_ORIGINS: BasemapOrigins = {
  own: new URL(import.meta.url).origin,
  allowed: parseOrigins(import.meta.env.VITE_BASEMAP_ORIGINS ?? ''),
};

/** A basemap style (or TileJSON) slower than this is given up on; the journey draws without it. */
const STYLE_TIMEOUT_MS = 8_000;

/** Fetches JSON with the style's rules: no credentials, no redirects elsewhere, a timeout. */
async function fetchJson(url: string, what: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'omit', redirect: 'error', signal: AbortSignal.timeout(STYLE_TIMEOUT_MS) });
  } catch (error) {
    if ((error as Error).name === 'TimeoutError') throw new Error(`${what} did not answer within ${STYLE_TIMEOUT_MS / 1000} s: ${url}`);
    throw new Error(`${what} could not be fetched (network error): ${url}`);
  }
  if (!response.ok) throw new Error(`${what} answered ${response.status} ${response.statusText}: ${url}`);
  try {
    return await response.json();
  } catch {
    throw new Error(`${what} is not JSON: ${url}`);
  }
}

/**
 * Fetches a style, checks it and resolves its URLs. TileJSON sources
 * (`url`) are fetched here too and written into the style, so that their
 * tiles and attribution are checked like the style's own.
 *
 * @throws An Error whose message says what went wrong (refused origin, status, not JSON, network).
 */
export async function loadStyle(styleUrl: string, origins: BasemapOrigins = BASEMAP_ORIGINS): Promise<StyleSpecification> {
  let url: string;
  try {
    url = new URL(styleUrl, document.baseURI).href;
  } catch {
    url = styleUrl;
  }
  const refused = refusal(url, origins, 'The basemap style');
  if (refused) throw new Error(refused);
  const style = (await fetchJson(url, 'The basemap style')) as StyleSpecification;
  if (style?.version !== 8 || typeof style.sources !== 'object') throw new Error(`The basemap style is not a MapLibre style (version 8): ${url}`);
  const checked = checkStyle(style, url, origins);
  if ('error' in checked) throw new Error(checked.error);
  return inlineTileJson(checked.style, origins);
}

/** TileJSON fields a source may carry itself. */
const TILEJSON_FIELDS = ['tiles', 'minzoom', 'maxzoom', 'bounds', 'scheme', 'tileSize', 'encoding', 'attribution'] as const;

async function inlineTileJson(style: StyleSpecification, origins: BasemapOrigins): Promise<StyleSpecification> {
  const sources = { ...style.sources };
  for (const [id, source] of Object.entries(sources)) {
    if (!('url' in source) || typeof source.url !== 'string') continue;
    const tileJson = (await fetchJson(source.url, `The TileJSON of "${id}"`)) as Record<string, unknown>;
    const inline: Record<string, unknown> = { ...source };
    delete inline.url;
    for (const field of TILEJSON_FIELDS) if (tileJson?.[field] !== undefined && inline[field] === undefined) inline[field] = tileJson[field];
    const check = checkStyle({ version: 8, sources: { [id]: inline as never }, layers: [] }, source.url, origins);
    if ('error' in check) throw new Error(check.error);
    sources[id] = check.style.sources[id]!;
  }
  return { ...style, sources };
}

/**
 * MapLibre's `transformRequest`: a request to an origin the basemap may not
 * use fails instead of being sent. Every URL in a style is already checked
 * (`loadStyle`); this catches what MapLibre builds on its own.
 */
export function guardRequest(origins: BasemapOrigins = BASEMAP_ORIGINS): (url: string) => RequestParameters {
  return (url) => {
    // A blob: URL is one this page made; it goes to no server.
    if (url.startsWith('blob:')) return { url };
    const refused = refusal(url, origins, 'A basemap request');
    if (refused) throw new Error(refused);
    return { url };
  };
}
