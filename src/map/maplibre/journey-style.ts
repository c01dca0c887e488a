/**
 * The journey's own part of a MapLibre style: its sources and layers, carried
 * from one basemap style to the next, and the plain style used when no
 * basemap can be had.
 */
import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import { AREAS_SOURCE, JOURNEY_LAYERS, LEGS_SOURCE, MARKER_SPACE_SOURCE, TRAVELLED_SOURCE } from './journey-layers.ts';

/** The journey's own sources and layers: carried over when the basemap style changes. */
export const OUR_SOURCES: ReadonlySet<string> = new Set([LEGS_SOURCE, AREAS_SOURCE, TRAVELLED_SOURCE, MARKER_SPACE_SOURCE]);
const OUR_LAYERS: ReadonlySet<string> = new Set(JOURNEY_LAYERS.map((l) => l.id));

/**
 * The next style, with the journey's sources (as they are now, data
 * included) and layers from the previous one carried over, the layers on top.
 */
export function carryJourney(previous: StyleSpecification | undefined, next: StyleSpecification): StyleSpecification {
  if (!previous) return next;
  const sources: Record<string, SourceSpecification> = { ...next.sources };
  for (const [id, source] of Object.entries(previous.sources)) if (OUR_SOURCES.has(id)) sources[id] = source;
  const ours: LayerSpecification[] = previous.layers.filter((l) => OUR_LAYERS.has(l.id));
  return { ...next, sources, layers: [...next.layers.filter((l) => !OUR_LAYERS.has(l.id)), ...ours] };
}

/** A plain background, for when the basemap can't be loaded: the journey still draws on it. */
export function emptyStyle(): StyleSpecification {
  return { version: 8, sources: {}, layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#eef1f4' } }] };
}
