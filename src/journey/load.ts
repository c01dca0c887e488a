/**
 * Finding and loading a journey file.
 *
 * - `?journey=<name>` opens `journeys/<name>.json` beside the app's pages:
 *   the build copies `data/journeys/` there, and a file an editor adds there
 *   later opens the same way, with no rebuild.
 * - `?journey=<url or path>` loads a file from this site, or from an origin on
 *   the allow-list set at build time (`VITE_JOURNEY_ORIGINS`), over https
 *   except on localhost. Any other origin is refused before any request.
 * - A local file (picked or dropped) is read in the browser and never sent
 *   anywhere.
 *
 * Fetches send no credentials, follow no redirects, give up after a timeout,
 * and stop reading past a size cap, also when the server gives no length.
 */
import { buildJourney, type Journey } from './model.ts';
import { loadOnce } from '../load-once.ts';
import type { Problem } from './validate.ts';

/**
 * The validator (valibot and the format's schema) is the biggest part of the
 * journey code. It loads beside the journey's own fetch, not before the first
 * paint: both arrive in about the same time.
 */
const loadValidator = loadOnce(() => import('./validate.ts'));

/** Why a journey could not be shown. */
export type FailureKind = 'refused' | 'network' | 'timeout' | 'status' | 'size' | 'type' | 'invalid';

export type LoadResult =
  | { readonly ok: true; readonly journey: Journey; readonly warnings: readonly Problem[]; readonly url: string }
  | { readonly ok: false; readonly kind: FailureKind; readonly problems: readonly Problem[]; readonly url: string };

export interface LoadOptions {
  /** Give up after this long (default 15 s). */
  readonly timeoutMs?: number;
  /** Refuse files larger than this (default 5 MB). */
  readonly maxBytes?: number;
  /** Aborting it stops the fetch (a newer load replaced this one); the result is then a network failure nobody reads. */
  readonly signal?: AbortSignal;
  /** The name the page gave (`?journey=<name>`), so that a missing file is reported by that name. */
  readonly name?: string | undefined;
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
/** The most a page may raise the cap to (its `max-mb` parameter). */
export const MAX_BYTES_CEILING = 50 * 1024 * 1024;

/**
 * A page's `max-mb` parameter as a byte cap: a positive number of MB (1,024
 * × 1,024 bytes), at most 50. Undefined when absent or not such a number, so
 * the default holds. For newsrooms whose journeys pass 5 MB (10,000 events
 * with ten travellers is about 6 MB).
 *
 * @example maxBytesParam('8') // 8 * 1024 * 1024
 */
export function maxBytesParam(value: string | null): number | undefined {
  const mb = Number(value);
  if (!value || !Number.isFinite(mb) || mb <= 0) return undefined;
  return Math.min(Math.round(mb * 1024 * 1024), MAX_BYTES_CEILING);
}
const DEFAULT_TIMEOUT_MS = 15_000;
/** A journey's name: lower-case letters, digits and hyphens, so it can't leave the folder. */
const NAME = /^[a-z0-9][a-z0-9-]{0,99}$/;
/** The folder beside the app's pages that journeys open from by name (the build writes it from `data/journeys/`). */
export const JOURNEYS_FOLDER = 'journeys/';

const failure = (url: string, kind: FailureKind, message: string, hint?: string): LoadResult => ({
  ok: false,
  kind,
  url,
  problems: [hint ? { path: '$', message, severity: 'error', hint } : { path: '$', message, severity: 'error' }],
});

const isLocalHost = (host: string) => host === 'localhost' || host === '127.0.0.1' || host === '[::1]' || host.endsWith('.localhost');

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB` : `${Math.round(bytes / 1024)} KB`;
}

/**
 * Turns the `journey` parameter into a URL, or says why it can't be loaded.
 * No request is made here: a refused URL is never fetched.
 *
 * A name (`[a-z0-9-]`, no dots or slashes) opens `journeys/<name>.json`
 * under `base`, whether the build wrote it or an editor added it later; the
 * file is validated when it arrives, like any other.
 *
 * @param param The parameter's value; empty or null means the default journey.
 * @param defaultName The journey to open when no parameter is given.
 * @param base The app's folder (the page's base, or the element's), for resolving names and paths and checking their origin.
 * @param allowedOrigins Other origins journeys may come from (`https://data.example.org`).
 * @returns The URL, and the name when the parameter was one; or why it is refused.
 * @example resolveJourneyUrl('trip', 'x', 'https://news.example/map/') // { url: 'https://news.example/map/journeys/trip.json', name: 'trip' }
 * @example resolveJourneyUrl('https://evil.example/j.json', 'x', 'https://news.example/', []) // { error: … }
 */
export function resolveJourneyUrl(
  param: string | null,
  defaultName: string,
  base: string,
  allowedOrigins: readonly string[] = [],
): { url: string; name?: string } | { error: string } {
  const value = param?.trim() || defaultName;
  if (NAME.test(value)) return { url: new URL(`${JOURNEYS_FOLDER}${value}.json`, base).href, name: value };
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return { error: `"${value}" is neither a journey name nor a URL.` };
  }
  const here = new URL(base).origin;
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { error: `Journeys are loaded over http(s) only; "${value}" uses ${url.protocol}. No request was made.` };
  }
  const allowed = url.origin === here || allowedOrigins.includes(url.origin);
  if (!allowed) {
    const list = allowedOrigins.length ? ` or from ${allowedOrigins.join(', ')}` : '';
    return { error: `Journeys are only loaded from this site (${here})${list}; "${value}" is on ${url.origin}. No request was made.` };
  }
  if (url.origin !== here && url.protocol !== 'https:' && !isLocalHost(url.hostname)) {
    return { error: `Journeys from other sites must use https; "${value}" uses http. No request was made.` };
  }
  return { url: url.href };
}

