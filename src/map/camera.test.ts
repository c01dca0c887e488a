import { describe, expect, it } from 'vitest';
import {
  NO_INSETS,
  PLACE_MARGIN,
  REGION_CONTEXT_M,
  cameraFor,
  coveredBy,
  detailOf,
  detailZoom,
  flightDuration,
  metresPerPixel,
  screenPoint,
  shortestArc,
  type BasemapDetail,
  type Focus,
  type Viewport,
} from './camera.ts';

const desktop: Viewport = { width: 860, height: 620, covered: NO_INSETS };
const phone: Viewport = { width: 375, height: 370, covered: { top: 0, right: 0, bottom: 0, left: 0 } };
const naturalEarth: BasemapDetail = { maxZoom: 7, areas: [{ bounds: [37.59, 55.74, 37.65, 55.765], maxZoom: 16 }] };

/** Checks the rules: the place 10% inside the visible part (its label room on the right), every point inside. */
function expectFramed(focus: Focus, viewport: Viewport, detail: BasemapDetail, labelWidth = 0) {
  const camera = cameraFor(focus, viewport, detail, { labelWidth });
  const { covered, width, height } = viewport;
  const w = width - covered.left - covered.right;
  const h = height - covered.top - covered.bottom;
  for (const p of focus.points) {
    const [x, y] = screenPoint(camera, viewport, p);
    expect(x).toBeGreaterThanOrEqual(covered.left - 0.5);
    expect(x).toBeLessThanOrEqual(width - covered.right + 0.5);
    expect(y).toBeGreaterThanOrEqual(covered.top - 0.5);
    expect(y).toBeLessThanOrEqual(height - covered.bottom + 0.5);
  }
  if (focus.place) {
    const [x, y] = screenPoint(camera, viewport, focus.place.point);
    expect(x).toBeGreaterThanOrEqual(covered.left + PLACE_MARGIN * w - 0.5);
    expect(x).toBeLessThanOrEqual(width - covered.right - Math.max(PLACE_MARGIN * w, labelWidth + 16) + 0.5);
    expect(y).toBeGreaterThanOrEqual(covered.top + PLACE_MARGIN * h - 0.5);
    expect(y).toBeLessThanOrEqual(height - covered.bottom - PLACE_MARGIN * h + 0.5);
  }
  return camera;
}

