import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildJourney } from '../../journey/model.ts';
import { Timeline } from '../../journey/timeline.ts';
import { validateJourneyText } from '../../journey/validate.ts';
import { JOURNEY_LAYERS, MARKER_SPACE_CELL, featureIdsByLeg, flagChanges, legsData, markerSpaceCells, pendingLegs, travelledData, travelledKey } from './journey-layers.ts';

const result = validateJourneyText(readFileSync(new URL('../../../data/journeys/moscow-2025-12-02.json', import.meta.url), 'utf8'));
if (!result.ok) throw new Error('the default journey must be valid');
const journey = buildJourney(result.journey);
const timeline = new Timeline(journey);
const at = (t: number) => (legId: string) => timeline.legProgress(legId, t);
const drawn = journey.legs.filter((l) => l.line);

describe('legsData', () => {
  const data = legsData(journey);

  it('draws one line per drawn leg and traveller, with ids 0…n−1 for feature state', () => {
    const expected = drawn.reduce((n, l) => n + l.leg.properties.travellers.length, 0);
    expect(data.features).toHaveLength(expected);
    expect(data.features.map((f) => f.id)).toEqual(data.features.map((_, i) => i));
  });

  it('offsets travellers who share a leg side by side, symmetrically', () => {
    const shared = drawn.find((l) => l.leg.properties.travellers.length === 2);
    expect(shared, 'the default journey has a leg two envoys share').toBeDefined();
    const offsets = data.features.filter((f) => f.properties.legId === shared!.leg.id).map((f) => f.properties.offset);
    expect(offsets).toEqual([-2, 2]);
  });

  it('maps each leg to its features', () => {
    const ids = featureIdsByLeg(data);
    expect([...ids.keys()].sort()).toEqual(drawn.map((l) => l.leg.id).sort());
    for (const [legId, list] of ids) for (const id of list) expect(data.features[id]?.properties.legId).toBe(legId);
  });
});

describe('time on the legs', () => {
  it('has every drawn leg pending before the journey starts, and after it ends only the one that did not happen', () => {
    expect(pendingLegs(journey, at(timeline.start - 1))).toEqual(new Set(drawn.map((l) => l.leg.id)));
    expect(pendingLegs(journey, at(timeline.end + 1))).toEqual(new Set(['leg-vnukovo-europe-planned']));
  });

  it('draws the travelled part of a leg under way, and keys it by how far along it is', () => {
    const flight = drawn.find((l) => l.leg.id === 'leg-florida-vnukovo');
    expect(flight).toBeDefined();
    const middle = (flight!.depart + flight!.arrive) / 2;
    const part = travelledData(journey, at(middle)).features;
    expect(part.length).toBeGreaterThan(0);
    expect(part[0]?.geometry.coordinates[0]).toEqual(flight!.line!.geometry.coordinates[0]);
    expect(travelledKey(journey, at(middle))).toContain(`${flight!.leg.id}:5000`);
    expect(travelledKey(journey, at(middle))).not.toBe(travelledKey(journey, at(middle + 60_000)));
    expect(travelledKey(journey, at(timeline.end + 1))).toBe('');
  });
});

describe('flagChanges', () => {
  it('lists what gains the flag and what loses it', () => {
    expect(flagChanges(new Set(['a', 'b']), new Set(['b', 'c']))).toEqual({ on: ['c'], off: ['a'] });
    expect(flagChanges(new Set(['a']), new Set(['a']))).toEqual({ on: [], off: [] });
  });
});

describe('markerSpaceCells', () => {
  it('covers each box with squares, flush with its edges', () => {
    const cells = markerSpaceCells([{ x: 10, y: 20, w: 100, h: 18 }]);
    const half = MARKER_SPACE_CELL / 2;
    expect(Math.min(...cells.map((c) => c.x - half))).toBeCloseTo(10);
    expect(Math.max(...cells.map((c) => c.x + half))).toBeCloseTo(110);
    expect(Math.min(...cells.map((c) => c.y - half))).toBeCloseTo(20);
    expect(Math.max(...cells.map((c) => c.y + half))).toBeCloseTo(38);
    // No gap between neighbours.
    const xs = [...new Set(cells.map((c) => c.x))].sort((a, b) => a - b);
    for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeLessThanOrEqual(MARKER_SPACE_CELL);
  });

  it('centres one square on a box smaller than a square', () => {
    expect(markerSpaceCells([{ x: 0, y: 0, w: 10, h: 10 }])).toEqual([{ x: 5, y: 5 }]);
  });

  it('is the topmost journey layer, so the basemap’s labels give way to it', () => {
    expect(JOURNEY_LAYERS.at(-1)?.id).toBe('journey-marker-space');
  });
});
