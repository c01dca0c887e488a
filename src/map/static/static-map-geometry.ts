/**
 * The geometry behind `<static-map>`: which projection shows a box, how it is
 * fitted to the drawing, whether a step needs a detail view, and the land
 * outlines as loaded. Pure: d3-geo only, no DOM, no network.
 *
 * d3-geo draws on the sphere, so a polygon's winding decides which side is
 * inside (clockwise, the opposite of RFC 7946). Files wound either way are
 * put right here before they are drawn; see `windForD3`.
 */
import { geoArea, geoBounds, geoMercator, geoNaturalEarth1, type GeoProjection } from 'd3-geo';
import type { Feature, MultiPoint, MultiPolygon, Polygon, Position } from 'geojson';
import type { BBox } from '../../journey/geometry.ts';
import type { Journey } from '../../journey/model.ts';

/** A drawing's size in CSS pixels (the SVG's viewBox). */
export interface Size {
  readonly width: number;
  readonly height: number;
}

/** One country's outline, wound for d3-geo, with its box for quick culling. */
export interface LandShape {
  readonly geometry: Polygon | MultiPolygon;
  readonly bbox: BBox;
}

const KM_PER_DEGREE = 111.32;
/** Boxes wider or taller than this are drawn on a world projection; smaller ones on Mercator, like the interactive map. */
const LOCAL_SPAN_KM = 1500;
/** A step gets a detail view when its frame is at most this fraction of the whole journey's span. */
export const DETAIL_RATIO = 0.15;

/**
 * The larger side of a box in kilometres, measured at its middle latitude.
 *
 * @example spanKm([37.6, 55.75, 37.63, 55.76]) // about 1.9
 */
export function spanKm([w, s, e, n]: BBox): number {
  const midLat = ((s + n) / 2) * (Math.PI / 180);
  return Math.max((e - w) * KM_PER_DEGREE * Math.cos(midLat), (n - s) * KM_PER_DEGREE);
}

/**
 * The smallest box around some positions, the short way round the globe:
 * points on both sides of the antimeridian give a box whose east edge is
 * past 180° (170° to 190°), not one spanning the world.
 *
 * @example boxAround([[170, 10], [-170, 12]]) // [170, 10, 190, 12]
 */
export function boxAround(positions: readonly Position[]): BBox | undefined {
  if (positions.length === 0) return undefined;
  const [[w, s], [e, n]] = geoBounds({ type: 'MultiPoint', coordinates: positions as Position[] });
  return [w, s, e < w ? e + 360 : e, n];
}

/**
 * The box around everything the journey draws: its legs' lines and its
 * places' points and outlines. Undefined when nothing has a position.
 */
export function journeyBox(journey: Journey): BBox | undefined {
  const positions: Position[] = [];
  // Position by position: a polygon may have 100 rings of 10,000, too many to spread into one push (issue 15).
  for (const { line } of journey.legs) if (line) for (const p of line.geometry.coordinates) positions.push(p);
  for (const place of journey.places.values()) {
    const g = place.geometry;
    if (g?.type === 'Point') positions.push(g.coordinates);
    else if (g?.type === 'Polygon') for (const ring of g.coordinates) for (const p of ring) positions.push(p);
  }
  return boxAround(positions);
}

/**
 * Points along the edges of a box (`perEdge` per side), to fit a projection
 * to it: corners alone miss the bulge of curved meridians and parallels.
 */
export function boxPoints([w, s, e, n]: BBox, perEdge = 8): MultiPoint {
  const coordinates: Position[] = [];
  for (let i = 0; i <= perEdge; i++) {
    const t = i / perEdge;
    const x = w + (e - w) * t;
    const y = s + (n - s) * t;
    coordinates.push([x, s], [x, n], [w, y], [e, y]);
  }
  return { type: 'MultiPoint', coordinates };
}

/**
 * An unfitted projection that suits a box: Natural Earth for continents and
 * oceans, Mercator (as on the interactive map, true to shape) for a city or
 * a region.
 */
export function projectionFor(box: BBox): GeoProjection {
  // Centred on the box's longitude, so a box across the antimeridian stays in one piece.
  const rotation: [number, number] = [-(box[0] + box[2]) / 2, 0];
  return (spanKm(box) <= LOCAL_SPAN_KM ? geoMercator() : geoNaturalEarth1()).rotate(rotation);
}

/**
 * A projection that shows `box` inside `size` with `padding` pixels around
 * it, clipped to the drawing so off-screen land costs nothing.
 *
 * @example fitBox([-80, 25, 38, 56], { width: 640, height: 400 }, 32)([37.26, 55.59]) // Vnukovo, in pixels
 */
export function fitBox(box: BBox, size: Size, padding: number): GeoProjection {
  const pad = Math.max(0, Math.min(padding, size.width / 3, size.height / 3));
  const projection = projectionFor(box).fitExtent(
    [
      [pad, pad],
      [size.width - pad, size.height - pad],
    ],
    boxPoints(box),
  );
  return projection.clipExtent([
    [0, 0],
    [size.width, size.height],
  ]);
}

const contains = ([w, s, e, n]: BBox, [x, y]: Position) => (x as number) >= w && (x as number) <= e && (y as number) >= s && (y as number) <= n;

