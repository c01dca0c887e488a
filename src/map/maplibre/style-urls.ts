/**
 * What a basemap style may reach and show, checked before MapLibre sees it
 * (issue 15): the style, its tiles, TileJSON, GeoJSON, glyphs, sprites and
 * font files come only from the app's own origin or the build-time list
 * (`VITE_BASEMAP_ORIGINS`), over http(s); and attributions are reduced to
 * text and https links. Pure: no DOM, no network, no MapLibre.
 */
import type { SourceSpecification, StyleSpecification } from 'maplibre-gl';

/** Where basemap data may come from. */
export interface BasemapOrigins {
  /** The app's own origin (where its code is served from). */
  readonly own: string;
  /** Other origins, from `VITE_BASEMAP_ORIGINS`. */
  readonly allowed: readonly string[];
}

/**
 * Reads a build-time list of origins: separated by spaces or commas, each
 * reduced to its origin. An entry that is not a URL fails the build's first
 * run loudly rather than allowing something unintended.
 *
 * @example parseOrigins('https://tiles.example.org/a, http://localhost:8080') // ['https://tiles.example.org', 'http://localhost:8080']
 */
export function parseOrigins(list: string): string[] {
  return list
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((o) => new URL(o).origin);
}

const isLocalHost = (host: string) => host === 'localhost' || host === '127.0.0.1' || host === '[::1]';

/** `{z}`, `{x}`, `{y}`, `{fontstack}`, `{range}`, `{prefix}`, `{bbox-epsg-3857}`…: MapLibre's URL template tokens. */
const TOKEN = /\{([a-z0-9-]+)\}/gi;
/** Stands in for a token while the URL is parsed: letters the URL parser keeps as they are (also in a host name). */
const MARK = /tpl0([a-z0-9-]+)0tpl/g;

/**
 * Resolves a URL or URL template against a base, keeping MapLibre's
 * `{tokens}` as they are (`new URL` alone would percent-encode the braces,
 * and MapLibre would then request `%7Bz%7D` literally).
 *
 * @throws TypeError when the value is not a URL.
 * @example resolveTemplate('tiles/{z}/{x}/{y}.pbf', 'https://a.example/style.json') // 'https://a.example/tiles/{z}/{x}/{y}.pbf'
 */
export function resolveTemplate(value: string, base: string): string {
  const marked = value.replace(TOKEN, (_, name: string) => `tpl0${name.toLowerCase()}0tpl`);
  return new URL(marked, base).href.replace(MARK, '{$1}');
}

/**
 * Why a URL (already absolute; a template is fine) may not be requested for
 * the basemap, or undefined when it may.
 *
 * @param what What the URL is for, as the message names it ("the basemap style", "tiles of \"roads\"").
 * @example refusal('https://evil.example/s.json', { own: 'https://news.example', allowed: [] }, 'the basemap style') // 'the basemap style is on https://evil.example, …'
 */
export function refusal(url: string, origins: BasemapOrigins, what: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url.replace(TOKEN, (_, name: string) => `tpl0${name.toLowerCase()}0tpl`));
  } catch {
    return `${what} is not a URL ("${url.slice(0, 80)}"). No request was made.`;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    return `${what} uses ${parsed.protocol} ("${url.slice(0, 40)}…"); basemaps load over http(s) only. No request was made.`;
  }
  const origin = parsed.origin;
  if (origin === origins.own) return undefined;
  if (!origins.allowed.includes(origin)) {
    const list = [origins.own, ...origins.allowed].join(', ');
    return `${what} is on ${origin}, which this map does not load basemaps from (only ${list}). No request was made.`;
  }
  if (parsed.protocol !== 'https:' && !isLocalHost(parsed.hostname)) {
    return `${what} is on ${origin} over http; basemaps from other sites must use https. No request was made.`;
  }
  return undefined;
}

/** A style checked and resolved, or the first reason it can't be used. */
export type CheckedStyle = { readonly style: StyleSpecification } | { readonly error: string };

type AnySource = SourceSpecification & { url?: unknown; tiles?: unknown; urls?: unknown; data?: unknown; attribution?: unknown };

/**
 * Resolves every URL in a style against the style's URL (templates kept
 * intact), checks each against the allowed origins, and makes every
 * attribution safe. Returns a new style, or the first refusal; the input is
 * not changed. Nothing is requested.
 *
 * @example checkStyle({ version: 8, sources: {}, layers: [], glyphs: 'fonts/{fontstack}/{range}.pbf' }, 'https://a.example/s.json', { own: 'https://a.example', allowed: [] })
 */
