/**
 * The journey's map data and layer styles, as plain data: GeoJSON built from
 * the journey model, and MapLibre layer specifications that draw it.
 *
 * Line styles carry status without relying on colour: solid for what
 * happened (confirmed, reported), dashed for what was only announced or
 * planned, faint with crosses along it for what did not happen. Colour says
 * who travelled.
 */
import type { Feature, FeatureCollection, LineString, Polygon } from 'geojson';
import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { Journey } from '../../journey/model.ts';
import { lineUpTo } from '../../journey/geometry.ts';
import { lineStyleFor, type LineStyle } from '../../journey/line-style.ts';
import { legsUnderWay, underWayKey, type LegProgress, type LegUnderWay, type SceneArea } from '../scene.ts';

export const LEGS_SOURCE = 'journey-legs';
/** The travelled part of legs in progress at the current time. */
export const TRAVELLED_SOURCE = 'journey-legs-travelled';
export const AREAS_SOURCE = 'journey-areas';
/**
 * Where the HTML markers are on screen (stop dots, their labels, traveller
 * badges), as invisible squares on the map: the basemap's labels give way
 * to them, as they do to any symbol above them, so no basemap label is
 * drawn under a marker or beside it on top of a label.
 */
export const MARKER_SPACE_SOURCE = 'journey-marker-space';
/** The invisible square, `MARKER_SPACE_CELL` pixels wide. */
export const MARKER_SPACE_IMAGE = 'journey-marker-space';
export const MARKER_SPACE_CELL = 16;

export { lineStyleFor, type LineStyle } from '../../journey/line-style.ts';

interface LegProps {
  legId: string;
  traveller: string;
  color: string;
  style: LineStyle;
  /** Pixel offset so travellers sharing a leg are drawn side by side. */
  offset: number;
}

/**
 * What changes with the story is feature state, not data, so that a step or
 * a move of the slider never re-sends the legs to MapLibre's worker:
 * - `active`: the leg belongs to the current step (drawn wider);
 * - `pending`: the leg is not yet travelled at the current time (drawn
 *   faint; under way, its travelled part is drawn on top). Unset, a leg
 *   counts as travelled, so the whole journey shows before any time is set.
 */
export interface LegFeatureState {
  active?: boolean;
  pending?: boolean;
}

export { pendingLegs, type LegProgress } from '../scene.ts';

/**
 * One line per leg and traveller, offset side by side where several
 * travellers share a leg. Each feature's id is its index, for feature state.
 */
export function legsData(journey: Journey): FeatureCollection<LineString, LegProps> {
  const features: Feature<LineString, LegProps>[] = [];
  for (const { leg, line } of journey.legs) {
    if (!line) continue;
    const travellers = leg.properties.travellers;
    travellers.forEach((travellerId, k) => {
      const traveller = journey.travellers.get(travellerId);
      features.push({
        type: 'Feature',
        id: features.length,
        geometry: line.geometry,
        properties: {
          legId: leg.id,
          traveller: travellerId,
          color: traveller?.color ?? '#555555',
          style: lineStyleFor(leg.properties.status),
          offset: (k - (travellers.length - 1) / 2) * 4,
        },
      });
    });
  }
  return { type: 'FeatureCollection', features };
}

/** The feature ids drawn for each leg, by leg id. */
export function featureIdsByLeg(data: FeatureCollection<LineString, LegProps>): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const f of data.features) {
    const ids = out.get(f.properties.legId);
    if (ids) ids.push(f.id as number);
    else out.set(f.properties.legId, [f.id as number]);
  }
  return out;
}

/**
 * The legs whose flag must change to reach `next` from `previous`: those in
 * one set and not the other.
 */
export function flagChanges(previous: ReadonlySet<string>, next: ReadonlySet<string>): { on: string[]; off: string[] } {
  return { on: [...next].filter((id) => !previous.has(id)), off: [...previous].filter((id) => !next.has(id)) };
}

/** The travelled part of each leg under way, one line per traveller, drawn solid over the faint whole. */
export function travelledData(journey: Journey, progress: LegProgress): FeatureCollection<LineString> {
  return travelledLines(journey, legsUnderWay(journey, progress));
}

