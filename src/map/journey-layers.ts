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
import type { Journey } from '../journey/model.ts';
import { lineUpTo } from '../journey/geometry.ts';
import { lineStyleFor, type LineStyle } from '../journey/line-style.ts';

export const LEGS_SOURCE = 'journey-legs';
/** The travelled part of legs in progress at the current time. */
export const TRAVELLED_SOURCE = 'journey-legs-travelled';
export const AREAS_SOURCE = 'journey-areas';

export { lineStyleFor, type LineStyle } from '../journey/line-style.ts';

interface LegProps {
  legId: string;
  traveller: string;
  color: string;
  style: LineStyle;
  /** Pixel offset so travellers sharing a leg are drawn side by side. */
  offset: number;
  active: boolean;
  /** At the current time: travelled, not yet begun, or under way (drawn faint, with its travelled part on top). */
  travelled: 'done' | 'ahead' | 'moving';
}

/** How much of a leg has been travelled (0 to 1) at the current time. */
export type LegProgress = (legId: string) => number;

const travelledState = (p: number): LegProps['travelled'] => (p >= 1 ? 'done' : p <= 0 ? 'ahead' : 'moving');

/**
 * One line per leg and traveller, offset side by side where several
 * travellers share a leg.
 *
 * @param activeLegs Legs to emphasise (those of the current step).
 */
export function legsData(journey: Journey, activeLegs: ReadonlySet<string>, progress: LegProgress): FeatureCollection<LineString, LegProps> {
  const features: Feature<LineString, LegProps>[] = [];
  for (const { leg, line } of journey.legs) {
    if (!line) continue;
    const travellers = leg.properties.travellers;
    const travelled = travelledState(progress(leg.id));
    travellers.forEach((travellerId, k) => {
      const traveller = journey.travellers.get(travellerId);
      features.push({
        type: 'Feature',
        geometry: line.geometry,
        properties: {
          legId: leg.id,
          traveller: travellerId,
          color: traveller?.color ?? '#555555',
          style: lineStyleFor(leg.properties.status),
          offset: (k - (travellers.length - 1) / 2) * 4,
          active: activeLegs.has(leg.id),
          travelled,
        },
      });
    });
  }
  return { type: 'FeatureCollection', features };
}

/** The travelled part of each leg under way, one line per traveller, drawn solid over the faint whole. */
export function travelledData(journey: Journey, progress: LegProgress): FeatureCollection<LineString> {
  const features: Feature<LineString>[] = [];
  for (const { leg, line } of journey.legs) {
    const p = progress(leg.id);
    if (!line || p <= 0 || p >= 1 || lineStyleFor(leg.properties.status) !== 'solid') continue;
    const part = lineUpTo(line, p);
    const travellers = leg.properties.travellers;
    travellers.forEach((id, k) => {
      features.push({
        type: 'Feature',
        geometry: part.geometry,
        properties: { color: journey.travellers.get(id)?.color ?? '#555555', offset: (k - (travellers.length - 1) / 2) * 4 },
      });
    });
  }
  return { type: 'FeatureCollection', features };
}

/**
 * A key that changes only when some leg changes between not begun, under
 * way and done, so the full legs are re-sent to the map only then.
 */
export function travelledKey(journey: Journey, progress: LegProgress): string {
  return journey.legs.map((l) => travelledState(progress(l.leg.id))[0]).join('');
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
 * The uncertainty of places: the outline of a region, or the circle an
 * approximate place may lie in. Vague places are drawn as areas, never as
 * precise points.
 */
export function areasData(journey: Journey, currentPlace: string | undefined): FeatureCollection<Polygon> {
  const features: Feature<Polygon>[] = [];
  for (const place of journey.places.values()) {
    const g = place.geometry;
    const p = place.properties;
    const props = { placeId: place.id, precision: p.precision, current: place.id === currentPlace };
    if (g?.type === 'Polygon') features.push({ type: 'Feature', geometry: g, properties: props });
    else if (g?.type === 'Point' && p.precision === 'approximate' && p.radiusMeters) {
      features.push({ type: 'Feature', geometry: circlePolygon(g.coordinates as [number, number], p.radiusMeters), properties: props });
    }
  }
  return { type: 'FeatureCollection', features };
}

const byStyle = (style: LineStyle): FilterSpecification => ['==', ['get', 'style'], style];
const width = (base: number): ExpressionSpecification => ['case', ['get', 'active'], base * 1.8, base];

/** The journey layers, bottom to top. They go above every basemap layer. */
export const JOURNEY_LAYERS: LayerSpecification[] = [
  {
    id: 'journey-areas-fill',
    type: 'fill',
    source: AREAS_SOURCE,
    paint: { 'fill-color': '#7a5c00', 'fill-opacity': ['case', ['get', 'current'], 0.16, 0.07] },
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
      'line-color': '#ffffff',
      'line-width': ['+', width(3), 3],
      'line-offset': ['get', 'offset'],
      'line-opacity': ['case', ['==', ['get', 'travelled'], 'done'], 0.85, 0.3],
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
      'line-opacity': ['case', ['==', ['get', 'travelled'], 'done'], 1, 0.3],
    },
  },
  {
    id: 'journey-legs-travelled',
    type: 'line',
    source: TRAVELLED_SOURCE,
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-color': ['get', 'color'], 'line-width': 4.5, 'line-offset': ['get', 'offset'] },
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
];
