/**
 * Every option a story takes from outside, in one table: each option's
 * query parameter (`index.html`, `embed.html`), its `<diplomatic-journey>`
 * attribute and its name in the URL hash, how its text is read, and how it
 * is written back into links and embed codes. A new option is one row here
 * (and a line in the README).
 *
 * Pure: strings in, typed values out, no DOM. Unreadable values fall back
 * to the option's default; nothing here throws.
 */
import { DEFAULT_MAX_BYTES, maxBytesParam } from '../journey/load.ts';
import type { HashState, ZoneMode } from '../journey/story-state.ts';

/** The colour theme. `light` is the default. */
export type StoryTheme = 'light' | 'dark' | 'auto';

/**
 * An embed's layout: `fixed` (the default: a fixed height, which map, step
 * controls and card share, the card scrolling in its own panel; side by side
 * when wide, stacked when narrow), `full` (the long form that grows to fit
 * the card; `compact`, its old name, reads as `full`), `auto` (the
 * standalone page's layout), or `scrolly` (the article's own elements are
 * the steps, and scrolling them past a line drives the map: see
 * src/embed/scrolly/).
 */
export type StoryLayout = 'fixed' | 'full' | 'auto' | 'scrolly';

/** The heights an editor may give an embed, in CSS px; others are ignored. */
export const EMBED_HEIGHTS = { min: 240, max: 4000 } as const;

/** Every option's typed value. */
export interface StoryOptions {
  /** A journey's name (a file in journeys/) or a path to a journey file; `''` for the default journey. */
  readonly journey: string;
  /** The event to open first, by id; undefined for none. */
  readonly event: string | undefined;
  /** The moment to show first, ms since the epoch; undefined for none. */
  readonly time: number | undefined;
  /** A MapLibre style URL; `''` for the embedded offline basemap. */
  readonly basemap: string;
  readonly theme: StoryTheme;
  /** Hide the title bar (`chrome=0`). */
  readonly hideChrome: boolean;
  /** The largest journey file accepted, in bytes (`max-mb`, in MB). */
  readonly maxBytes: number;
  readonly layout: StoryLayout;
  /** A fixed embed's height in CSS px (`height`); undefined for the default (600 px, less on short screens). */
  readonly height: number | undefined;
  /**
   * Scrolly layout: where the line that steps cross is, as a fraction of the
   * viewport's height from its top (`step-line`: `0.5`, the default, or
   * `50%`); 0 to 1.
   */
  readonly stepLine: number;
  /** Which zone times are shown in (hash only). */
  readonly zone: ZoneMode;
  /** Editors' view (`check=1`): every warning the validator gives, not only those that change what readers see. */
  readonly check: boolean;
}

/** The option names, in the order links and embed codes write them. */
export type OptionKey = keyof StoryOptions;

/** One option: where it is read from, and how its text becomes a value and back. */
export interface OptionDefinition<T> {
  /** Its query parameter on `index.html` and `embed.html`; undefined when pages don't take it. */
  readonly param: string | undefined;
  /** Its `<diplomatic-journey>` attribute; undefined when the element doesn't take it. */
  readonly attribute: string | undefined;
  /** Its name in the URL hash; undefined when the hash doesn't hold it. */
  readonly hash: string | undefined;
  /** The value when absent or unreadable. */
  readonly fallback: T;
  /** Raw text (null or `''` when absent) to a value; unreadable text gives `fallback`. */
  readonly parse: (raw: string | null) => T;
  /** A value to its text; `''` for `fallback`, so that it is left out. */
  readonly format: (value: T) => string;
}

const MB = 1024 * 1024;

/**
 * A moment as ISO 8601 in UTC, without milliseconds when they are zero.
 *
 * @example formatIsoTime(Date.UTC(2025, 11, 2, 14)) // '2025-12-02T14:00:00Z'
 */
export function formatIsoTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.000Z$/, 'Z');
}

/**
 * An ISO 8601 moment as ms since the epoch; undefined when absent or unreadable.
 *
 * @example parseIsoTime('2025-12-02T14:00:00Z') // Date.UTC(2025, 11, 2, 14)
 */
export function parseIsoTime(text: string | null | undefined): number | undefined {
  const ms = text ? Date.parse(text) : Number.NaN;
  return Number.isFinite(ms) ? ms : undefined;
}

/** Text that is `''` when absent. */
const text = (raw: string | null): string => raw ?? '';
/** Text that is undefined when absent or empty. */
const optionalText = (raw: string | null): string | undefined => raw || undefined;
/** One of a few words; anything else is the first. */
const oneOf =
  <T extends string>(words: readonly [T, ...T[]]) =>
  (raw: string | null): T =>
    words.includes(raw as T) ? (raw as T) : words[0];
