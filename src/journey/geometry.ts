/**
 * Geometry derived from a journey: where a place is anchored, the line a leg
 * follows when the file gives none, and the box a step's camera frames.
 * Pure functions on GeoJSON; no DOM, no map.
 */
import { bbox, distance, length, lineSliceAlong, lineString } from '@turf/turf';
import type { Feature, LineString, Position } from 'geojson';
import type { LegFeature, PlaceFeature } from './schema.ts';

/** [west, south, east, north] in degrees. */
export type BBox = [number, number, number, number];

const METRES_PER_DEGREE = 111_320;

/**
 * The point a place is drawn and joined at: its point, or the centre of its
 * outline's bounding box. Undefined for places with no geometry (an unnamed
 * "Europe").
 */
export function placeAnchor(place: PlaceFeature): Position | undefined {
  const geometry = place.geometry;
  if (!geometry) return undefined;
  if (geometry.type === 'Point') return geometry.coordinates;
  const [w, s, e, n] = bbox(geometry);
  return [(w + e) / 2, (s + n) / 2];
}

/**
 * Keeps longitudes continuous along a line, so a line that crosses the
 * antimeridian is drawn the short way (MapLibre accepts longitudes past ±180).
 */
function unwrap(coordinates: Position[]): Position[] {
  const out: Position[] = [];
  for (const [lon, lat] of coordinates as [number, number][]) {
    const prev = out[out.length - 1];
    let x = lon;
    if (prev) while (x - (prev[0] as number) > 180) x -= 360;
    if (prev) while (x - (prev[0] as number) < -180) x += 360;
    out.push([x, lat]);
  }
  return out;
}

/**
 * The line a leg follows: its own geometry when the file gives one (its
 * longitudes made continuous across ±180°); otherwise
 * a great circle for flights (the shortest path on the globe) and a straight
 * line for everything else. Undefined when an end has no position.
 *
 * @example legLine(flight, florida, vnukovo)?.geometry.coordinates[0] // florida's anchor
 */
export function legLine(leg: LegFeature, from: PlaceFeature, to: PlaceFeature): Feature<LineString> | undefined {
  // A line given with longitudes on both sides of ±180° is drawn the short way, as a computed one is.
  if (leg.geometry) return lineString(unwrap(leg.geometry.coordinates), { id: leg.id });
  const start = placeAnchor(from);
  const end = placeAnchor(to);
  if (!start || !end) return undefined;
  if (leg.properties.mode !== 'flight' || (start[0] === end[0] && start[1] === end[1])) {
    return lineString([start, end], { id: leg.id });
  }
  const coordinates = greatCircle(start, end, arcPoints(distance(start, end)));
  // Pin the ends to the places exactly.
  return lineString(unwrap([start, ...coordinates.slice(1, -1), end]), { id: leg.id });
}

// A great circle is drawn with a point every 50 km or so: smooth at any zoom
// a leg is seen whole at, and a short hop does not carry a long flight's 128.
const ARC_KM_PER_POINT = 50;

/** How many points draw a great circle of a length in km. */
export function arcPoints(km: number): number {
  return Math.min(128, Math.max(8, Math.ceil(km / ARC_KM_PER_POINT)));
}

const RAD = Math.PI / 180;

/**
 * `n` points (n ≥ 2) along the great circle from `a` to `b`, ends included,
 * by spherical interpolation of the two positions as unit vectors (the
 * formula of Turf's greatCircle, without its 4 kB dependency). Longitudes may
 * jump at the antimeridian; `unwrap` makes them continuous. For two antipodal
 * places, whose great circle is not unique, the straight line.
 */
export function greatCircle(a: Position, b: Position, n: number): Position[] {
  const toVector = ([lon, lat]: Position) => {
    const [l, p] = [(lon as number) * RAD, (lat as number) * RAD];
    return [Math.cos(p) * Math.cos(l), Math.cos(p) * Math.sin(l), Math.sin(p)] as const;
  };
  const u = toVector(a);
  const v = toVector(b);
  const angle = Math.acos(Math.min(1, Math.max(-1, u[0] * v[0] + u[1] * v[1] + u[2] * v[2])));
  const sin = Math.sin(angle);
  if (sin < 1e-9) return [a, b];
  return Array.from({ length: n }, (_, i) => {
    const f = i / (n - 1);
    const [p, q] = [Math.sin((1 - f) * angle) / sin, Math.sin(f * angle) / sin];
    const [x, y, z] = [p * u[0] + q * v[0], p * u[1] + q * v[1], p * u[2] + q * v[2]];
    return [Math.atan2(y, x) / RAD, Math.atan2(z, Math.hypot(x, y)) / RAD];
  });
}

/** Grows a box by a distance in metres on every side. */
export function padBBox(box: BBox, metres: number): BBox {
  const [w, s, e, n] = box;
  const midLat = ((s + n) / 2) * (Math.PI / 180);
  const dLat = metres / METRES_PER_DEGREE;
  const dLon = metres / (METRES_PER_DEGREE * Math.max(Math.cos(midLat), 0.01));
  return [w - dLon, Math.max(s - dLat, -85), e + dLon, Math.min(n + dLat, 85)];
}

/** The smallest box holding all the given boxes. */
export function unionBBox(boxes: readonly BBox[]): BBox | undefined {
  if (boxes.length === 0) return undefined;
  return boxes.reduce<BBox>(
    (acc, b) => [Math.min(acc[0], b[0]), Math.min(acc[1], b[1]), Math.max(acc[2], b[2]), Math.max(acc[3], b[3])],
    [Infinity, Infinity, -Infinity, -Infinity],
  );
}

/** How far around a place the camera keeps in view, by its precision. */
export function placeMargin(place: PlaceFeature): number {
  const p = place.properties;
  switch (p.precision) {
    case 'exact':
    case 'building':
      return 200;
    case 'approximate':
      return Math.max(p.radiusMeters ?? 0, 200);
    case 'city':
      return 8_000;
    case 'region':
      return 50_000;
  }
}

/** The box that frames a place, padded by its uncertainty. */
export function placeBBox(place: PlaceFeature): BBox | undefined {
  if (!place.geometry) return undefined;
  return padBBox(bbox(place.geometry) as BBox, placeMargin(place));
}

/**
 * The first part of a line, up to a fraction of its length: the part of a
 * leg already travelled.
 *
 * @example lineUpTo(line, 0.5) // the first half
 */
export function lineUpTo(line: Feature<LineString>, fraction: number): Feature<LineString> {
  if (fraction >= 1) return line;
  const km = length(line, { units: 'kilometers' }) * Math.max(fraction, 0);
  return lineSliceAlong(line, 0, Math.max(km, 1e-9), { units: 'kilometers' });
}
