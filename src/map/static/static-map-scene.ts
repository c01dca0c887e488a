/**
 * What `<static-map>` draws, as plain data in pixels: SVG path strings for
 * land, legs and vague places, and positions for stops and labels. Built
 * from the journey model and a fitted d3-geo projection; pure, no DOM.
 *
 * Legs are styled by status exactly as the interactive map styles them (see
 * `lineStyleFor` in journey/line-style.ts): solid, dashed, or faint with
 * crosses along it. Which legs are active and which places are areas comes
 * from the scene (map/scene.ts), never from here.
 */
import { geoCircle, geoDistance, geoInterpolate, geoPath, type GeoProjection, type GeoStreamWrapper } from 'd3-geo';
import type { Geometry, Position } from 'geojson';
import { shortPlaceName } from '../../journey/describe.ts';
import type { BBox } from '../../journey/geometry.ts';
import { placeAnchor } from '../../journey/geometry.ts';
import type { Journey, StoryEvent } from '../../journey/model.ts';
import { placeArea } from '../scene.ts';
import type { PlaceFeature } from '../../journey/schema.ts';
import { lineStyleFor, type LineStyle } from '../../journey/line-style.ts';
import { windForD3, type LandShape, type Size } from './static-map-geometry.ts';

export interface DrawnLeg {
  readonly id: string;
  readonly d: string;
  /** The first traveller's colour. */
  readonly color: string;
  readonly style: LineStyle;
  /** A leg of the current step, drawn wider. */
  readonly active: boolean;
  /** The "×" marks along a leg that did not happen; empty otherwise. */
  readonly marks: string;
}

export interface DrawnPlace {
  readonly id: string;
  readonly name: string;
  readonly x: number;
  readonly y: number;
  /** A solid dot, or a dashed ring for a place known only as a region. */
  readonly marker: 'dot' | 'ring';
  /** The place's outline or uncertainty circle as an SVG path; '' when it has none. */
  readonly area: string;
}

/** A rectangle in pixels. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const EARTH_RADIUS_M = 6_371_008.8;
/** Distance between the crosses on a leg that did not happen, in pixels. */
const MARK_SPACING = 40;
const MARK_HALF = 4;
/** Segments longer than this (radians, about 1°) are split so marks follow the drawn great circle. */
const MAX_SEGMENT = Math.PI / 180;
/** Areas drawn smaller than this across (pixels) are left out. */
const MIN_AREA_PX = 3;
/** Land outlines drop points closer than this (pixels) to the last one kept. */
const LAND_TOLERANCE_PX = 0.7;

const pathOf = (projection: GeoProjection) => geoPath(projection).digits(1);

/**
 * Points every `spacing` pixels along a polyline (at least one, in the
 * middle, when it is long enough to see), as an SVG path of small crosses.
 *
 * @example crossMarks([[0, 0], [100, 0]], 40) // crosses at x = 30 and 70
 */
export function crossMarks(points: readonly (readonly [number, number])[], spacing = MARK_SPACING): string {
  const lengths = [0];
  for (let i = 1; i < points.length; i++) {
    const [ax, ay] = points[i - 1] as readonly [number, number];
    const [bx, by] = points[i] as readonly [number, number];
    lengths.push((lengths[i - 1] as number) + Math.hypot(bx - ax, by - ay));
  }
  const total = lengths[lengths.length - 1] as number;
  if (total < MARK_HALF * 3) return '';
  const count = Math.max(1, Math.floor(total / spacing));
  const first = (total - (count - 1) * spacing) / 2;
  let d = '';
  let segment = 1;
  for (let k = 0; k < count; k++) {
    const at = first + k * spacing;
    while (segment < points.length - 1 && (lengths[segment] as number) < at) segment++;
    const [ax, ay] = points[segment - 1] as readonly [number, number];
    const [bx, by] = points[segment] as readonly [number, number];
    const from = lengths[segment - 1] as number;
    const span = (lengths[segment] as number) - from || 1;
    const t = (at - from) / span;
    const x = ax + (bx - ax) * t;
    const y = ay + (by - ay) * t;
    const h = MARK_HALF;
    d += `M${r(x - h)},${r(y - h)}L${r(x + h)},${r(y + h)}M${r(x + h)},${r(y - h)}L${r(x - h)},${r(y + h)}`;
  }
  return d;
}

const r = (n: number) => Math.round(n * 10) / 10;

/** A line's positions in pixels, densified along great circles (as d3 draws it) and cut where it leaves the drawing. */
function projectedRuns(coordinates: readonly Position[], projection: GeoProjection, size: Size): [number, number][][] {
  const dense: [number, number][] = [];
  for (let i = 0; i < coordinates.length; i++) {
    const b = coordinates[i] as [number, number];
    const a = coordinates[i - 1] as [number, number] | undefined;
    if (a) {
      const steps = Math.ceil(geoDistance(a, b) / MAX_SEGMENT);
      const between = geoInterpolate(a, b);
      for (let k = 1; k < steps; k++) dense.push(between(k / steps));
    }
    dense.push(b);
  }
  const runs: [number, number][][] = [[]];
  for (const position of dense) {
    const p = projection(position);
    const inside = p && p[0] >= 0 && p[0] <= size.width && p[1] >= 0 && p[1] <= size.height;
    if (inside) (runs[runs.length - 1] as [number, number][]).push(p);
    else if ((runs[runs.length - 1] as [number, number][]).length > 0) runs.push([]);
  }
  return runs.filter((run) => run.length > 1);
}