export function checkStyle(style: StyleSpecification, styleUrl: string, origins: BasemapOrigins): CheckedStyle {
  let error: string | undefined;
  const url = (value: unknown, what: string): string => {
    if (typeof value !== 'string') {
      error ??= `${what} is not a URL string. No request was made.`;
      return '';
    }
    let resolved: string;
    try {
      resolved = resolveTemplate(value, styleUrl);
    } catch {
      resolved = value;
    }
    error ??= refusal(resolved, origins, what);
    return resolved;
  };
  const sources: Record<string, SourceSpecification> = {};
  for (const [id, source] of Object.entries(style.sources ?? {})) {
    const copy = { ...source } as AnySource;
    const what = `data of "${id}"`;
    if (copy.url !== undefined) copy.url = url(copy.url, `the TileJSON of "${id}"`);
    if (Array.isArray(copy.tiles)) copy.tiles = copy.tiles.map((t) => url(t, `tiles of "${id}"`));
    if (Array.isArray(copy.urls)) copy.urls = copy.urls.map((t) => url(t, what));
    if (typeof copy.data === 'string') copy.data = url(copy.data, what);
    if (copy.attribution !== undefined) copy.attribution = safeAttribution(String(copy.attribution));
    sources[id] = copy as SourceSpecification;
  }
  const checked: StyleSpecification = { ...style, sources };
  if (style.glyphs !== undefined) checked.glyphs = url(style.glyphs, 'the glyphs');
  if (typeof style.sprite === 'string') checked.sprite = url(style.sprite, 'the sprite');
  else if (Array.isArray(style.sprite)) checked.sprite = style.sprite.map((s) => ({ ...s, url: url(s?.url, 'a sprite') }));
  else if (style.sprite !== undefined) url(style.sprite, 'the sprite');
  if (style['font-faces'] !== undefined) {
    const faces: Record<string, unknown> = {};
    for (const [family, face] of Object.entries(style['font-faces'])) {
      faces[family] = Array.isArray(face) ? face.map((f) => ({ ...f, url: url(f?.url, 'a font file') })) : url(face, 'a font file');
    }
    checked['font-faces'] = faces as StyleSpecification['font-faces'];
  }
  return error ? { error } : { style: checked };
}

/**
 * Resolves the relative URLs of a trusted style (the embedded basemap)
 * against the style's URL, keeping URL templates intact. No checks: see
 * `checkStyle` for a style from a page parameter.
 */
export function resolveStyleUrls(style: StyleSpecification, styleUrl: string): StyleSpecification {
  const result = checkStyle(style, styleUrl, { own: new URL(styleUrl).origin, allowed: [] });
  if ('style' in result) return result.style;
  throw new Error(result.error);
}

const ENTITY = /^&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/i;
/** A link MapLibre's own attributions use: `<a href="…" target="_blank">text</a>`, attributes in any order. */
const LINK = /<a\s+([^<>]*)>([^<]*)<\/a\s*>/gi;
const HREF = /(?:^|\s)href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i;

/** Text for HTML: `<`, `>` and quotes escaped, `&` kept only where it starts a character reference. */
function escapeText(text: string): string {
  return text.replace(/[<>"']|&/g, (c, i: number) =>
    c === '&' ? (ENTITY.test(text.slice(i)) ? '&' : '&amp;') : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;',
  );
}

/**
 * An attribution reduced to what can't track or mislead beyond its words:
 * text, and text links to http(s) URLs (opening in a new tab, no referrer).
 * Other tags are dropped (their text kept), so an `<img>` never loads.
 * MapLibre renders attributions as HTML; this runs before it sees them.
 *
 * @example safeAttribution('<a href="https://osm.org/copyright">© OSM</a><img src="https://t.example/p.gif">') // '<a href="https://osm.org/copyright" target="_blank" rel="noopener noreferrer">© OSM</a>'
 */
export function safeAttribution(html: string): string {
  let out = '';
  let last = 0;
  const text = (part: string) => escapeText(part.replace(/<[^<>]*>/g, ''));
  for (const match of html.matchAll(LINK)) {
    out += text(html.slice(last, match.index));
    last = match.index + match[0].length;
    const attrs = HREF.exec(match[1] ?? '');
    const raw = (attrs?.[1] ?? attrs?.[2] ?? attrs?.[3] ?? '').replace(/&amp;/g, '&');
    const label = text(match[2] ?? '');
    let href: URL | undefined;
    try {
      href = new URL(raw);
    } catch {
      href = undefined;
    }
    out += href && (href.protocol === 'https:' || href.protocol === 'http:')
      ? `<a href="${href.href.replace(/&/g, '&amp;').replace(/"/g, '%22')}" target="_blank" rel="noopener noreferrer">${label}</a>`
      : label;
  }
  return out + text(html.slice(last));
}
