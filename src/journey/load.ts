/**
 * Finding and loading a journey file: `?journey=<name>` names a bundled
 * journey, `?journey=<path>` a file on the same origin.
 */
import { buildJourney, type Journey } from './model.ts';
import { validateJourneyText, type Problem } from './validate.ts';

export type LoadResult =
  | { readonly ok: true; readonly journey: Journey; readonly warnings: readonly Problem[]; readonly url: string }
  | { readonly ok: false; readonly problems: readonly Problem[]; readonly url: string };

const NAME = /^[a-z0-9][a-z0-9-]*$/;

/**
 * Turns the `journey` parameter into a URL.
 *
 * @param param The parameter's value; empty or null means the default journey.
 * @param bundled Bundled journeys by name, with their URLs.
 * @param defaultName The journey to open when no parameter is given.
 * @param base The page URL, for resolving paths and checking their origin.
 * @returns The URL, or an error message that names the problem.
 */
export function resolveJourneyUrl(
  param: string | null,
  bundled: Readonly<Record<string, string>>,
  defaultName: string,
  base: string,
): { url: string } | { error: string } {
  const value = param?.trim() || defaultName;
  if (NAME.test(value)) {
    const url = bundled[value];
    if (url) return { url: new URL(url, base).href };
    return { error: `There is no bundled journey called "${value}". Bundled journeys: ${Object.keys(bundled).sort().join(', ')}.` };
  }
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return { error: `"${value}" is neither a journey name nor a path.` };
  }
  if (url.origin !== new URL(base).origin) {
    return { error: `Journeys are only loaded from this site (${new URL(base).origin}); "${value}" is on ${url.origin}. No request was made.` };
  }
  return { url: url.href };
}

/** Fetches, validates and indexes a journey; every failure becomes a problem with a path. */
export async function loadJourney(url: string): Promise<LoadResult> {
  const fail = (message: string): LoadResult => ({ ok: false, url, problems: [{ path: '$', message, severity: 'error' }] });
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'omit', redirect: 'error' });
  } catch {
    return fail(`The journey could not be fetched (network error) from ${url}`);
  }
  if (!response.ok) return fail(`The journey file answered ${response.status} ${response.statusText} at ${url}`);
  const type = response.headers.get('content-type') ?? '';
  if (/text\/html/i.test(type)) {
    return fail(`The file at ${url} is an HTML page, not a JSON journey file. Check the path: many servers answer missing files with a page.`);
  }
  const text = await response.text();
  const result = validateJourneyText(text);
  if (!result.ok) return { ok: false, url, problems: result.problems };
  return { ok: true, url, journey: buildJourney(result.journey), warnings: result.problems };
}
