import { length } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { greatCircle as turfGreatCircle, point } from '@turf/turf';
import { greatCircle, legLine, padBBox, placeAnchor, placeBBox } from './geometry.ts';
import type { LegFeature, PlaceFeature } from './schema.ts';

const place = (id: string, coordinates: [number, number], precision: PlaceFeature['properties']['precision'] = 'building'): PlaceFeature => ({
  type: 'Feature',
  id,
  geometry: { type: 'Point', coordinates },
  properties: { kind: 'place', names: { en: id }, precision, timeZone: 'UTC' },
});
const leg = (mode: LegFeature['properties']['mode'], geometry: LegFeature['geometry'] = null): LegFeature => ({
  type: 'Feature',
  id: 'leg',
  geometry,
  properties: {
    kind: 'leg',
    from: 'a',
    to: 'b',
    travellers: ['t'],
    mode,
    status: 'reported',
    depart: { at: '2025-12-02', qualifier: 'date' },
    arrive: { at: '2025-12-02', qualifier: 'date' },
    sources: ['s'],
  },
});

const florida: [number, number] = [-80.2, 25.9];
const vnukovo: [number, number] = [37.2615, 55.5915];

describe('greatCircle', () => {
  it('follows the same path as Turf\'s greatCircle', () => {
    for (const [a, b] of [
      [florida, vnukovo],
      [[-122.4, 37.8], [139.7, 35.7]], // San Francisco to Tokyo, across the antimeridian
      [[2.35, 48.85], [-58.4, -34.6]], // Paris to Buenos Aires, across the equator
    ] as [number, number][][]) {
      const ours = greatCircle(a!, b!, 33);
      const turf = turfGreatCircle(point(a!), point(b!), { npoints: 33 }).geometry;
      const theirs = turf.type === 'LineString' ? turf.coordinates : turf.coordinates.flat();
      expect(ours).toHaveLength(33);
      // Compare every point Turf did not duplicate at an antimeridian split, longitudes modulo 360.
      for (const [i, [lon, lat]] of ours.entries()) {
        const near = theirs.some(([x, y]) => Math.abs(y! - lat!) < 1e-4 && Math.abs((((x! - lon! + 540) % 360) - 180)) < 1e-4);
        expect(near, `point ${i} of ${JSON.stringify(a)}→${JSON.stringify(b)}`).toBe(true);
      }
    }
  });

  it('draws two antipodal places, whose great circle is not unique, as a straight line', () => {
    expect(greatCircle([0, 0], [180, 0], 16)).toEqual([[0, 0], [180, 0]]);
  });
});

describe('legLine', () => {
  it('draws a flight as a great circle whose endpoints are the places', () => {
    const line = legLine(leg('flight'), place('a', florida), place('b', vnukovo));
    const coords = line?.geometry.coordinates ?? [];
    expect(coords.length).toBeGreaterThan(50);
    expect(coords[0]).toEqual(florida);
    expect(coords[coords.length - 1]).toEqual(vnukovo);
    // A great circle from Florida to Moscow bows north, well above both ends.
    const maxLat = Math.max(...coords.map((c) => c[1] as number));
    expect(maxLat).toBeGreaterThan(60);
  });

  it('spaces a great circle by its length: about one point per 50 km, 8 to 128 in all', () => {
    const short = legLine(leg('flight'), place('a', vnukovo), place('b', [37.9, 55.6]));
    expect(short?.geometry.coordinates).toHaveLength(8);
    // Moscow to Kyiv is about 750 km.
    const medium = legLine(leg('flight'), place('a', vnukovo), place('b', [30.89, 50.41]));
    expect(medium?.geometry.coordinates.length).toBeGreaterThanOrEqual(14);
    expect(medium?.geometry.coordinates.length).toBeLessThanOrEqual(17);
    const long = legLine(leg('flight'), place('a', florida), place('b', vnukovo));
    expect(long?.geometry.coordinates).toHaveLength(128);
  });

  it('draws a walk or a drive as a straight line', () => {
    const line = legLine(leg('walk'), place('a', [37.6214, 55.7583]), place('b', [37.6208, 55.7539]));
    expect(line?.geometry.coordinates).toEqual([
      [37.6214, 55.7583],
      [37.6208, 55.7539],
    ]);
  });

  it('keeps a geometry the file gives', () => {
    const given = { type: 'LineString' as const, coordinates: [[0, 0], [1, 1], [2, 0]] as [number, number][] };
    expect(legLine(leg('flight', given), place('a', [0, 0]), place('b', [2, 0]))?.geometry.coordinates).toEqual(given.coordinates);
  });

  it('draws nothing to a place with no geometry', () => {
    const nowhere: PlaceFeature = { ...place('b', [0, 0], 'region'), geometry: null };
    expect(legLine(leg('flight'), place('a', vnukovo), nowhere)).toBeUndefined();
  });

  it('crosses the antimeridian the short way', () => {
    const line = legLine(leg('flight'), place('a', [170, 50]), place('b', [-170, 50]));
    const km = length(line!, { units: 'kilometers' });
    expect(km).toBeLessThan(2000);
  });
});

describe('places', () => {
  it('anchors an outline at the centre of its box', () => {
    const region: PlaceFeature = {
      ...place('r', [0, 0], 'region'),
      geometry: { type: 'Polygon', coordinates: [[[0, 0], [2, 0], [2, 4], [0, 4], [0, 0]]] },
    };
    expect(placeAnchor(region)).toEqual([1, 2]);
  });

  it('pads a building by 200 m and a city by kilometres', () => {
    const [w, , e] = placeBBox(place('m', [37.62, 55.75]))!;
    expect((e - w) * 111_320 * Math.cos((55.75 * Math.PI) / 180)).toBeCloseTo(400, -1);
    const [cw, , ce] = placeBBox(place('k', [30.5, 50.4], 'city'))!;
    expect(ce - cw).toBeGreaterThan(0.2);
  });

  it('pads a box by metres on each side', () => {
    const [w, s, e, n] = padBBox([0, 0, 0, 0], 111_320);
    expect([w, s, e, n].map((x) => Math.round(x * 100) / 100)).toEqual([-1, -1, 1, 1]);
  });
});

describe('legLine across the antimeridian', () => {
  it('draws a given line with longitudes on both sides of ±180° the short way', async () => {
    const { legLine } = await import('./geometry.ts');
    const place = (lon: number, lat: number) =>
      ({ type: 'Feature', id: 'p', geometry: { type: 'Point', coordinates: [lon, lat] }, properties: { kind: 'place', names: { en: 'P' }, precision: 'city', timeZone: 'UTC' } }) as never;
    const leg = {
      type: 'Feature',
      id: 'l',
      geometry: { type: 'LineString', coordinates: [[177.49, 64.73], [179.2, 65.3], [-178.6, 65.6], [-165.41, 64.5]] },
      properties: { kind: 'leg', from: 'a', to: 'b', travellers: [], mode: 'flight', status: 'reported' },
    } as never;
    const xs = legLine(leg, place(177.49, 64.73), place(-165.41, 64.5))!.geometry.coordinates.map((c) => c[0]!);
    expect(xs).toEqual([177.49, 179.2, 181.4, 194.59]);
  });
});
