import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateJourney } from './validate.ts';

const read = (name: string) => JSON.parse(readFileSync(new URL(`../../data/journeys/${name}`, import.meta.url), 'utf8')) as Record<string, unknown>;
const point = (kind: string, label: string, coordinates: unknown = [37.62, 55.75]) => ({ type: 'Feature', geometry: { type: 'Point', coordinates }, properties: { kind, label } });
const withContext = (context: unknown) => ({ ...read('minimal.json'), context });
const problemsAt = (input: unknown, prefix: string) => validateJourney(input).problems.filter((p) => p.path.startsWith(prefix));

describe('the context layer', () => {
  it('the default journey carries the Moscow schematic, captioned, with its street-scale area', () => {
    const result = validateJourney(read('moscow-2025-12-02.json'));
    expect(result.ok).toBe(true);
    const context = result.ok ? result.journey.context : undefined;
    expect(context?.title).toBe('Central Moscow');
    expect(context?.detail).toEqual({ bounds: [37.595, 55.741, 37.644, 55.7625], maxZoom: 16 });
    expect(context?.features.map((f) => f.properties.kind)).toContain('caption');
    expect(result.problems.filter((p) => p.path.startsWith('$.context'))).toEqual([]);
  });

  it('reports each bad feature by its path', () => {
    const problems = problemsAt(withContext({
      type: 'FeatureCollection', title: 'Somewhere', note: 'Drawn by hand',
      features: [point('caption', 'Schematic'), point('road', 'A road'), point('street', ''), { type: 'Feature', geometry: { type: 'Circle', coordinates: [0, 0] }, properties: { kind: 'street', label: 'x' } }, point('square', 'S', [37.6, 95])],
    }), '$.context');
    expect(problems.map((p) => [p.path, p.severity])).toEqual([
      ['$.context.features[1].properties.kind', 'error'],
      ['$.context.features[2].properties.label', 'error'],
      ['$.context.features[3].geometry.type', 'error'],
      ['$.context.features[4].geometry.coordinates[1]', 'error'],
    ]);
    expect(problems[0]!.message).toMatch(/street, square, building, river, area, caption/);
  });

  it('checks the bounds run west to east and south to north, and warns when no caption says it is schematic', () => {
    const problems = problemsAt(withContext({ type: 'FeatureCollection', title: 'X', note: 'Y', detail: { bounds: [38, 55, 37, 56] }, features: [point('building', 'B')] }), '$.context');
    expect(problems.map((p) => [p.path, p.severity])).toEqual([
      ['$.context.detail.bounds', 'error'],
      ['$.context.features', 'warning'],
    ]);
  });

  it('warns when the context is far larger than a city centre', () => {
    const problems = problemsAt(withContext({ type: 'FeatureCollection', title: 'X', note: 'Y', features: [point('caption', 'Schematic', [2, 48]), point('building', 'B', [30, 50])] }), '$.context');
    expect(problems.map((p) => p.message)).toEqual(['The context spans 28.0° by 2.0°: it is drawn from street scale (zoom 12), about a city centre']);
  });

  it('needs a title and a note, and at least one feature', () => {
    const problems = problemsAt(withContext({ type: 'FeatureCollection', features: [] }), '$.context');
    expect(problems.map((p) => p.path).sort()).toEqual(['$.context.features', '$.context.note', '$.context.title']);
  });
});