/** The travelled part of the legs a scene has under way (`Scene.underWay`), one line per traveller. */
export function travelledLines(journey: Journey, underWay: readonly LegUnderWay[]): FeatureCollection<LineString> {
  const byId = new Map(journey.legs.map((l) => [l.leg.id, l]));
  const features: Feature<LineString>[] = [];
  for (const { legId, progress } of underWay) {
    const l = byId.get(legId);
    if (!l?.line) continue;
    const part = lineUpTo(l.line, progress);
    const travellers = l.leg.properties.travellers;
    travellers.forEach((id, k) => {
      features.push({
        type: 'Feature',
        geometry: part.geometry,
        properties: { color: journey.travellers.get(id)?.color ?? '#555555', offset: (k - (travellers.length - 1) / 2) * 4, width: 4.5, opacity: 1 },
      });
    });
  }
  return { type: 'FeatureCollection', features };
}

/**
 * A key for what `travelledData` would draw: the legs under way and how far
 * along each is (to 1 part in 10,000). The same key means the same lines, so
 * the source is left alone. The scene carries the same key (`Scene.underWayKey`).
 */
export function travelledKey(journey: Journey, progress: LegProgress): string {
  return underWayKey(legsUnderWay(journey, progress));
}

/**
 * The centres of the `MARKER_SPACE_CELL` squares that cover each box (in
 * screen pixels), for the marker space layer.
 *
 * @example markerSpaceCells([{ x: 0, y: 0, w: 20, h: 10 }]) // [{ x: 8, y: 5 }, { x: 12, y: 5 }]
 */
export function markerSpaceCells(boxes: readonly { x: number; y: number; w: number; h: number }[], cell = MARKER_SPACE_CELL): { x: number; y: number }[] {
  const out: { x: number; y: number }[] = [];
  const centres = (start: number, size: number) => {
    const n = Math.max(1, Math.ceil(size / cell));
    // Evenly spread, the first and last flush with the box's edges.
    return Array.from({ length: n }, (_, i) => start + cell / 2 + (n === 1 ? (size - cell) / 2 : (i * (size - cell)) / (n - 1)));
  };
  for (const b of boxes) for (const y of centres(b.y, b.h)) for (const x of centres(b.x, b.w)) out.push({ x, y });
  return out;
}

/** A circle of `metres` around a point, as a polygon (for approximate places). */
export function circlePolygon(center: [number, number], metres: number, steps = 48): Polygon {
  const [lon, lat] = center;
  const dLat = metres / 111_320;
  const dLon = metres / (111_320 * Math.cos((lat * Math.PI) / 180));
  const ring: [number, number][] = [];
  for (let i = 0; i <= steps; i++) {
    const a = (i / steps) * 2 * Math.PI;
    ring.push([lon + dLon * Math.cos(a), lat + dLat * Math.sin(a)]);
  }
  return { type: 'Polygon', coordinates: [ring] };
}

/**
 * The uncertainty of places, from the scene's areas (`Scene.areas`): the
 * outline of a region, or the circle an approximate place may lie in. Vague
 * places are drawn as areas, never as precise points.
 */
export function areasData(areas: readonly SceneArea[]): FeatureCollection<Polygon> {
  return {
    type: 'FeatureCollection',
    features: areas.map(({ placeId, area, current }) => ({
      type: 'Feature',
      geometry: area.kind === 'outline' ? area.polygon : circlePolygon([area.center[0], area.center[1]], area.radiusMeters),
      properties: { placeId, current },
    })),
  };
}

const byStyle = (style: LineStyle): FilterSpecification => ['==', ['get', 'style'], style];
const width = (base: number): ExpressionSpecification => ['case', ['boolean', ['feature-state', 'active'], false], base * 1.8, base];
/** Full strength once travelled, faint before. */
const travelledOpacity = (done: number, pending: number): ExpressionSpecification => ['case', ['boolean', ['feature-state', 'pending'], false], pending, done];