/** Reads a body as text, stopping as soon as it passes `maxBytes`. */
async function readCapped(response: Response, maxBytes: number): Promise<string | undefined> {
  const reader = response.body?.getReader();
  if (!reader) {
    const text = await response.text();
    return new TextEncoder().encode(text).length > maxBytes ? undefined : text;
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/**
 * Validates journey text and indexes it. Never rejects: whatever fails
 * becomes a problem, so the page never stays on "Loading the journey…"
 * (issue 15).
 */
export async function journeyFromText(text: string, url: string): Promise<LoadResult> {
  let validateJourneyText: (typeof import('./validate.ts'))['validateJourneyText'];
  try {
    ({ validateJourneyText } = await loadValidator());
  } catch {
    return failure(url, 'network', 'The part of the app that checks journeys could not be loaded.', 'Check your connection, then try again.');
  }
  const result = validateJourneyText(text);
  if (!result.ok) return { ok: false, kind: 'invalid', url, problems: result.problems };
  let journey: Journey;
  try {
    journey = buildJourney(result.journey);
  } catch (error) {
    const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return failure(url, 'invalid', `The journey passed its checks, but the app failed to prepare it (${what})`, 'This is a bug in the app: please report it with the file.');
  }
  return { ok: true, url, journey, warnings: result.problems };
}

/**
 * Fetches, validates and indexes a journey; every failure becomes a problem
 * that says why (network, timeout, status, size, type, or the file's own
 * problems with their paths).
 */
export async function loadJourney(url: string, options: LoadOptions = {}): Promise<LoadResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  void loadValidator().catch(() => undefined);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const cancel = () => controller.abort();
  options.signal?.addEventListener('abort', cancel, { once: true });
  if (options.signal?.aborted) controller.abort();
  try {
    let response: Response;
    try {
      response = await fetch(url, { credentials: 'omit', redirect: 'error', signal: controller.signal });
    } catch {
      if (controller.signal.aborted) return failure(url, 'timeout', `The journey did not arrive within ${timeoutMs / 1000} s from ${url}.`, 'Try again; if it keeps failing, the server may be down.');
      return failure(url, 'network', `The journey could not be fetched (network error, or a redirect, which is not followed) from ${url}.`, 'Check your connection and the address, then try again.');
    }
    // Static hosts answer a missing file with 404, or with a page (200 HTML).
    if (options.name && (response.status === 404 || (response.ok && /text\/html/i.test(response.headers.get('content-type') ?? '')))) {
      return failure(url, 'status', `There is no journey called "${options.name}": nothing at ${url}.`, `Check the name, or put ${options.name}.json in the ${JOURNEYS_FOLDER} folder beside the app's index.html.`);
    }
    if (!response.ok) {
      return failure(url, 'status', `The journey file answered ${response.status} ${response.statusText} at ${url}.`, response.status === 404 ? 'Check the file name and path.' : undefined);
    }
    const type = response.headers.get('content-type') ?? '';
    if (/text\/html/i.test(type)) {
      return failure(url, 'type', `The file at ${url} is an HTML page, not a JSON journey file.`, 'Check the path: many servers answer missing files with a page.');
    }
    const length = Number(response.headers.get('content-length'));
    if (Number.isFinite(length) && length > maxBytes) {
      controller.abort();
      return failure(url, 'size', `The journey file is ${formatBytes(length)}, larger than the ${formatBytes(maxBytes)} limit.`, 'Split the journey, or shorten its texts and geometry.');
    }
    let text: string | undefined;
    try {
      text = await readCapped(response, maxBytes);
    } catch {
      if (controller.signal.aborted) return failure(url, 'timeout', `The journey did not arrive within ${timeoutMs / 1000} s from ${url}.`);
      return failure(url, 'network', `The connection broke while the journey was loading from ${url}.`);
    }
    if (text === undefined) {
      return failure(url, 'size', `The journey file is larger than the ${formatBytes(maxBytes)} limit; loading stopped.`, 'Split the journey, or shorten its texts and geometry.');
    }
    return journeyFromText(text, url);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', cancel);
  }
}

/** Reads a journey from a local file (picked or dropped); nothing leaves the browser. */
export async function loadJourneyFile(file: File, options: Pick<LoadOptions, 'maxBytes'> = {}): Promise<LoadResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const name = `file: ${file.name}`;
  if (file.size > maxBytes) {
    return failure(name, 'size', `${file.name} is ${formatBytes(file.size)}, larger than the ${formatBytes(maxBytes)} limit.`);
  }
  return journeyFromText(await file.text(), name);
}
