/**
 * The links and the embed code a reader or a newsroom copies from the share
 * dialog. Pure: strings in, strings out, no DOM. The query parameters,
 * hash and element attributes they write come from the option table in
 * `src/options/story-options.ts`, which the pages and the element read.
 *
 * The files they point at, relative to the app's folder (`appBase`):
 * - `./` — the standalone page (`?journey=` query, `#event=&t=` hash);
 * - `embed.html` — the iframe page (everything in the query);
 * - `embed/resize.js` — the snippet that sizes the iframe to its content;
 * - `embed/diplomatic-journey.js` — the `<diplomatic-journey>` element module.
 */

import { formatElementAttributes, formatHash, formatPageQuery, type StoryLayout, type StoryOptions, type StoryTheme } from '../../options/story-options.ts';

export { formatIsoTime } from '../../options/story-options.ts';

/** The colour theme of an embed. `light` is the default and is left out of the code. */
export type EmbedTheme = StoryTheme;

/** What is being shared. */
export interface ShareTarget {
  /** The app's folder: an absolute http(s) URL ending in `/`, e.g. `https://news.example/maps/`. */
  readonly appBase: string;
  /** A journey's name (a file in journeys/) or a path to a journey file; `''` for the default journey. */
  readonly journey: string;
  /** The journey's title, as text (it is escaped here). */
  readonly journeyTitle: string;
  /** The event to open, by id; `''` for none. */
  readonly eventId: string;
  /** The moment to show, ms since the epoch; not finite for none. */
  readonly time: number;
  /** Default `light`. */
  readonly theme?: EmbedTheme;
  /** Default `fixed`: a fixed height, no script needed. `full`: the long form, sized by resize.js. */
  readonly layout?: Exclude<StoryLayout, 'auto'>;
  /** A fixed embed's height in CSS px; default 600 (less on short screens). */
  readonly height?: number;
  /** Hide the embed's title bar (`chrome=0`), for articles whose headline says it. */
  readonly hideChrome?: boolean;
}

/** Every code the dialog shows, built from one target. */
export interface ShareCodes {
  /** The standalone page at this event and time. */
  readonly pageLink: string;
  /** The iframe page's URL (also the dialog's preview). */
  readonly embedUrl: string;
  /** iframe + resize script + `<noscript>` link. */
  readonly iframeCode: string;
  /** Module script + `<diplomatic-journey>` + `<noscript>` link. */
  readonly elementCode: string;
}

/** A fixed embed's height in CSS px, and a full one's before the resize script measures it. */
export const DEFAULT_IFRAME_HEIGHT = 600;

/** What a fixed embed leaves of a short screen (a phone held sideways): the reader can still scroll past it. */
export const SCREEN_MARGIN_PX = 48;

/** Used when a journey has no title (yet). */
const FALLBACK_TITLE = 'Diplomatic journey';

/**
 * Escapes text for HTML text content and for attribute values in double or
 * single quotes: `&`, `<`, `>`, `"` and `'`.
 *
 * @example escapeHtml('Talks "in" <Moscow> & Kyiv') // 'Talks &quot;in&quot; &lt;Moscow&gt; &amp; Kyiv'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Checks the app's folder: an absolute http(s) URL that ends in `/`, without
 * a query or hash.
 *
 * @throws TypeError naming what is wrong.
 * @example parseAppBase('https://news.example/maps/').href // 'https://news.example/maps/'
 */