describe('cameraFor', () => {
  it('shows a city-precision place as a city in its country: country scale, never street scale', () => {
    const kyiv: Focus = { place: { point: [30.5238, 50.4547], precision: 'city' }, points: [] };
    for (const viewport of [desktop, phone]) {
      const camera = expectFramed(kyiv, viewport, naturalEarth, 60);
      expect(camera.zoom).toBeLessThanOrEqual(7);
      // At least 300 km across the smaller side of the view.
      expect(metresPerPixel(camera.zoom, 50.45) * Math.min(viewport.width, viewport.height)).toBeGreaterThan(300_000);
    }
  });

  it('goes to street scale only inside an area that has street detail, and stops there', () => {
    const kremlin: Focus = { place: { point: [37.6175, 55.752], precision: 'building' }, points: [[37.6205, 55.7539]] };
    const camera = expectFramed(kremlin, desktop, naturalEarth, 150);
    expect(camera.zoom).toBeLessThanOrEqual(16);
    expect(camera.zoom).toBeGreaterThan(14);
    // The same place on a basemap with no such area: country scale.
    expect(cameraFor(kremlin, desktop, { maxZoom: 7, areas: [] }).zoom).toBeLessThanOrEqual(7);
  });

  it('uses the basemap’s own detail when the view reaches outside the detailed area', () => {
    // A drive from an airport outside the schematic to a hotel inside it.
    const drive: Focus = { place: { point: [37.6215, 55.7585], precision: 'exact' }, points: [[37.2615, 55.5916], [37.6215, 55.7585]] };
    expect(expectFramed(drive, desktop, naturalEarth, 180).zoom).toBeLessThanOrEqual(7);
  });

  it('shows a place the basemap has no street detail for in its region: its country and neighbours, not 30 km of borders', () => {
    const geneva: Focus = { place: { point: [6.1432, 46.2239], precision: 'approximate', radiusMeters: 1000 }, points: [] };
    for (const viewport of [desktop, phone]) {
      const camera = expectFramed(geneva, viewport, naturalEarth, 120);
      // At least 500 km (the region, 250 km each way) across the smaller side of the view.
      expect(metresPerPixel(camera.zoom, 46.2239) * Math.min(viewport.width, viewport.height)).toBeGreaterThan(2 * REGION_CONTEXT_M);
      expect(camera.zoom).toBeGreaterThan(4);
    }
    // With street detail there (a newsroom's own tiles), the place's own precision decides: a few kilometres.
    expect(cameraFor(geneva, desktop, { maxZoom: 16, areas: [] }).zoom).toBeGreaterThan(11);
  });

  it('widens to the region only so far that the journey’s nearest other stop stays a marker apart', () => {
    // Yelizovo airport, 25 km from the stop in Petropavlovsk-Kamchatsky: one merged marker at 250 km each way.
    const airport: Focus = { place: { point: [158.4536, 53.1679], precision: 'building', nearestStopMeters: 25_000 }, points: [] };
    for (const viewport of [desktop, phone]) {
      const camera = expectFramed(airport, viewport, naturalEarth, 120);
      // More than a marker’s 44 px target apart.
      expect(25_000 / metresPerPixel(camera.zoom, 53.17)).toBeGreaterThan(48);
      expect(camera.zoom).toBeLessThanOrEqual(7);
    }
  });

  it('never lets an approximate place’s circle fill the view', () => {
    const radius = 1000;
    const geneva: Focus = { place: { point: [6.1432, 46.2239], precision: 'approximate', radiusMeters: radius }, points: [] };
    const camera = cameraFor(geneva, desktop, { maxZoom: 18, areas: [] });
    const diameterPx = (2 * radius) / metresPerPixel(camera.zoom, 46.2239);
    expect(diameterPx).toBeLessThanOrEqual(0.5 * Math.min(desktop.width, desktop.height));
  });

  it('keeps the place and its legs in the visible part, out from under a bottom sheet and a corner inset', () => {
    const covered: Viewport = { width: 375, height: 600, covered: { top: 0, right: 0, bottom: 260, left: 0 } };
    const landing: Focus = { place: { point: [37.2615, 55.5916], precision: 'exact' }, points: [[-80.1, 26.7], [-30, 50], [37.2615, 55.5916]] };
    expectFramed(landing, covered, naturalEarth, 120);
    const inset: Viewport = { width: 860, height: 620, covered: { top: 0, right: 0, bottom: 0, left: 142 } };
    expectFramed(landing, inset, naturalEarth, 120);
  });

  it('frames a flight across the antimeridian the short way round, not across the whole world', () => {
    // Petropavlovsk-Kamchatsky to Anchorage.
    const flight: Focus = { place: { point: [-149.9, 61.22], precision: 'city' }, points: [[158.65, 53.02], [180, 58], [-170, 60], [-149.9, 61.22]] };
    const camera = expectFramed(flight, desktop, naturalEarth, 90);
    expect(camera.zoom).toBeGreaterThan(2);
    expect(Math.abs(camera.center[0])).toBeGreaterThan(150);
    expectFramed(flight, phone, naturalEarth, 90);
  });

  it('shows no view wider than the world, even for a journey round it', () => {
    const round: Focus = { points: [[-170, 0], [-60, 10], [60, -10], [170, 40]] };
    const camera = cameraFor(round, desktop, naturalEarth);
    expect(512 * 2 ** camera.zoom).toBeGreaterThanOrEqual(desktop.width - 1);
  });

  it('frames 200,000 points without overflowing the stack (a journey of 10,000 events looped on it)', () => {
    // Points on a small grid over Europe: the camera must hold them all, as for a handful.
    const points = Array.from({ length: 200_000 }, (_, i) => [(i % 400) * 0.05, 40 + Math.floor(i / 400) * 0.04] as [number, number]);
    const camera = cameraFor({ points }, desktop, naturalEarth);
    expect(Number.isFinite(camera.zoom)).toBe(true);
    for (const p of [points[0], points[399], points[199_600], points[199_999]]) {
      const [x, y] = screenPoint(camera, desktop, p as [number, number]);
      expect(x).toBeGreaterThanOrEqual(-0.5);
      expect(x).toBeLessThanOrEqual(desktop.width + 0.5);
      expect(y).toBeGreaterThanOrEqual(-0.5);
      expect(y).toBeLessThanOrEqual(desktop.height + 0.5);
    }
  });

  it('is a golden camera for a fixed case (a change to the rules shows here)', () => {
    const dublin: Focus = { place: { point: [-6.27, 53.35], precision: 'city' }, points: [[30.52, 50.45], [-6.27, 53.35]] };
    const camera = cameraFor(dublin, desktop, naturalEarth, { labelWidth: 60 });
    expect(camera.center[0]).toBeCloseTo(10.24, 1);
    expect(camera.center[1]).toBeCloseTo(53.1, 1);
    expect(camera.zoom).toBeCloseTo(3.79, 1);
  });
});

