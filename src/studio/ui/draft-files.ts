/**
 * The studio's files: reading a journey the editor opens or copies from the
 * bundled ones, and downloading the draft. Nothing leaves the browser.
 */
import { looksLikeDraft, type Draft } from '../draft/draft.ts';
import type { Position } from 'geojson';
import { getAt } from '../draft/json-path.ts';

/** A draft read from a file, or the sentence that says why it is not one. */
export async function readDraftFile(file: File): Promise<{ draft: Draft } | { error: string }> {
  let value: unknown;
  try {
    value = JSON.parse(await file.text());
  } catch (error) {
    return { error: `${file.name} is not JSON (${(error as Error).message}). Open a journey file (.json).` };
  }
  if (!looksLikeDraft(value)) return { error: `${file.name} is JSON, but not a journey: a journey file is a GeoJSON FeatureCollection.` };
  return { draft: value };
}

/** A bundled journey, to copy; or the sentence that says why it could not be had. */
export async function fetchBundledDraft(url: string, name: string): Promise<{ draft: Draft } | { error: string }> {
  try {
    const response = await fetch(url, { credentials: 'omit' });
    const value: unknown = await response.json();
    if (!looksLikeDraft(value)) throw new Error('not a journey');
    return { draft: value };
  } catch (error) {
    return { error: `“${name}” could not be loaded (${(error as Error).message}).` };
  }
}

/** Downloads the file as `<journey id>.json`; returns the file's name. */
export function downloadFile(file: Draft): string {
  const id = String(getAt(file, ['journey', 'id']) ?? '') || 'journey';
  const blob = new Blob([`${JSON.stringify(file, null, 2)}\n`], { type: 'application/json' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = `${id}.json`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  return `${id}.json`;
}

const importsChunk = () => import('./studio-imports.ts');

/** The draft with a CSV file's events (and their places and sources) added, or the file's problems by row and column. */
export async function importCsvFile(draft: Draft, file: File): Promise<{ draft: Draft; status: string } | { problems: string[]; status: string }> {
  const { importEventsCsv, describeCsvProblem } = await importsChunk();
  const result = importEventsCsv(draft, await file.text());
  if (!result.ok) {
    const n = result.problems.length;
    return { problems: result.problems.map(describeCsvProblem), status: `${file.name}: nothing imported, ${n} problem${n === 1 ? '' : 's'}.` };
  }
  return { draft: result.draft, status: `Imported ${result.events} event${result.events === 1 ? '' : 's'} from ${file.name}.` };
}

/** A leg's line from a GPX or KML file, or the sentence that says why there is none. */
export async function importRouteFile(file: File): Promise<{ coordinates: Position[] } | { error: string }> {
  const { routeFromXml } = await importsChunk();
  return routeFromXml(await file.text(), file.name);
}
