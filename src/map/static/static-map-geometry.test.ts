import { readFileSync } from 'node:fs';
import { geoArea } from 'd3-geo';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { placeAnchor, type BBox } from '../../journey/geometry.ts';
import { buildJourney } from '../../journey/model.ts';
import { validateJourneyText } from '../../journey/validate.ts';
import { boxAround, boxPoints, fitBox, journeyBox, landWithin, layoutFor, needsDetail, parseLand, spanKm, visibleBox, windForD3 } from './static-map-geometry.ts';

const result = validateJourneyText(readFileSync(new URL('../../../data/journeys/moscow-2025-12-02.json', import.meta.url), 'utf8'));
if (!result.ok) throw new Error('the default journey must be valid');
const journey = buildJourney(result.journey);
const step = (id: string) => journey.events.find((e) => e.event.id === id)!;
const anchors = [...journey.places.values()].map(placeAnchor).filter((a) => a !== undefined);

/** A square ring, counter-clockwise (RFC 7946) or clockwise (d3-geo). */
const square = (w: number, s: number, e: number, n: number, clockwise: boolean): Polygon => {
  const ring = [
    [w, s],
    [e, s],
    [e, n],
    [w, n],
    [w, s],
  ];
  return { type: 'Polygon', coordinates: [clockwise ? ring.reverse() : ring] };
};

describe('spanKm', () => {
  it('measures a degree at the equator as about 111 km', () => {
    expect(spanKm([0, 0, 1, 0.5])).toBeCloseTo(111.3, 0);
  });

  it('shrinks east–west spans towards the poles', () => {
    expect(spanKm([0, 59.9, 1, 60.1])).toBeCloseTo(55.7, 0);
  });
});

describe('fitBox', () => {
  const size = { width: 640, height: 384 };
  const pad = 32;

  it('puts every place of the journey inside the padded drawing', () => {
    const projection = fitBox(journey.bounds, size, pad);
    for (const anchor of anchors) {
      const [x, y] = projection(anchor as [number, number])!;
      expect(x).toBeGreaterThanOrEqual(pad - 0.5);
      expect(x).toBeLessThanOrEqual(size.width - pad + 0.5);
      expect(y).toBeGreaterThanOrEqual(pad - 0.5);
      expect(y).toBeLessThanOrEqual(size.height - pad + 0.5);
    }
  });

  it('fills the drawing along at least one side', () => {
    const projection = fitBox(journey.bounds, size, pad);
    const xy = boxPoints(journey.bounds).coordinates.map((p) => projection(p as [number, number])!);
    const spread = (axis: 0 | 1) => Math.max(...xy.map((p) => p[axis])) - Math.min(...xy.map((p) => p[axis]));
    const fillsWidth = Math.abs(spread(0) - (size.width - 2 * pad)) < 1;
    const fillsHeight = Math.abs(spread(1) - (size.height - 2 * pad)) < 1;
    expect(fillsWidth || fillsHeight).toBe(true);
  });

  it('shows at least the fitted box', () => {
    const projection = fitBox(journey.bounds, size, pad);
    const [w, s, e, n] = visibleBox(projection, size)!;
    expect(w).toBeLessThanOrEqual(journey.bounds[0]);
    expect(s).toBeLessThanOrEqual(journey.bounds[1]);
    expect(e).toBeGreaterThanOrEqual(journey.bounds[2]);
    expect(n).toBeGreaterThanOrEqual(journey.bounds[3]);
  });

  it('frames a few hundred metres of central Moscow', () => {
    const frame = step('walk-red-square').frame;
    const projection = fitBox(frame, { width: 320, height: 200 }, 20);
    const redSquare = projection([37.6208, 55.7539])!;
    const metropol = projection([37.62139, 55.75833])!;
    // The two are about 500 m apart: far enough apart on screen to tell apart.
    expect(Math.hypot(redSquare[0] - metropol[0], redSquare[1] - metropol[1])).toBeGreaterThan(40);
  });

  it('keeps a box across the antimeridian in one piece', () => {
    const projection = fitBox([175, 50, 185, 55], { width: 300, height: 200 }, 20);
    const [west] = projection([175, 52])!;
    const [east] = projection([-175, 52])!;
    expect(west).toBeGreaterThan(0);
    expect(east).toBeLessThan(300);
    expect(east).toBeGreaterThan(west);
  });

  it('never pads more than a third of the drawing', () => {
    const projection = fitBox([0, 0, 10, 10], { width: 60, height: 60 }, 100);
    const [x, y] = projection([5, 5])!;
    expect(x).toBeCloseTo(30, 0);
    expect(y).toBeCloseTo(30, 0);
  });
});

