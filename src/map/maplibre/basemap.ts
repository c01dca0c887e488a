/**
 * Loading a basemap style. The embedded basemap's style names its GeoJSON
 * files by relative URL; MapLibre resolves URLs inside a style object against
 * nothing, so they are made absolute here, against the style's own URL. The
 * same applies to any newsroom style that uses relative URLs.
 */
import type { SourceSpecification, StyleSpecification } from 'maplibre-gl';

/** The embedded, offline basemap, relative to the page. */
export const DEFAULT_STYLE_PATH = 'basemap/style.json';

const absolute = (value: string, base: string) => new URL(value, base).href;

/** A basemap style slower than this is given up on; the journey draws without it. */
const STYLE_TIMEOUT_MS = 8_000;

/**
 * Resolves every relative URL in a style's sources against the style's URL.
 * Returns a new style; the input is not changed.
 */
export function resolveStyleUrls(style: StyleSpecification, styleUrl: string): StyleSpecification {
  const sources: Record<string, SourceSpecification> = {};
  for (const [id, source] of Object.entries(style.sources)) {
    const copy = { ...source } as SourceSpecification & { data?: unknown; url?: string; tiles?: string[] };
    if (typeof copy.data === 'string') copy.data = absolute(copy.data, styleUrl);
    if (typeof copy.url === 'string') copy.url = absolute(copy.url, styleUrl);
    if (Array.isArray(copy.tiles)) copy.tiles = copy.tiles.map((t) => absolute(t, styleUrl));
    sources[id] = copy;
  }
  const resolved: StyleSpecification = { ...style, sources };
  if (typeof style.sprite === 'string') resolved.sprite = absolute(style.sprite, styleUrl);
  if (typeof style.glyphs === 'string') resolved.glyphs = absolute(style.glyphs, styleUrl);
  return resolved;
}

/**
 * Fetches a style and resolves its URLs.
 *
 * @throws An Error whose message says what went wrong (status, not JSON, network).
 */
export async function loadStyle(styleUrl: string): Promise<StyleSpecification> {
  const url = new URL(styleUrl, document.baseURI).href;
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'omit', signal: AbortSignal.timeout(STYLE_TIMEOUT_MS) });
  } catch (error) {
    if ((error as Error).name === 'TimeoutError') throw new Error(`The basemap style did not answer within ${STYLE_TIMEOUT_MS / 1000} s: ${url}`);
    throw new Error(`The basemap style could not be fetched (network error): ${url}`);
  }
  if (!response.ok) throw new Error(`The basemap style answered ${response.status} ${response.statusText}: ${url}`);
  let style: StyleSpecification;
  try {
    style = (await response.json()) as StyleSpecification;
  } catch {
    throw new Error(`The basemap style is not JSON: ${url}`);
  }
  if (style?.version !== 8 || typeof style.sources !== 'object') throw new Error(`The basemap style is not a MapLibre style (version 8): ${url}`);
  return resolveStyleUrls(style, url);
}