export function parseAppBase(appBase: string): URL {
  let url: URL;
  try {
    url = new URL(appBase);
  } catch {
    throw new TypeError(`appBase must be an absolute URL, got ${JSON.stringify(appBase)}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new TypeError(`appBase must be an http(s) URL, got ${JSON.stringify(appBase)}`);
  }
  if (url.search || url.hash || appBase.includes('?') || appBase.includes('#')) {
    throw new TypeError(`appBase must not have a query or hash, got ${JSON.stringify(appBase)}`);
  }
  if (!url.pathname.endsWith('/')) {
    throw new TypeError(`appBase must be a folder ending in "/", got ${JSON.stringify(appBase)}`);
  }
  return url;
}

/** What the target says, as the option table names it. */
function targetOptions(target: ShareTarget): Pick<StoryOptions, 'journey' | 'event' | 'time' | 'theme' | 'hideChrome' | 'layout'> {
  return {
    journey: target.journey,
    event: target.eventId || undefined,
    time: Number.isFinite(target.time) ? target.time : undefined,
    theme: target.theme ?? 'light',
    hideChrome: target.hideChrome ?? false,
    layout: target.layout ?? 'fixed',
  };
}

/** The embed's height in whole CSS px. */
const heightOf = (target: ShareTarget) => Math.max(1, Math.round(target.height ?? DEFAULT_IFRAME_HEIGHT));

/**
 * The standalone page at an event and time:
 * `<appBase>?journey=<journey>#event=<id>&t=<ISO>` (the journey is left out
 * when it is the default one).
 *
 * @example pageLink({ appBase: 'https://news.example/maps/', journey: '', journeyTitle: '', eventId: 'arrival', time: Date.UTC(2025, 11, 2, 14) })
 * // 'https://news.example/maps/#event=arrival&t=2025-12-02T14:00:00Z'
 */
export function pageLink(target: ShareTarget): string {
  const base = parseAppBase(target.appBase).href;
  const { journey, event, time } = targetOptions(target);
  const query = formatPageQuery({ journey });
  const hash = formatHash({ event, time, zone: 'local' });
  return `${base}${query ? `?${query}` : ''}${hash ? `#${hash}` : ''}`;
}

/**
 * The iframe page at an event and time:
 * `<appBase>embed.html?journey=<journey>&event=<id>&t=<ISO>&theme=<theme>`.
 *
 * @example embedUrl({ appBase: 'https://news.example/maps/', journey: 'kyiv', journeyTitle: '', eventId: 'arrival', time: Number.NaN })
 * // 'https://news.example/maps/embed.html?journey=kyiv&event=arrival'
 */
export function embedUrl(target: ShareTarget): string {
  const base = parseAppBase(target.appBase).href;
  const query = formatPageQuery(targetOptions(target));
  return `${base}embed.html${query ? `?${query}` : ''}`;
}

/** The title as one line of text, or a fallback when it is blank. */
function titleText(journeyTitle: string): string {
  return journeyTitle.replace(/\s+/g, ' ').trim() || FALLBACK_TITLE;
}

/** The link for readers without JavaScript. */
function noscriptLink(target: ShareTarget): string {
  return `<noscript><a href="${escapeHtml(pageLink(target))}">${escapeHtml(titleText(target.journeyTitle))}: open the interactive map</a></noscript>`;
}

/**
 * The iframe embed code, one element a line. By default (layout `fixed`) the
 * iframe has a fixed height, `min(<height>px, 100svh - 48px)` (the height
 * attribute alone where a publishing system drops the style), and the
 * story fits inside it: no script is needed. For the long form (`full`) the
 * resize script follows. A `<noscript>` link to the standalone page ends it.
 *
 * @example iframeCode({ appBase: 'https://news.example/maps/', journey: '', journeyTitle: 'Talks', eventId: '', time: Number.NaN })
 * // '<iframe src="https://news.example/maps/embed.html" title="Talks (interactive map)" style="width:100%;height:min(600px,calc(100svh - 48px));border:0;" height="600" loading="lazy" allow="fullscreen"></iframe>\n' +
 * // '<noscript><a href="https://news.example/maps/">Talks: open the interactive map</a></noscript>'
 */
export function iframeCode(target: ShareTarget): string {
  const base = parseAppBase(target.appBase).href;
  const height = heightOf(target);
  const title = `${titleText(target.journeyTitle)} (interactive map)`;
  const full = target.layout === 'full';
  const style = full ? 'width:100%;border:0;' : `width:100%;height:min(${height}px,calc(100svh - ${SCREEN_MARGIN_PX}px));border:0;`;
  return [
    `<iframe src="${escapeHtml(embedUrl(target))}" title="${escapeHtml(title)}" style="${style}" height="${height}" loading="lazy" allow="fullscreen"></iframe>`,
    ...(full ? [`<script src="${escapeHtml(`${base}embed/resize.js`)}" async></script>`] : []),
    noscriptLink(target),
  ].join('\n');
}

/**
 * The script-and-element embed code: the element's module, the
 * `<diplomatic-journey>` element with the journey, event, time and theme
 * (each left out when empty or default), and a `<noscript>` link.
 *
 * @example elementCode({ appBase: 'https://news.example/maps/', journey: '', journeyTitle: 'Talks', eventId: 'arrival', time: Number.NaN })
 * // '<script type="module" src="https://news.example/maps/embed/diplomatic-journey.js"></script>\n' +
 * // '<diplomatic-journey event="arrival"></diplomatic-journey>\n' +
 * // '<noscript><a href="https://news.example/maps/#event=arrival">Talks: open the interactive map</a></noscript>'
 */
export function elementCode(target: ShareTarget): string {
  const base = parseAppBase(target.appBase).href;
  // The long form is as tall as the story: a height would mean nothing there.
  const attributes = formatElementAttributes({ ...targetOptions(target), height: target.layout === 'full' ? undefined : target.height })
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  return [
    `<script type="module" src="${escapeHtml(`${base}embed/diplomatic-journey.js`)}"></script>`,
    `<diplomatic-journey${attributes}></diplomatic-journey>`,
    noscriptLink(target),
  ].join('\n');
}

/**
 * Every code for one target.
 *
 * @throws TypeError when `appBase` is not an absolute http(s) folder URL (see `parseAppBase`).
 * @example shareCodes({ appBase: 'https://news.example/maps/', journey: '', journeyTitle: 'Talks', eventId: '', time: Number.NaN }).pageLink
 * // 'https://news.example/maps/'
 */
export function shareCodes(target: ShareTarget): ShareCodes {
  return { pageLink: pageLink(target), embedUrl: embedUrl(target), iframeCode: iframeCode(target), elementCode: elementCode(target) };
}