describe('detail', () => {
  it('reads a style’s declared detail, else its tiled sources’ maxzoom, else the fallback', () => {
    const declared = detailOf({ metadata: { 'diplomatic-journey:detail': { maxzoom: 7, areas: [{ bounds: [1, 2, 3, 4], maxzoom: 16 }, { bounds: 'x' }] } } });
    expect(declared).toEqual({ maxZoom: 7, areas: [{ bounds: [1, 2, 3, 4], maxZoom: 16 }] });
    expect(detailOf({ sources: { a: { type: 'vector', maxzoom: 14 }, b: { type: 'geojson', maxzoom: 18 } } }).maxZoom).toBe(14);
    expect(detailOf({ sources: {} }, 12).maxZoom).toBe(12);
    expect(detailOf(undefined).maxZoom).toBe(18);
  });

  it('gives an area’s zoom only to a box wholly inside it', () => {
    expect(detailZoom(naturalEarth, [37.6, 55.75, 37.62, 55.76])).toBe(16);
    expect(detailZoom(naturalEarth, [37.2, 55.59, 37.62, 55.76])).toBe(7);
  });
});

describe('shortestArc', () => {
  it('moves longitudes across ±180° onto one arc', () => {
    expect(shortestArc([170, -175])).toEqual([170, 185]);
    expect(shortestArc([-10, 10])).toEqual([-10, 10]);
    expect(shortestArc([190])).toEqual([-170]);
  });
});

describe('flightDuration', () => {
  it('grows with distance and change of scale, within 0.8 to 3.5 s', () => {
    const moscow = { center: [37.62, 55.75] as [number, number], zoom: 15 };
    const near = flightDuration(moscow, { center: [37.63, 55.75], zoom: 15 });
    const city = flightDuration(moscow, { center: [37.26, 55.59], zoom: 10 });
    const far = flightDuration(moscow, { center: [-80.1, 26.7], zoom: 3 });
    expect(near).toBeGreaterThanOrEqual(800);
    expect(city).toBeGreaterThan(near);
    expect(far).toBeGreaterThan(city);
    expect(far).toBeLessThanOrEqual(3500);
  });
});

describe('coveredBy', () => {
  it('takes each corner overlay off the side that costs the least of the map', () => {
    const covered = coveredBy(
      860,
      620,
      [
        { left: 10, top: 10, right: 142, bottom: 110 }, // inset, top left
        { left: 821, top: 10, right: 850, bottom: 68 }, // zoom buttons, top right
        { left: 826, top: 586, right: 850, bottom: 610 }, // attribution button, bottom right
        { left: 0, top: 0, right: 0, bottom: 0 }, // hidden
      ],
      { top: 0, right: 0, bottom: 40, left: 0 },
    );
    expect(covered).toEqual({ top: 0, right: 47, bottom: 40, left: 150 });
  });
});

describe('a map covered almost wholly', () => {
  it('still frames in the 40% of the map left, rather than giving up', () => {
    const viewport: Viewport = { width: 375, height: 360, covered: { top: 0, right: 0, bottom: 350, left: 0 } };
    const kyiv: Focus = { place: { point: [30.5238, 50.4547], precision: 'city' }, points: [] };
    const camera = cameraFor(kyiv, viewport, naturalEarth);
    const [, y] = screenPoint(camera, viewport, kyiv.place!.point);
    // The strip left is the top 144 px (40% of 360).
    expect(y).toBeGreaterThan(14);
    expect(y).toBeLessThan(130);
    // Kyiv in its region (500 km) in a strip 144 px tall: country scale still, not the world.
    expect(camera.zoom).toBeGreaterThan(3.4);
  });
});

