import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildJourney, type Journey } from '../../journey/model.ts';
import { validateJourneyText } from '../../journey/validate.ts';
import { fitBox, parseLand } from './static-map-geometry.ts';
import { activeLegIds } from '../scene.ts';
import { boxRect, crossMarks, currentPlace, drawLand, drawLegs, drawPlaces } from './static-map-scene.ts';

const load = (name: string, edit: (file: { features: { id: string; properties: Record<string, unknown> }[] }) => void = () => {}): Journey => {
  const file = JSON.parse(readFileSync(new URL(`../../../data/journeys/${name}.json`, import.meta.url), 'utf8'));
  edit(file);
  const result = validateJourneyText(JSON.stringify(file));
  if (!result.ok) throw new Error(`${name} must be valid`);
  return buildJourney(result.journey);
};

const journey = load('moscow-2025-12-02');
const step = (id: string) => journey.events.find((e) => e.event.id === id)!;
const size = { width: 640, height: 384 };
const overview = fitBox(journey.bounds, size, 32);

describe('crossMarks', () => {
  it('spaces crosses evenly, centred along the line', () => {
    const d = crossMarks(
      [
        [0, 0],
        [100, 0],
      ],
      40,
    );
    // Each cross is two strokes; the first runs from (x - 4, y - 4) to (x + 4, y + 4).
    const centres = [...d.matchAll(/M(-?[\d.]+),-?[\d.]+L(-?[\d.]+),/g)].filter((_, i) => i % 2 === 0).map((m) => (Number(m[1]) + Number(m[2])) / 2);
    expect(centres).toEqual([30, 70]);
  });

  it('follows a bent line', () => {
    const d = crossMarks(
      [
        [0, 0],
        [30, 0],
        [30, 30],
      ],
      60,
    );
    // One cross, halfway along: at the corner.
    expect(d).toBe('M26,-4L34,4M34,-4L26,4');
  });

  it('draws nothing on a line too short to see', () => {
    expect(
      crossMarks([
        [0, 0],
        [5, 0],
      ]),
    ).toBe('');
  });
});

describe('drawLegs', () => {
  it('draws a leg that did not happen struck, with crosses', () => {
    const leg = drawLegs(journey, overview, size, new Set()).find((l) => l.id === 'leg-vnukovo-europe-planned')!;
    expect(leg.style).toBe('struck');
    expect(leg.marks).not.toBe('');
  });

  it('draws a reported leg solid, in its first traveller’s colour, without crosses', () => {
    const leg = drawLegs(journey, overview, size, new Set()).find((l) => l.id === 'leg-florida-vnukovo')!;
    expect(leg).toMatchObject({ style: 'solid', marks: '', color: journey.travellers.get('us-envoys')!.color });
    expect(leg.d).toMatch(/^M/);
  });

  it('draws a planned leg dashed', () => {
    const planned = load('minimal', (file) => {
      for (const f of file.features) if (f.properties.kind === 'leg') f.properties.status = 'planned';
    });
    const projection = fitBox(planned.bounds, size, 32);
    expect(drawLegs(planned, projection, size, new Set()).map((l) => l.style)).toEqual(['dashed']);
  });

  it('marks the legs of the current step active', () => {
    const active = activeLegIds(journey, step('walk-red-square'));
    expect(active.has('leg-metropol-red-square')).toBe(true);
    expect(active.has('leg-florida-vnukovo')).toBe(false);
    const legs = drawLegs(journey, overview, size, active);
    expect(legs.filter((l) => l.active).map((l) => l.id)).toEqual([...active].filter((id) => legs.some((l) => l.id === id)));
  });
});

describe('drawPlaces', () => {
  const places = drawPlaces(journey, overview);

  it('draws a place known only as a region as a ring, never a dot', () => {
    for (const id of ['florida-airport', 'europe-unnamed']) expect(places.find((p) => p.id === id)?.marker).toBe('ring');
    expect(places.find((p) => p.id === 'metropol')?.marker).toBe('dot');
  });

  it('draws the outline of a region', () => {
    expect(places.find((p) => p.id === 'europe-unnamed')?.area).toMatch(/^M.*Z$/);
  });

  it('leaves out uncertainty circles too small to see, and draws them close up', () => {
    expect(places.find((p) => p.id === 'red-square')?.area).toBe('');
    const detail = fitBox(step('walk-red-square').frame, { width: 320, height: 200 }, 20);
    expect(drawPlaces(journey, detail).find((p) => p.id === 'red-square')?.area).toMatch(/^M/);
  });

  it('names places without their parenthetical detail', () => {
    for (const p of places) expect(p.name).not.toMatch(/\(/);
  });
});

describe('currentPlace', () => {
  const places = drawPlaces(journey, overview);

  it('finds the current step’s place in the drawing', () => {
    expect(currentPlace(step('kremlin-talks'), places, size)?.id).toBe('kremlin-senate');
  });

  it('is undefined without a step', () => {
    expect(currentPlace(undefined, places, size)).toBeUndefined();
  });
});

describe('drawLand', () => {
  it('draws polygons as closed paths', () => {
    const land = parseLand({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[30, 50], [30, 52], [32, 52], [32, 50], [30, 50]]] } }],
    });
    expect(drawLand(land, overview)).toMatch(/^M.*Z$/);
  });

  it('draws nothing without land', () => {
    expect(drawLand([], overview)).toBe('');
  });
});

describe('boxRect', () => {
  it('grows a box too small to see to the minimum size, around its centre', () => {
    const rect = boxRect(step('walk-red-square').frame, overview, 12)!;
    expect(rect.width).toBe(12);
    expect(rect.height).toBe(12);
    const [x, y] = overview([37.62, 55.755])!;
    expect(Math.abs(rect.x + 6 - x)).toBeLessThan(1);
    expect(Math.abs(rect.y + 6 - y)).toBeLessThan(1);
  });
});
