import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateJourney } from '../../journey/validate.ts';
import { blankDraft, itemsOf, newTraveller, toFile, type Draft } from '../draft/draft.ts';
import { insertItem, setAt } from '../draft/json-path.ts';
import { CSV_COLUMNS, describeCsvProblem, importEventsCsv } from './csv-events.ts';

const fixture = (name: string) => readFileSync(new URL(`../../../test/fixtures/${name}`, import.meta.url), 'utf8');

/** A journey with its title and two travellers, as an editor makes it before importing events. */
function withTravellers(): Draft {
  let d = setAt(blankDraft(), ['journey'], { formatVersion: '1.0', id: 'csv-trip', title: 'Talks in Geneva', summary: 'Imported from a spreadsheet.' });
  d = insertItem(d, ['travellers'], { ...newTraveller(d), id: 'envoy', name: 'The Envoy', role: 'Special envoy' });
  d = insertItem(d, ['travellers'], { ...newTraveller(d), id: 'minister', name: 'The Minister', role: 'Foreign minister' });
  return d;
}

describe('CSV import', () => {
  it('the published template has exactly the columns the importer reads', () => {
    const template = readFileSync(new URL('../../../public/templates/journey-events.csv', import.meta.url), 'utf8');
    expect(template.split(/\r?\n/)[0]?.split(',')).toEqual([...CSV_COLUMNS]);
  });

  it('the filled-in template imports to a valid journey', () => {
    const result = importEventsCsv(withTravellers(), fixture('studio-events.csv'));
    if (!result.ok) throw new Error(result.problems.map(describeCsvProblem).join('\n'));
    expect(result.events).toBe(3);
    expect(itemsOf(result.draft, 'places')).toHaveLength(2);
    expect(itemsOf(result.draft, 'sources')).toHaveLength(2);
    const checked = validateJourney(toFile(result.draft));
    expect(checked.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('names every bad row by row and column, and imports nothing', () => {
    const result = importEventsCsv(withTravellers(), fixture('studio-events-bad.csv'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.row, p.column])).toEqual([
      [3, 'latitude'],
      [5, 'date'],
    ]);
    expect(describeCsvProblem(result.problems[0]!)).toMatch(/^Row 3, column latitude: /);
  });

  it('says which columns are missing or unknown', () => {
    const result = importEventsCsv(withTravellers(), 'title,colour\nx,red\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.every((p) => p.row === 1)).toBe(true);
    expect(result.problems.map((p) => p.column)).toEqual(['summary', 'date', 'place', 'participants', 'source_url', 'colour']);
  });
});