describe('a narrow visible part', () => {
  it('still frames a place with a long name: the label room is at most half the view', () => {
    // A phone map with the sheet, the controls and the key taken off: 209 × 312 px left.
    const viewport: Viewport = { width: 375, height: 622, covered: { top: 88, right: 62, bottom: 222, left: 104 } };
    const geneva: Focus = { place: { point: [6.1432, 46.2239], precision: 'approximate', radiusMeters: 1000 }, points: [] };
    const camera = cameraFor(geneva, viewport, naturalEarth, { labelWidth: 220 });
    expect(camera.zoom).toBeCloseTo(4.09, 1);
    const [x, y] = screenPoint(camera, viewport, geneva.place!.point);
    expect(x).toBeGreaterThan(104 + 20);
    expect(x).toBeLessThan(375 - 62 - 20);
    expect(y).toBeGreaterThan(88 + 31);
    expect(y).toBeLessThan(622 - 222 - 31);
  });
});

describe('cameraFor a step with its own view', () => {
  const view = (center: [number, number], zoom: number): Focus => ({ points: [[30.52, 50.45]], view: { center, zoom } });

  it('goes to the view as chosen where the basemap has the detail (golden)', () => {
    const camera = cameraFor(view([37.62, 55.752], 14), desktop, naturalEarth);
    expect(camera.zoom).toBe(14);
    expect(camera.center[0]).toBeCloseTo(37.62, 6);
    expect(camera.center[1]).toBeCloseTo(55.752, 6);
  });

  it('keeps the zoom within the basemap\'s detail over all that is in view, and the map\'s own limit', () => {
    // Kyiv has country-scale detail only: zoom 15 would be blank.
    expect(cameraFor(view([30.52, 50.45], 15), desktop, naturalEarth).zoom).toBe(7);
    // Inside the Moscow schematic, to its zoom 16, not 18.
    expect(cameraFor(view([37.62, 55.752], 18), desktop, naturalEarth).zoom).toBe(16);
    expect(cameraFor(view([37.62, 55.752], 16), desktop, naturalEarth, { maxZoom: 15 }).zoom).toBe(15);
    // At its edge the view would show beyond the schematic: back to the basemap's own detail.
    expect(cameraFor(view([37.648, 55.752], 15), desktop, naturalEarth).zoom).toBe(7);
    // Lower zooms are kept as chosen.
    expect(cameraFor(view([30.52, 50.45], 4.25), desktop, naturalEarth).zoom).toBe(4.25);
  });

  it('zooms out, if it must, to keep the step\'s place in the inner 80% of what the reader sees', () => {
    const metropol: Focus = { place: { point: [37.63, 55.752], precision: 'building' }, points: [], view: { center: [37.62, 55.752], zoom: 16 } };
    const camera = cameraFor(metropol, desktop, naturalEarth);
    expect(camera.zoom).toBeCloseTo(14.56, 2);
    const [x] = screenPoint(camera, desktop, metropol.place!.point);
    expect(x).toBeCloseTo(desktop.width * (1 - PLACE_MARGIN), 0);
    // Near enough, the view is kept as chosen; across the antimeridian the short way round.
    expect(cameraFor({ ...metropol, place: { point: [37.621, 55.752], precision: 'building' } }, desktop, naturalEarth).zoom).toBe(16);
    const fiji: Focus = { place: { point: [-179.9, -16.5], precision: 'city' }, points: [], view: { center: [179.9, -16.5], zoom: 6 } };
    expect(cameraFor(fiji, desktop, { maxZoom: 7, areas: [] }).zoom).toBe(6);
  });

  it('puts the view\'s centre in the middle of the part of the map the reader sees', () => {
    const covered: Viewport = { width: 1280, height: 800, covered: { top: 0, right: 0, bottom: 0, left: 420 } };
    const camera = cameraFor(view([30.52, 50.45], 6), covered, naturalEarth);
    const [x, y] = screenPoint(camera, covered, [30.52, 50.45]);
    expect(x).toBeCloseTo(420 + (1280 - 420) / 2, 1);
    expect(y).toBeCloseTo(400, 1);
    expect(camera.zoom).toBe(6);
  });
});
