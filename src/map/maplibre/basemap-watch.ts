/**
 * A timeout on the basemap's own data (issue 15). MapLibre has none: a
 * GeoJSON file or a tile that never answers keeps the map from loading (and
 * so the journey from being drawn) and from ever settling. Here a basemap
 * source still loading after `DATA_TIMEOUT_MS` is dropped with its layers,
 * and the caller is told, so the map settles on the journey alone.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

/** A data event as the map forwards it: source events carry the source's id. */
type DataEvent = { readonly sourceId?: unknown; readonly isSourceLoaded?: unknown };

/** Basemap data slower than this is given up on. */
export const DATA_TIMEOUT_MS = 10_000;

/** Removes a source and the layers that draw it, if it is still on the map. */
export function dropSource(map: MapLibreMap, sourceId: string): void {
  if (!map.getSource(sourceId)) return;
  for (const layer of map.getStyle().layers) if ('source' in layer && layer.source === sourceId) map.removeLayer(layer.id);
  map.removeSource(sourceId);
}

/**
 * Watches every source but `ours` from its first request on: one still not
 * loaded `timeoutMs` after it started loading is dropped, and `onSlow` gets
 * its id. Returns the function that stops watching.
 */
export function watchBasemapData(
  map: MapLibreMap,
  ours: ReadonlySet<string>,
  onSlow: (sourceId: string) => void,
  timeoutMs = DATA_TIMEOUT_MS,
): () => void {
  /** When each source started loading and has not been loaded since. */
  const pending = new Map<string, number>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const loaded = (id: string) => !map.getSource(id) || map.isSourceLoaded(id);
  const check = (id: string) => {
    timers.delete(id);
    const since = pending.get(id);
    if (since === undefined) return;
    if (loaded(id)) return void pending.delete(id);
    const left = since + timeoutMs - performance.now();
    if (left > 0) return void timers.set(id, setTimeout(() => check(id), left));
    pending.delete(id);
    dropSource(map, id);
    onSlow(id);
  };
  const loading = (e: object) => {
    const id = (e as DataEvent).sourceId;
    if (typeof id !== 'string' || ours.has(id)) return;
    if (!pending.has(id)) pending.set(id, performance.now());
    if (!timers.has(id)) timers.set(id, setTimeout(() => check(id), timeoutMs));
  };
  const settled = (e: object) => {
    const { sourceId: id, isSourceLoaded } = e as DataEvent;
    if (typeof id === 'string' && isSourceLoaded === true) pending.delete(id);
  };
  map.on('dataloading', loading);
  map.on('sourcedata', settled);
  return () => {
    map.off('dataloading', loading);
    map.off('sourcedata', settled);
    for (const timer of timers.values()) clearTimeout(timer);
    timers.clear();
  };
}

/**
 * A basemap file or tile that fails, or never answers, must not take the
 * story down: the journey's own layers (`ours`) are separate sources, so
 * they still draw. The broken source is dropped with its layers, so the map
 * can settle without it, and `notify` is told once that the background is
 * missing.
 */
export function keepBasemapFromFailingTheStory(map: MapLibreMap, ours: ReadonlySet<string>, notify: (message: string) => void): void {
  let told = false;
  const once = (message: string) => {
    if (told) return;
    told = true;
    notify(message);
  };
  map.on('error', (e) => {
    console.warn('Map error:', e.error?.message ?? e);
    // Source errors carry the source's id (not in MapLibre's ErrorEvent type).
    const sourceId = (e as { sourceId?: unknown }).sourceId;
    if (typeof sourceId !== 'string' || ours.has(sourceId)) return;
    setTimeout(() => dropSource(map, sourceId), 0);
    once(`part of the background map ("${sourceId}") failed to load`);
  });
  const unwatch = watchBasemapData(map, ours, (sourceId) =>
    once(`part of the background map ("${sourceId}") is missing: it did not load within ${DATA_TIMEOUT_MS / 1000} s`),
  );
  map.once('remove', unwatch);
}