/**
 * Every drawn leg: one line per leg in its first traveller's colour,
 * styled by status.
 */
export function drawLegs(journey: Journey, projection: GeoProjection, size: Size, active: ReadonlySet<string>): DrawnLeg[] {
  const path = pathOf(projection);
  const legs: DrawnLeg[] = [];
  for (const { leg, line } of journey.legs) {
    if (!line) continue;
    const d = path(line) ?? '';
    if (!d) continue;
    const style = lineStyleFor(leg.properties.status);
    const first = leg.properties.travellers[0];
    legs.push({
      id: leg.id,
      d,
      color: (first && journey.travellers.get(first)?.color) ?? '#555555',
      style,
      active: active.has(leg.id),
      marks: style === 'struck' ? projectedRuns(line.geometry.coordinates, projection, size).map((run) => crossMarks(run)).join('') : '',
    });
  }
  return legs;
}

/** The area a place may be in, as the scene has it, for d3-geo: its outline, or the circle of an approximate point. */
function areaOf(place: PlaceFeature): Geometry | undefined {
  const area = placeArea(place);
  if (!area) return undefined;
  if (area.kind === 'outline') return windForD3(area.polygon);
  return geoCircle()
    .center([area.center[0], area.center[1]])
    .radius((area.radiusMeters / EARTH_RADIUS_M) * (180 / Math.PI))();
}

/**
 * Every place with a position: a dot, or a dashed ring when only its region
 * is known (never a precise dot), with its outline or uncertainty circle.
 */
export function drawPlaces(journey: Journey, projection: GeoProjection): DrawnPlace[] {
  const path = pathOf(projection);
  const places: DrawnPlace[] = [];
  for (const place of journey.places.values()) {
    const anchor = placeAnchor(place);
    const xy = anchor && projection(anchor as [number, number]);
    if (!xy) continue;
    const area = areaOf(place);
    // An area smaller than a pixel or two would only blur the dot: leave it out.
    const [[x0, y0], [x1, y1]] = area ? path.bounds(area) : [[0, 0], [0, 0]];
    const visible = area && Math.max(x1 - x0, y1 - y0) >= MIN_AREA_PX;
    places.push({
      id: place.id,
      name: shortPlaceName(place),
      x: r(xy[0]),
      y: r(xy[1]),
      marker: place.properties.precision === 'region' ? 'ring' : 'dot',
      area: visible ? (path(area) ?? '') : '',
    });
  }
  return places;
}

/** The current step's place, when it has a position inside the drawing. */
export function currentPlace(step: StoryEvent | undefined, places: readonly DrawnPlace[], size: Size): DrawnPlace | undefined {
  const place = step && places.find((p) => p.id === step.place.id);
  if (!place || place.x < 0 || place.x > size.width || place.y < 0 || place.y > size.height) return undefined;
  return place;
}

/**
 * The land as one SVG path. Points closer than a fraction of a pixel to the
 * last one kept are dropped after projection, which shrinks the world's
 * outlines several times over without a visible change.
 */
export function drawLand(land: readonly LandShape[], projection: GeoProjection): string {
  if (land.length === 0) return '';
  const path = geoPath(decimated(projection, LAND_TOLERANCE_PX)).digits(1);
  return path({ type: 'GeometryCollection', geometries: land.map((shape) => shape.geometry) }) ?? '';
}

/** A projection whose output skips points within `tolerance` pixels of the previous one in each line or ring. */
function decimated(projection: GeoProjection, tolerance: number): GeoStreamWrapper {
  return {
    stream(output) {
      let kept = 0;
      let lastX = 0;
      let lastY = 0;
      return projection.stream({
        point(x, y) {
          if (kept > 0 && Math.abs(x - lastX) < tolerance && Math.abs(y - lastY) < tolerance) return;
          kept++;
          lastX = x;
          lastY = y;
          output.point(x, y);
        },
        lineStart() {
          kept = 0;
          output.lineStart();
        },
        lineEnd: () => output.lineEnd(),
        polygonStart: () => output.polygonStart(),
        polygonEnd: () => output.polygonEnd(),
        sphere: () => output.sphere?.(),
      });
    },
  };
}

/**
 * Where a box lies in the drawing, at least `min` pixels on each side, to
 * show on the overview which area the detail view enlarges.
 */
export function boxRect([w, s, e, n]: BBox, projection: GeoProjection, min = 12): Rect | undefined {
  const corners = [
    projection([w, s]),
    projection([e, n]),
    projection([w, n]),
    projection([e, s]),
  ].filter((c): c is [number, number] => c !== null);
  if (corners.length < 4) return undefined;
  const xs = corners.map((c) => c[0]);
  const ys = corners.map((c) => c[1]);
  const cx = (Math.min(...xs) + Math.max(...xs)) / 2;
  const cy = (Math.min(...ys) + Math.max(...ys)) / 2;
  const width = Math.max(Math.max(...xs) - Math.min(...xs), min);
  const height = Math.max(Math.max(...ys) - Math.min(...ys), min);
  return { x: r(cx - width / 2), y: r(cy - height / 2), width: r(width), height: r(height) };
}