/** A word, left out when it is the default. */
const word = (fallback: string) => (value: string): string => (value === fallback ? '' : value);

/**
 * The option table. Both the pages (`parsePageOptions`) and the element
 * (`elementProperties`, `parseElementOptions`) read it, and the share links
 * and embed codes are written from it.
 */
export const STORY_OPTIONS = {
  journey: { param: 'journey', attribute: 'journey', hash: undefined, fallback: '', parse: text, format: text },
  event: { param: 'event', attribute: 'event', hash: 'event', fallback: undefined, parse: optionalText, format: (id) => id ?? '' },
  time: {
    param: 't',
    attribute: 'time',
    hash: 't',
    fallback: undefined,
    parse: parseIsoTime,
    format: (ms) => (ms === undefined ? '' : formatIsoTime(ms)),
  },
  basemap: { param: 'basemap', attribute: 'basemap', hash: undefined, fallback: '', parse: text, format: text },
  theme: { param: 'theme', attribute: 'theme', hash: undefined, fallback: 'light', parse: oneOf(['light', 'dark', 'auto']), format: word('light') },
  hideChrome: { param: 'chrome', attribute: undefined, hash: undefined, fallback: false, parse: (raw) => raw === '0', format: (hide) => (hide ? '0' : '') },
  maxBytes: {
    param: 'max-mb',
    attribute: undefined,
    hash: undefined,
    fallback: DEFAULT_MAX_BYTES,
    parse: (raw) => maxBytesParam(raw) ?? DEFAULT_MAX_BYTES,
    format: (bytes) => (bytes === DEFAULT_MAX_BYTES ? '' : String(bytes / MB)),
  },
  layout: {
    param: 'layout',
    attribute: 'layout',
    hash: undefined,
    fallback: 'fixed',
    parse: (raw) => oneOf(['fixed', 'full', 'auto', 'scrolly'])(raw === 'compact' ? 'full' : raw),
    format: word('fixed'),
  },
  height: {
    param: 'height',
    attribute: 'height',
    hash: undefined,
    fallback: undefined,
    parse: (raw) => {
      const px = raw && /^\d+$/.test(raw.trim()) ? Number(raw) : Number.NaN;
      return px >= EMBED_HEIGHTS.min && px <= EMBED_HEIGHTS.max ? px : undefined;
    },
    format: (px) => (px === undefined ? '' : String(px)),
  },
  stepLine: {
    param: 'step-line',
    attribute: 'step-line',
    hash: undefined,
    fallback: 0.5,
    parse: (raw) => {
      const match = raw ? /^\s*(\d+(?:\.\d+)?)(%?)\s*$/.exec(raw) : null;
      const value = match ? Number(match[1]) / (match[2] ? 100 : 1) : Number.NaN;
      return value >= 0 && value <= 1 ? value : 0.5;
    },
    format: (value) => (value === 0.5 ? '' : String(value)),
  },
  zone: { param: undefined, attribute: undefined, hash: 'tz', fallback: 'local', parse: oneOf(['local', 'reader', 'utc']), format: word('local') },
  check: { param: 'check', attribute: undefined, hash: undefined, fallback: false, parse: (raw) => raw === '1', format: (check) => (check ? '1' : '') },
} as const satisfies { readonly [K in OptionKey]: OptionDefinition<StoryOptions[K]> };

type Table = typeof STORY_OPTIONS;
/** Where an option can be given: a page's query, the element's attributes, the URL hash. */
type Column = 'param' | 'attribute' | 'hash';
type KeysIn<C extends Column> = { [K in OptionKey]: Table[K][C] extends string ? K : never }[OptionKey];

/** The options a page takes as query parameters. */
export type PageOptionKey = KeysIn<'param'>;
/** The options `<diplomatic-journey>` takes as attributes. */
export type ElementOptionKey = KeysIn<'attribute'>;
export type PageOptions = Pick<StoryOptions, PageOptionKey>;
export type ElementOptions = Pick<StoryOptions, ElementOptionKey>;

const KEYS = Object.keys(STORY_OPTIONS) as OptionKey[];
const keysIn = <C extends Column>(column: C) => KEYS.filter((key) => STORY_OPTIONS[key][column] !== undefined) as KeysIn<C>[];
const PAGE_KEYS = keysIn('param');
const ELEMENT_KEYS = keysIn('attribute');
const HASH_KEYS = keysIn('hash');

/** Untyped access to one row, for the loops below (each row's parse and format agree on their type). */
const definition = (key: OptionKey) => STORY_OPTIONS[key] as unknown as OptionDefinition<unknown>;

