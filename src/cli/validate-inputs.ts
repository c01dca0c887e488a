/**
 * What `npm run validate` reads: journey files, folders of them, and
 * journeys on the web (http or https URLs), as an editor would publish them.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_MAX_BYTES } from '../journey/load.ts';

const URL_ARG = /^https?:\/\//i;
const TIMEOUT_MS = 15_000;

/**
 * The inputs the arguments name, in order: a folder stands for the `.json`
 * files directly in it (sorted by name); a file or a URL stands for itself.
 * A folder with no `.json` file stays as it is, so that reading it says so.
 *
 * @example await listInputs(['data/journeys', 'https://example.org/trip.json'])
 * // ['data/journeys/minimal.json', 'data/journeys/moscow-2025-12-02.json', 'https://example.org/trip.json']
 */
export async function listInputs(args: readonly string[]): Promise<string[]> {
  const inputs: string[] = [];
  for (const arg of args) {
    const isFolder = !URL_ARG.test(arg) && (await stat(arg).then((s) => s.isDirectory(), () => false));
    const files = isFolder ? (await readdir(arg)).filter((f) => f.endsWith('.json')).sort() : [];
    inputs.push(...(files.length ? files.map((f) => join(arg, f)) : [arg]));
  }
  return inputs;
}

/**
 * An input's text: a file read from disk, or a URL fetched (at most 5 MB,
 * within 15 s, redirects followed). Throws an error whose message says in a
 * few words why it can't be read (`answered 404 Not Found`).
 */
export async function readInput(input: string): Promise<string> {
  if (!URL_ARG.test(input)) {
    if (await stat(input).then((s) => s.isDirectory(), () => false)) throw new Error('a folder with no .json files');
    return readFile(input, 'utf8');
  }
  let response: Response;
  try {
    response = await fetch(input, { signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    throw new Error((error as Error).name === 'TimeoutError' ? `no answer within ${TIMEOUT_MS / 1000} s` : `could not connect${cause ? `: ${cause}` : ''}`);
  }
  if (!response.ok) throw new Error(`answered ${response.status} ${response.statusText}`.trim());
  if (/text\/html/i.test(response.headers.get('content-type') ?? '')) throw new Error('answered with an HTML page, not a JSON journey file');
  const bytes = await response.arrayBuffer();
  if (bytes.byteLength > DEFAULT_MAX_BYTES) throw new Error(`larger than the ${DEFAULT_MAX_BYTES / 1024 / 1024} MB the app loads`);
  return new TextDecoder().decode(bytes);
}
