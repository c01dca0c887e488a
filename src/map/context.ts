/**
 * A journey's schematic context layer (`context` in the file, see
 * src/journey/context-schema.ts), for the maps: where it declares
 * street-scale detail, and how it is credited. Pure: no MapLibre here.
 */
import type { JourneyContext } from '../journey/context-schema.ts';
import type { BBox } from '../journey/geometry.ts';
import type { BasemapDetail } from './camera.ts';

/** How far the camera may zoom inside a context that does not say. */
export const CONTEXT_MAX_ZOOM = 16;

/** The box of every position of the context's features. */
export function contextBounds(context: JourneyContext): BBox {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  const add = ([x, y]: readonly number[]) => {
    if (x! < w) w = x!;
    if (x! > e) e = x!;
    if (y! < s) s = y!;
    if (y! > n) n = y!;
  };
  for (const { geometry: g } of context.features) {
    if (g.type === 'Point') add(g.coordinates);
    else if (g.type === 'LineString') g.coordinates.forEach(add);
    else g.coordinates.forEach((ring) => ring.forEach(add));
  }
  return [w, s, e, n];
}

/**
 * The basemap's detail with the context's area added: inside its bounds (as
 * declared, or the features' own box) the camera may zoom to its `maxZoom`.
 *
 * @example withContextDetail({ maxZoom: 7, areas: [] }, moscow).areas // [{ bounds: [37.595, 55.741, 37.644, 55.7625], maxZoom: 16 }]
 */
export function withContextDetail(detail: BasemapDetail, context: JourneyContext | undefined): BasemapDetail {
  if (!context || context.features.length === 0) return detail;
  const bounds = context.detail?.bounds ?? contextBounds(context);
  return { ...detail, areas: [...detail.areas, { bounds, maxZoom: context.detail?.maxZoom ?? CONTEXT_MAX_ZOOM }] };
}

/** The credit the map's attribution gives the context: it always says it is schematic. */
export const contextAttribution = (context: JourneyContext): string => `${context.title}: schematic, not to scale`;