/** Reads the given options, each from the text `get` returns for its name in `column`. */
function readOptions<K extends OptionKey>(
  keys: readonly K[],
  column: Column,
  get: (name: string, key: K) => string | null | undefined,
): Pick<StoryOptions, K> {
  const values: Partial<Record<OptionKey, unknown>> = {};
  for (const key of keys) {
    const def = definition(key);
    values[key] = def.parse(get(def[column] as string, key) ?? null);
  }
  return values as Pick<StoryOptions, K>;
}

/** The given values as `[name, text]` pairs under `column`, in table order, leaving out defaults. */
function writeOptions(values: Partial<StoryOptions>, column: Column): [string, string][] {
  const pairs: [string, string][] = [];
  for (const key of KEYS) {
    const def = definition(key);
    const name = def[column];
    if (name === undefined || !(key in values)) continue;
    const formatted = def.format(values[key]);
    if (formatted) pairs.push([name, formatted]);
  }
  return pairs;
}

/**
 * Query or hash parameters, encoded, but with `:` and `/` left readable
 * (both are allowed there, RFC 3986 §3.4 and §3.5), so times and paths stay legible.
 */
function encodeParams(pairs: readonly (readonly [string, string])[]): string {
  return new URLSearchParams(pairs as [string, string][]).toString().replace(/%3A/gi, ':').replace(/%2F/gi, '/');
}

/**
 * The options of `index.html` or `embed.html` from its query string
 * (`location.search`, with or without the `?`).
 *
 * @example parsePageOptions('?journey=kyiv&theme=dark&chrome=0').hideChrome // true
 */
export function parsePageOptions(search: string | URLSearchParams): PageOptions {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  return readOptions(PAGE_KEYS, 'param', (name) => params.get(name));
}

/**
 * A page's query string (without the `?`) that `parsePageOptions` reads back
 * as these options; defaults and absent options are left out; `''` when
 * nothing is left.
 *
 * @example formatPageQuery({ journey: 'kyiv', event: 'arrival', theme: 'light' }) // 'journey=kyiv&event=arrival'
 */
export function formatPageQuery(options: Partial<PageOptions>): string {
  return encodeParams(writeOptions(options, 'param'));
}

/**
 * Lit property declarations for the element's options, each with its
 * attribute name from the table, for `static properties`.
 *
 * @example elementProperties().time // { attribute: 'time' }
 */
export function elementProperties(): Record<ElementOptionKey, { readonly attribute: string }> {
  const properties: Partial<Record<OptionKey, { readonly attribute: string }>> = {};
  for (const key of ELEMENT_KEYS) properties[key] = { attribute: STORY_OPTIONS[key].attribute };
  return properties as Record<ElementOptionKey, { readonly attribute: string }>;
}

/**
 * The element's options from its attribute values, keyed by option name (as
 * the element's properties are); absent (`''`, null, undefined) or
 * unreadable ones take their default. Every key is required, so an element
 * that lacks a property for an option in the table does not compile.
 *
 * @example parseElementOptions({ journey: '', event: '', time: '2025-12-02T14:00:00Z', basemap: '', theme: 'sepia', layout: 'auto', height: '' }).theme // 'light'
 */
export function parseElementOptions(attributes: { readonly [K in ElementOptionKey]: string | null | undefined }): ElementOptions {
  return readOptions(ELEMENT_KEYS, 'attribute', (_name, key) => attributes[key]);
}

/**
 * The element's attributes for these options, as `[name, value]` pairs in
 * table order, defaults left out. The values are not escaped.
 *
 * @example formatElementAttributes({ event: 'arrival', theme: 'dark' }) // [['event', 'arrival'], ['theme', 'dark']]
 */
export function formatElementAttributes(options: Partial<ElementOptions>): [string, string][] {
  return writeOptions(options, 'attribute');
}

/**
 * What a URL hash (`#event=<id>&t=<ISO>&tz=reader|utc`, with or without the
 * `#`) says; other parameters are ignored.
 *
 * @example parseHash('#event=arrival&tz=utc') // { event: 'arrival', time: undefined, zone: 'utc' }
 */
export function parseHash(hash: string): HashState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return readOptions(HASH_KEYS, 'hash', (name) => params.get(name));
}

/**
 * A hash state as the part of a URL after `#`: the event, the time (ISO 8601
 * in UTC, without `.000`), and the zone unless it is `local`; `:` is not
 * percent-encoded. `''` when there is nothing to say.
 *
 * @example formatHash({ event: 'arrival', time: Date.UTC(2025, 11, 2, 14), zone: 'local' }) // 'event=arrival&t=2025-12-02T14:00:00Z'
 */
export function formatHash(state: HashState): string {
  return encodeParams(writeOptions(state, 'hash'));
}