/**
 * Whether a step's frame is small enough, next to the whole journey, to need
 * its own detail view (the walk in central Moscow on a map from Florida to
 * Moscow), and holds at least two places to tell apart there.
 *
 * @param anchors Where the journey's places are drawn.
 * @example needsDetail(journey.bounds, step.frame, anchors) // true for the walk across Red Square
 */
export function needsDetail(whole: BBox, frame: BBox, anchors: readonly Position[], ratio = DETAIL_RATIO): boolean {
  if (!(spanKm(frame) <= spanKm(whole) * ratio)) return false;
  return anchors.filter((a) => contains(frame, a)).length >= 2;
}

/**
 * The same outline wound the way d3-geo reads it: a polygon whose area
 * comes out larger than a hemisphere was wound the other way (RFC 7946
 * order), so its rings are reversed. Returns a new geometry.
 */
export function windForD3<G extends Polygon | MultiPolygon>(geometry: G): G {
  const reverse = (rings: Position[][]) => rings.map((ring) => [...ring].reverse());
  if (geometry.type === 'Polygon') {
    const polygon = geometry as Polygon;
    return (geoArea(polygon) > 2 * Math.PI ? { ...polygon, coordinates: reverse(polygon.coordinates) } : polygon) as G;
  }
  const multi = geometry as MultiPolygon;
  const coordinates = multi.coordinates.map((rings) => (geoArea({ type: 'Polygon', coordinates: rings }) > 2 * Math.PI ? reverse(rings) : rings));
  return { ...multi, coordinates } as G;
}

function ringsBBox(rings: readonly Position[][]): BBox {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of rings) {
    for (const [x, y] of ring as [number, number][]) {
      if (x < w) w = x;
      if (x > e) e = x;
      if (y < s) s = y;
      if (y > n) n = y;
    }
  }
  return [w, s, e, n];
}

const isPosition = (p: unknown): p is Position => Array.isArray(p) && p.length >= 2 && Number.isFinite(p[0]) && Number.isFinite(p[1]);
const isRings = (r: unknown): r is Position[][] => Array.isArray(r) && r.every((ring) => Array.isArray(ring) && ring.length >= 4 && ring.every(isPosition));

/**
 * The land outlines in a countries GeoJSON (the basemap's
 * `countries.geojson`): its Polygon and MultiPolygon features, wound for
 * d3-geo. Anything else in the file is skipped.
 *
 * @throws When the text is not a GeoJSON FeatureCollection.
 */
export function parseLand(json: unknown): LandShape[] {
  const features = (json as { type?: unknown; features?: unknown } | null)?.features;
  if ((json as { type?: unknown } | null)?.type !== 'FeatureCollection' || !Array.isArray(features)) {
    throw new Error('The countries file is not a GeoJSON FeatureCollection');
  }
  const shapes: LandShape[] = [];
  for (const feature of features as Feature[]) {
    const g = feature?.geometry;
    if (g?.type === 'Polygon' && isRings(g.coordinates)) {
      shapes.push({ geometry: windForD3(g), bbox: ringsBBox(g.coordinates) });
    } else if (g?.type === 'MultiPolygon' && Array.isArray(g.coordinates) && g.coordinates.every(isRings)) {
      shapes.push({ geometry: windForD3(g), bbox: ringsBBox(g.coordinates.flat()) });
    }
  }
  return shapes;
}

/**
 * The shapes whose boxes meet `box` (also across the antimeridian), so a
 * detail view projects a handful of countries, not the world.
 */
export function landWithin(land: readonly LandShape[], box: BBox): LandShape[] {
  const [w, s, e, n] = box;
  const meets = ([a, b, c, d]: BBox, shift: number) => a <= e + shift && c >= w + shift && b <= n && d >= s;
  return land.filter((shape) => meets(shape.bbox, 0) || meets(shape.bbox, 360) || meets(shape.bbox, -360));
}

/** The drawing sizes for a host this wide: the overview, and the detail view below it. */
export function layoutFor(width: number): { overview: Size; detail: Size } {
  const w = Math.max(200, Math.round(width));
  return {
    overview: { width: w, height: Math.min(Math.round(w * (w < 480 ? 0.75 : 0.6)), 560) },
    detail: { width: w, height: Math.max(Math.min(Math.round(w * 0.5), 360), 200) },
  };
}

/**
 * The geographic box a fitted projection shows in `size`, from points along
 * the drawing's edges; undefined when the projection can't invert them.
 */
export function visibleBox(projection: GeoProjection, size: Size, perEdge = 8): BBox | undefined {
  if (!projection.invert) return undefined;
  const { width, height } = size;
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i <= perEdge; i++) {
    const t = i / perEdge;
    for (const p of [
      [width * t, 0],
      [width * t, height],
      [0, height * t],
      [width, height * t],
    ] as [number, number][]) {
      const geo = projection.invert(p);
      if (!geo || !Number.isFinite(geo[0]) || !Number.isFinite(geo[1])) return undefined;
      w = Math.min(w, geo[0]);
      e = Math.max(e, geo[0]);
      s = Math.min(s, geo[1]);
      n = Math.max(n, geo[1]);
    }
  }
  return [w, s, e, n];
}