/** The journey layers, bottom to top. They go above every basemap layer. */
export const JOURNEY_LAYERS: LayerSpecification[] = [
  // Two layers with constant paint rather than one whose opacity depends on
  // the feature: each data-driven property makes MapLibre compile another
  // shader program, and constant fills share the basemap's.
  {
    id: 'journey-areas-fill',
    type: 'fill',
    source: AREAS_SOURCE,
    filter: ['!', ['get', 'current']],
    paint: { 'fill-color': '#7a5c00', 'fill-opacity': 0.07 },
  },
  {
    id: 'journey-areas-fill-current',
    type: 'fill',
    source: AREAS_SOURCE,
    filter: ['get', 'current'],
    paint: { 'fill-color': '#7a5c00', 'fill-opacity': 0.16 },
  },
  {
    id: 'journey-areas-outline',
    type: 'line',
    source: AREAS_SOURCE,
    paint: { 'line-color': '#7a5c00', 'line-width': 1.2, 'line-dasharray': [2, 2], 'line-opacity': 0.8 },
  },
  {
    id: 'journey-legs-casing',
    type: 'line',
    source: LEGS_SOURCE,
    filter: ['!=', ['get', 'style'], 'struck'],
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: {
      // White either way; written per feature so that the casing uses the
      // same shader program as the solid lines (one compile, not two).
      'line-color': ['case', ['boolean', ['feature-state', 'active'], false], '#ffffff', '#ffffff'],
      'line-width': ['+', width(3), 3],
      'line-offset': ['get', 'offset'],
      'line-opacity': travelledOpacity(0.85, 0.3),
    },
  },
  {
    id: 'journey-legs-solid',
    type: 'line',
    source: LEGS_SOURCE,
    filter: byStyle('solid'),
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: {
      'line-color': ['get', 'color'],
      'line-width': width(3),
      'line-offset': ['get', 'offset'],
      // Not travelled yet at the current time: faint.
      'line-opacity': travelledOpacity(1, 0.3),
    },
  },
  {
    id: 'journey-legs-travelled',
    type: 'line',
    source: TRAVELLED_SOURCE,
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    // Width and opacity come with each feature, as on the legs' layers, so
    // this layer shares their shader program.
    paint: { 'line-color': ['get', 'color'], 'line-width': ['get', 'width'], 'line-offset': ['get', 'offset'], 'line-opacity': ['get', 'opacity'] },
  },
  {
    id: 'journey-legs-dashed',
    type: 'line',
    source: LEGS_SOURCE,
    filter: byStyle('dashed'),
    layout: { 'line-join': 'round' },
    paint: { 'line-color': ['get', 'color'], 'line-width': width(3), 'line-dasharray': [2, 1.5], 'line-offset': ['get', 'offset'] },
  },
  {
    // Inferred legs: round dots, so they read apart from planned dashes.
    id: 'journey-legs-dotted',
    type: 'line',
    source: LEGS_SOURCE,
    filter: byStyle('dotted'),
    layout: { 'line-join': 'round', 'line-cap': 'round' },
    paint: { 'line-color': ['get', 'color'], 'line-width': width(3), 'line-dasharray': [0.1, 2], 'line-offset': ['get', 'offset'] },
  },
  {
    id: 'journey-legs-struck',
    type: 'line',
    source: LEGS_SOURCE,
    filter: byStyle('struck'),
    paint: {
      'line-color': ['get', 'color'],
      'line-width': width(2),
      'line-dasharray': [1, 2],
      'line-opacity': 0.45,
      'line-offset': ['get', 'offset'],
    },
  },
  {
    id: 'journey-legs-struck-marks',
    type: 'symbol',
    source: LEGS_SOURCE,
    filter: byStyle('struck'),
    layout: {
      'symbol-placement': 'line',
      'symbol-spacing': 60,
      'text-field': '✕',
      'text-font': ['Noto Sans', 'DejaVu Sans', 'sans-serif'],
      'text-size': 14,
      'text-keep-upright': false,
      'text-allow-overlap': true,
    },
    paint: { 'text-color': ['get', 'color'], 'text-halo-color': '#ffffff', 'text-halo-width': 1.5, 'text-opacity': 0.8 },
  },
  {
    // Last, so placed first: the basemap's labels below give way to it. Never drawn.
    id: 'journey-marker-space',
    type: 'symbol',
    source: MARKER_SPACE_SOURCE,
    layout: { 'icon-image': MARKER_SPACE_IMAGE, 'icon-allow-overlap': true, 'icon-ignore-placement': false, 'icon-padding': 0 },
    paint: { 'icon-opacity': 0 },
  },
];
