/**
 * The camera: where the map looks for a step, by rules that hold for every
 * journey (issue 12).
 *
 * - What the view must hold (the step's place and legs, the whole journey for
 *   the overview) lies inside the part of the map the reader can see: not
 *   under the panel, the inset or the controls (`Viewport.covered`).
 * - The step's own place sits at least 10% from each edge of that part, with
 *   room for its label on its right.
 * - The zoom never goes past the detail the basemap has there
 *   (`BasemapDetail`), and a place is always shown with the context its
 *   precision calls for: a city among its neighbours, never as 3 km of
 *   empty land; an approximate place's circle never fills the view.
 * - A journey across the antimeridian is framed the short way round, and no
 *   view is wider than the world.
 *
 * Pure: Web Mercator arithmetic on numbers, no MapLibre. The adapter turns a
 * `Camera` into `jumpTo`/`flyTo`.
 */
import type { Position } from 'geojson';
import type { BBox } from '../journey/geometry.ts';

/** How much of each side of the map is hidden under something drawn over it, in CSS pixels. */
export interface Insets {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

export const NO_INSETS: Insets = { top: 0, right: 0, bottom: 0, left: 0 };

/** The map's size, and how much of it is covered. */
export interface Viewport {
  readonly width: number;
  readonly height: number;
  readonly covered: Insets;
}

/** Where a basemap has detail, and to which zoom. */
export interface BasemapDetail {
  /** The zoom the basemap has detail to everywhere. */
  readonly maxZoom: number;
  /** Areas with more detail (a city schematic): a view wholly inside one may zoom to its `maxZoom`. */
  readonly areas: readonly { readonly bounds: BBox; readonly maxZoom: number }[];
}

export type Precision = 'exact' | 'building' | 'approximate' | 'city' | 'region';

/** What a view must show. */
export interface Focus {
  /** The step's own place, which gets the stricter margins and its context. */
  readonly place?: {
    readonly point: Position;
    readonly precision: Precision;
    readonly radiusMeters?: number;
    /** How far the journey's nearest other stop is, in metres: the region shown stays small enough that the two markers don't merge. */
    readonly nearestStopMeters?: number;
  };
  /** Everything else the view must hold: the step's legs, an area's outline, every stop of the overview. */
  readonly points: readonly Position[];
  /** The view the step's editor chose (`event.view`): it replaces the framing, its zoom still kept within the basemap's detail. */
  readonly view?: Camera;
}

export interface CameraOptions {
  /** Room the place's label takes to its right, in pixels. */
  readonly labelWidth?: number;
  /** The map's own zoom limit. */
  readonly maxZoom?: number;
}

/** Where the map looks: its centre (longitude in [-180, 180)) and zoom (MapLibre's, 512 px tiles). */
export interface Camera {
  readonly center: [number, number];
  readonly zoom: number;
}

/** The share of the visible map's width and height kept clear between the step's place and each edge. */
export const PLACE_MARGIN = 0.1;
/** The gap kept between anything else in view and the edge, in pixels: a stop marker (about 28 px across) whole, with some air. */
const EDGE_GAP = 32;
const TILE = 512;
const MAX_LAT = 85.0511;
const EARTH_CIRCUMFERENCE_M = 40_075_016.686;
const METRES_PER_DEGREE = 111_320;

/**
 * How far around a place, in metres, the view shows at least, by how precisely
 * the place is known: enough to see where it is, and never more precise than
 * it is known. An approximate place's circle takes at most half the view.
 */
export function contextMetres(precision: Precision, radiusMeters = 0): number {
  switch (precision) {
    case 'exact':
    case 'building':
      return 150;
    case 'approximate':
      return Math.max(2 * radiusMeters, 300);
    case 'city':
      return 150_000;
    case 'region':
      return 400_000;
  }
}

/**
 * Where the basemap has only country-scale detail (Natural Earth and the big
 * cities, to zoom 7), how far around a place the view shows at least: its
 * region, with the neighbouring cities and country names that tell where it
 * is, not a border or two round its marker (Geneva at 30 km: no lake, no name).
 */
export const REGION_CONTEXT_M = 250_000;
/** The zoom from which a basemap has streets: below it, a place is shown in its region. */
const STREET_ZOOM = 10;
/** Pixels kept between the place and the journey's nearest other stop when the view widens to the region: more than a marker's 44 px target. */
const STOPS_APART_PX = 64;

/** How far around a place the view shows: what its precision calls for; its region where the basemap has no streets, but not so wide that the nearest other stop merges with it. */
function placeContextMetres(place: NonNullable<Focus['place']>, detail: BasemapDetail, side: number): number {
  const own = contextMetres(place.precision, place.radiusMeters);
  const [lon, lat] = place.point as [number, number];
  if (detailZoom(detail, [lon, lat, lon, lat]) >= STREET_ZOOM) return own;
  // The view holds twice the context across its smaller side: this context puts the nearest stop STOPS_APART_PX away.
  const apart = place.nearestStopMeters === undefined ? Infinity : (place.nearestStopMeters * side) / (2 * STOPS_APART_PX);
  return Math.max(own, Math.min(REGION_CONTEXT_M, apart));
}

/**
 * The detail a basemap declares in its style's metadata, under
 * `diplomatic-journey:detail` (`{ "maxzoom": 7, "areas": [{ "bounds": [w, s, e, n], "maxzoom": 16 }] }`);
 * without it, the highest `maxzoom` of its tiled sources (a tiled source has
 * data to there), or `fallback`.
 *
 * @example detailOf(style).maxZoom // 7 for the embedded Natural Earth basemap
 */
export function detailOf(style: { metadata?: unknown; sources?: Record<string, unknown> } | undefined, fallback = 18): BasemapDetail {
  const declared = (style?.metadata as Record<string, unknown> | undefined)?.['diplomatic-journey:detail'] as
    | { maxzoom?: unknown; areas?: unknown }
    | undefined;
  if (declared && typeof declared.maxzoom === 'number') {
    const areas = Array.isArray(declared.areas)
      ? declared.areas.flatMap((a: { bounds?: unknown; maxzoom?: unknown }) =>
          Array.isArray(a?.bounds) && a.bounds.length === 4 && a.bounds.every((n) => typeof n === 'number') && typeof a.maxzoom === 'number'
            ? [{ bounds: a.bounds as BBox, maxZoom: a.maxzoom }]
            : [],
        )
      : [];
    return { maxZoom: declared.maxzoom, areas };
  }
  let maxZoom = -Infinity;
  for (const source of Object.values(style?.sources ?? {})) {
    const s = source as { type?: string; maxzoom?: unknown };
    if ((s.type === 'vector' || s.type === 'raster' || s.type === 'raster-dem') && typeof s.maxzoom === 'number') maxZoom = Math.max(maxZoom, s.maxzoom);
  }
  return { maxZoom: Number.isFinite(maxZoom) ? maxZoom : fallback, areas: [] };
}

/**
 * The camera for a focus in a viewport: the highest zoom, within the
 * basemap's detail and the place's context, at which everything in the focus
 * lies in the visible part of the map and the place keeps its margins.
 *
 * @example
 * cameraFor({ place: { point: [30.52, 50.45], precision: 'city' }, points: [] }, { width: 860, height: 620, covered: NO_INSETS }, { maxZoom: 7, areas: [] })
 * // { center: [30.52…, 50.45…], zoom: ≤ 7 }: Kyiv among its neighbours
 */
export function cameraFor(focus: Focus, viewport: Viewport, detail: BasemapDetail, options: CameraOptions = {}): Camera {
  if (focus.view) return chosenView(focus.view, viewport, detail, options.maxZoom ?? 22, focus.place?.point);
  const place = focus.place;
  const side = Math.min(viewport.width - viewport.covered.left - viewport.covered.right, viewport.height - viewport.covered.top - viewport.covered.bottom);
  const context = place ? contextPoints(place.point, placeContextMetres(place, detail, Math.max(side, 1))) : [];
  const all = [...(place ? [place.point] : []), ...context, ...focus.points];
  if (all.length === 0) return { center: [0, 20], zoom: 0 };
  const lons = shortestArc(all.map((p) => p[0] as number));
  const world = all.map((p, i) => [mercatorX(lons[i] as number), mercatorY(p[1] as number)] as const);
  // A loop, not Math.min(...xs): spreading 10,000 events' points into one call overflows the stack (issue 19).
  const box = { minX: Infinity, maxX: -Infinity, minY: Infinity, maxY: -Infinity };
  for (const [x, y] of world) {
    if (x < box.minX) box.minX = x;
    if (x > box.maxX) box.maxX = x;
    if (y < box.minY) box.minY = y;
    if (y > box.maxY) box.maxY = y;
  }
  const placeAt = place ? world[0] : undefined;

  const { width, height } = viewport;
  const covered = atMost(viewport.covered, width, height);
  const w = width - covered.left - covered.right;
  const h = height - covered.top - covered.bottom;
  const margins = {
    left: PLACE_MARGIN * w,
    // Room for the label, but never more than half the view: on a narrow map the label goes on the other side.
    right: Math.min(Math.max(PLACE_MARGIN * w, (options.labelWidth ?? 0) + 16), w / 2),
    top: PLACE_MARGIN * h,
    bottom: PLACE_MARGIN * h,
  };
  const gap = Math.min(EDGE_GAP, w / 8, h / 8);

  // No view wider than the world: at the lowest zoom the world just fills the visible width.
  const minZoom = Math.max(0, Math.log2(w / TILE));
  const boxLonLat: BBox = [...unproject([box.minX, box.maxY]), ...unproject([box.maxX, box.minY])] as BBox;
  const cap = Math.min(options.maxZoom ?? 22, detailZoom(detail, boxLonLat));

  // The allowed range of the visible centre (zoom-0 world pixels) along one axis at a scale.
  const range = (scale: number, lo: number, hi: number, size: number, at: number | undefined, mLo: number, mHi: number) => {
    let min = hi - (size / 2 - gap) / scale;
    let max = lo + (size / 2 - gap) / scale;
    if (at !== undefined) {
      min = Math.max(min, at - (size / 2 - mHi) / scale);
      max = Math.min(max, at + (size / 2 - mLo) / scale);
    }
    return [min, max] as const;
  };
  const fits = (zoom: number) => {
    const scale = 2 ** zoom;
    const [x0, x1] = range(scale, box.minX, box.maxX, w, placeAt?.[0], margins.left, margins.right);
    const [y0, y1] = range(scale, box.minY, box.maxY, h, placeAt?.[1], margins.top, margins.bottom);
    return x0 <= x1 + 1e-12 && y0 <= y1 + 1e-12 ? { x: [x0, x1] as const, y: [y0, y1] as const } : undefined;
  };

  let zoom = Math.max(minZoom, cap);
  if (!fits(minZoom)) {
    // Nothing fits (a journey round the world): the whole width of the world, centred on the focus.
    const [lon, lat] = unproject([(box.minX + box.maxX) / 2, (box.minY + box.maxY) / 2]);
    return { center: [normalizeLon(lon), lat], zoom: round(minZoom) };
  }
  if (!fits(zoom)) {
    let lo = minZoom;
    let hi = zoom;
    for (let i = 0; i < 40; i++) {
      const mid = (lo + hi) / 2;
      if (fits(mid)) lo = mid;
      else hi = mid;
    }
    zoom = lo;
  }
  const scale = 2 ** zoom;
  const ranges = fits(zoom);
  const clamp = (v: number, [a, b]: readonly [number, number]) => (a > b ? (a + b) / 2 : Math.min(Math.max(v, a), b));
  const vx = ranges ? clamp((box.minX + box.maxX) / 2, ranges.x) : (box.minX + box.maxX) / 2;
  const vy = ranges ? clamp((box.minY + box.maxY) / 2, ranges.y) : (box.minY + box.maxY) / 2;
  // The canvas centre, from the visible part's centre.
  const cx = vx + (width / 2 - (covered.left + w / 2)) / scale;
  const cy = vy + (height / 2 - (covered.top + h / 2)) / scale;
  const [lon, lat] = unproject([cx, cy]);
  return { center: [normalizeLon(lon), lat], zoom: round(zoom) };
}

/**
 * A chosen view, as the reader sees it: its centre in the middle of the
 * visible part of the map, its zoom no closer than the basemap's detail
 * over all that is in view (so it is never blank), nor so close that the
 * step's place leaves the visible part's inner 80%.
 */
function chosenView({ center: [lon, lat], zoom: wanted }: Camera, viewport: Viewport, detail: BasemapDetail, maxZoom: number, place?: Position): Camera {
  const { width, height } = viewport;
  const covered = atMost(viewport.covered, width, height);
  const x = mercatorX(lon);
  const y = mercatorY(lat);
  let zoom = Math.min(wanted, maxZoom);
  if (place) {
    const [alon, plon] = shortestArc([lon, place[0] as number]) as [number, number];
    const room = (size: number, d: number) => Math.log2(((0.5 - PLACE_MARGIN) * size) / Math.max(Math.abs(d), 1e-12));
    zoom = Math.max(0, Math.min(zoom, room(width - covered.left - covered.right, mercatorX(plon) - mercatorX(alon)), room(height - covered.top - covered.bottom, mercatorY(place[1] as number) - y)));
  }
  // Lower zooms show more, which may leave a detailed area: at most one step per area.
  for (let i = 0; i <= detail.areas.length; i++) {
    const scale = 2 ** zoom;
    const [w, n] = unproject([x - width / 2 / scale, y - height / 2 / scale]);
    const [e, s] = unproject([x + width / 2 / scale, y + height / 2 / scale]);
    const cap = detailZoom(detail, [w, s, e, n]);
    if (zoom <= cap) break;
    zoom = cap;
  }
  const scale = 2 ** zoom;
  const cx = x + (width / 2 - (covered.left + (width - covered.left - covered.right) / 2)) / scale;
  const cy = y + (height / 2 - (covered.top + (height - covered.top - covered.bottom) / 2)) / scale;
  const [clon, clat] = unproject([cx, cy]);
  return { center: [normalizeLon(clon), clat], zoom: round(zoom) };
}

/**
 * What is covered, shrunk where it would leave less than 40% of the map's
 * width or height to frame in: a sheet pulled up over most of the map
 * leaves the camera a strip to work with, not nothing.
 */
function atMost(covered: Insets, width: number, height: number): Insets {
  const fit = (a: number, b: number, size: number) => {
    const room = Math.max(1, 0.4 * size);
    const over = a + b - (size - room);
    if (over <= 0) return [a, b] as const;
    const k = (size - room) / Math.max(a + b, 1e-9);
    return [a * k, b * k] as const;
  };
  const [left, right] = fit(covered.left, covered.right, width);
  const [top, bottom] = fit(covered.top, covered.bottom, height);
  return { top, right, bottom, left };
}

/**
 * How long a camera move takes, in ms: longer the farther it goes (by ground
 * distance and change of scale), from a short glide between neighbouring
 * stops to at most 3.5 s across the world.
 *
 * @example flightDuration({ center: [37.6, 55.75], zoom: 15 }, { center: [37.62, 55.75], zoom: 15 }) // ≈ 800
 */
export function flightDuration(from: Camera, to: Camera): number {
  const km = greatCircleKm(from.center, to.center);
  const dz = Math.abs(from.zoom - to.zoom);
  return Math.round(Math.min(3500, Math.max(800, 600 + 260 * Math.log2(1 + km / 5) + 90 * dz)));
}

/**
 * The zoom the basemap has detail to over a box: the highest of the areas
 * that hold the whole box, else the basemap's own.
 */
export function detailZoom(detail: BasemapDetail, box: BBox): number {
  let zoom = detail.maxZoom;
  for (const area of detail.areas) {
    const [w, s, e, n] = area.bounds;
    if (box[0] >= w && box[2] <= e && box[1] >= s && box[3] <= n) zoom = Math.max(zoom, area.maxZoom);
  }
  return zoom;
}

/**
 * Longitudes moved by whole turns so that they lie on the shortest arc that
 * holds them all: a set either side of ±180° becomes, say, 170…190.
 *
 * @example shortestArc([170, -175]) // [170, 185]
 */
export function shortestArc(lons: readonly number[]): number[] {
  if (lons.length === 0) return [];
  const norm = lons.map((l) => ((((l + 180) % 360) + 360) % 360) - 180);
  const sorted = [...new Set(norm)].sort((a, b) => a - b);
  // The arc starts after the widest gap between neighbouring longitudes (the gap across ±180° included).
  let start = sorted[0] as number;
  let widest = (sorted[0] as number) + 360 - (sorted[sorted.length - 1] as number);
  for (let i = 1; i < sorted.length; i++) {
    const gap = (sorted[i] as number) - (sorted[i - 1] as number);
    if (gap > widest) {
      widest = gap;
      start = sorted[i] as number;
    }
  }
  return norm.map((l) => (l < start ? l + 360 : l));
}

/** Four points a distance around a point (north, south, east, west), so that a view holding them shows that much around it. */
function contextPoints([lon, lat]: Position, metres: number): Position[] {
  const dLat = metres / METRES_PER_DEGREE;
  const dLon = metres / (METRES_PER_DEGREE * Math.max(Math.cos(((lat as number) * Math.PI) / 180), 0.01));
  const l = lon as number;
  const p = lat as number;
  return [
    [l, Math.min(p + dLat, MAX_LAT)],
    [l, Math.max(p - dLat, -MAX_LAT)],
    [l + dLon, p],
    [l - dLon, p],
  ];
}

/** Zoom-0 world x of a longitude (any, unwrapped). */
export function mercatorX(lon: number): number {
  return ((lon + 180) / 360) * TILE;
}

/** Zoom-0 world y of a latitude. */
export function mercatorY(lat: number): number {
  const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
  return ((1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2) * TILE;
}

/** Longitude and latitude of a zoom-0 world point. */
export function unproject([x, y]: readonly [number, number]): [number, number] {
  const lon = (x / TILE) * 360 - 180;
  const n = Math.PI - (2 * Math.PI * y) / TILE;
  return [lon, (Math.atan(Math.sinh(n)) * 180) / Math.PI];
}

/** Metres per CSS pixel at a zoom and latitude. */
export function metresPerPixel(zoom: number, lat: number): number {
  return (EARTH_CIRCUMFERENCE_M * Math.cos((lat * Math.PI) / 180)) / (TILE * 2 ** zoom);
}

function normalizeLon(lon: number): number {
  return ((((lon + 180) % 360) + 360) % 360) - 180;
}

/** The distance between two points along the Earth's surface, in km. */
export function greatCircleKm([lon1, lat1]: readonly [number, number], [lon2, lat2]: readonly [number, number]): number {
  const r = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 12_742 * Math.asin(Math.min(1, Math.sqrt(a)));
}

const round = (z: number) => Math.floor(z * 1000) / 1000;

/**
 * Where a point falls on the map, in CSS pixels from its top left, for a
 * camera: the inverse of what `cameraFor` arranges, used to check it.
 *
 * @example screenPoint(camera, { width: 800, height: 600, covered: NO_INSETS }, camera.center) // [400, 300]
 */
export function screenPoint(camera: Camera, viewport: Pick<Viewport, 'width' | 'height'>, [lon, lat]: Position): [number, number] {
  const scale = 2 ** camera.zoom;
  const [clon] = shortestArc([camera.center[0], lon as number]);
  const [, plon] = shortestArc([clon as number, lon as number]);
  const x = (mercatorX(plon as number) - mercatorX(clon as number)) * scale + viewport.width / 2;
  const y = (mercatorY(lat as number) - mercatorY(camera.center[1])) * scale + viewport.height / 2;
  return [x, y];
}

/** A box on the map, in CSS pixels from its top left. */
export interface PixelRect {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/**
 * How much of each side of a map its overlays hide: each overlay (the inset,
 * a control, the key) in a corner is taken off the side that costs the
 * least of the map's area, so the camera keeps the focus clear of it.
 *
 * @param rects Each overlay's box, relative to the map.
 * @param base What is already covered (a bottom sheet).
 * @example coveredBy(860, 620, [{ left: 10, top: 10, right: 142, bottom: 110 }]) // { left: 150, … }: a corner inset costs a strip on the left
 */
export function coveredBy(width: number, height: number, rects: readonly PixelRect[], base: Insets = NO_INSETS, gap = 8): Insets {
  const out = { ...base };
  for (const r of rects) {
    if (r.right <= 0 || r.bottom <= 0 || r.left >= width || r.top >= height || r.right - r.left <= 0 || r.bottom - r.top <= 0) continue;
    const cuts = [
      ['top', Math.max(0, r.bottom + gap), width],
      ['bottom', Math.max(0, height - r.top + gap), width],
      ['left', Math.max(0, r.right + gap), height],
      ['right', Math.max(0, width - r.left + gap), height],
    ] as const;
    const [side, cut] = cuts.reduce((best, c) => (c[1] * c[2] < best[1] * best[2] ? c : best));
    out[side] = Math.max(out[side], cut);
  }
  return out;
}