describe('needsDetail', () => {
  it('asks for a detail view of the walk across Red Square', () => {
    expect(needsDetail(journey.bounds, step('walk-red-square').frame, anchors)).toBe(true);
  });

  it('needs none when the step frames the flight across the ocean', () => {
    expect(needsDetail(journey.bounds, step('landing-vnukovo').frame, anchors)).toBe(false);
  });

  it('needs none for a small frame holding a single place', () => {
    expect(needsDetail(journey.bounds, step('geneva-talks').frame, anchors)).toBe(false);
  });
});

describe('windForD3', () => {
  it('reverses a ring wound the RFC 7946 way, so it encloses the small side', () => {
    const ccw = square(10, 10, 11, 11, false);
    expect(geoArea(ccw)).toBeGreaterThan(2 * Math.PI);
    expect(geoArea(windForD3(ccw))).toBeLessThan(0.001);
  });

  it('keeps a ring already wound for d3-geo', () => {
    const cw = square(10, 10, 11, 11, true);
    expect(windForD3(cw)).toBe(cw);
  });

  it('fixes each polygon of a multipolygon on its own', () => {
    const fixed = windForD3({
      type: 'MultiPolygon',
      coordinates: [square(0, 0, 1, 1, false).coordinates, square(5, 5, 6, 6, true).coordinates],
    });
    for (const rings of fixed.coordinates) expect(geoArea({ type: 'Polygon', coordinates: rings })).toBeLessThan(0.001);
  });
});

describe('parseLand', () => {
  it('keeps polygons and multipolygons with their boxes, and skips the rest', () => {
    const land = parseLand({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: {}, geometry: square(0, 0, 2, 1, false) },
        { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [0, 0] } },
        { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: [square(5, 5, 6, 7, true).coordinates] } },
        { type: 'Feature', properties: {}, geometry: null },
      ],
    });
    expect(land.map((shape) => shape.bbox)).toEqual([
      [0, 0, 2, 1],
      [5, 5, 6, 7],
    ]);
  });

  it('skips polygons with broken coordinates', () => {
    const land = parseLand({ type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Polygon', coordinates: [[[0, 0], ['x', 1]]] } }] });
    expect(land).toEqual([]);
  });

  it('rejects anything but a FeatureCollection with a clear message', () => {
    expect(() => parseLand({ type: 'Feature' })).toThrow('not a GeoJSON FeatureCollection');
    expect(() => parseLand(null)).toThrow('not a GeoJSON FeatureCollection');
  });
});

describe('landWithin', () => {
  const land = parseLand({
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: { name: 'near' }, geometry: square(37, 55, 38, 56, true) },
      { type: 'Feature', properties: { name: 'far' }, geometry: square(-80, 25, -79, 26, true) },
      { type: 'Feature', properties: { name: 'east of the antimeridian' }, geometry: square(-179, 60, -178, 61, true) },
    ],
  });

  it('keeps the shapes whose boxes meet the view', () => {
    expect(landWithin(land, [37.5, 55.7, 37.7, 55.8]).map((s) => s.bbox[0])).toEqual([37]);
  });

  it('finds shapes across the antimeridian for a box past 180°', () => {
    const box: BBox = [175, 59, 185, 62];
    expect(landWithin(land, box).map((s) => s.bbox[0])).toEqual([-179]);
  });
});

describe('layoutFor', () => {
  it('draws taller on a phone than on a wide screen', () => {
    const phone = layoutFor(320).overview;
    const wide = layoutFor(800).overview;
    expect(phone.height / phone.width).toBeGreaterThan(wide.height / wide.width);
  });

  it('keeps the detail view between 200 and 360 px tall', () => {
    expect(layoutFor(320).detail.height).toBe(200);
    expect(layoutFor(2000).detail.height).toBe(360);
  });
});

describe('boxAround', () => {
  it('goes the short way across the antimeridian', () => {
    const [w, s, e, n] = boxAround([
      [170, 10],
      [-170, 12],
    ])!;
    expect([w, s, e, n].map((v) => Math.round(v))).toEqual([170, 10, 190, 12]);
  });

  it('is undefined without positions', () => {
    expect(boxAround([])).toBeUndefined();
  });
});

describe('journeyBox', () => {
  it('holds every place and the arcs of the flights', () => {
    const [w, s, e, n] = journeyBox(journey)!;
    for (const [x, y] of anchors as [number, number][]) {
      expect(x).toBeGreaterThanOrEqual(w);
      expect(x).toBeLessThanOrEqual(e);
      expect(y).toBeGreaterThanOrEqual(s);
      expect(y).toBeLessThanOrEqual(n);
    }
    // The great circle from Florida to Moscow bows far north of both.
    expect(n).toBeGreaterThan(65);
  });
});
