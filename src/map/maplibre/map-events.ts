/** Waiting on MapLibre's events, and listening to them with one function to stop. */
import type { ErrorEvent as MapErrorEvent, Map as MapLibreMap, MapEventType } from 'maplibre-gl';

/**
 * Listens for each of these events with its handler. Returns the function
 * that stops listening to all of them.
 */
export function listen(map: MapLibreMap, handlers: Partial<Record<keyof MapEventType, () => void>>): () => void {
  const entries = Object.entries(handlers) as [keyof MapEventType, () => void][];
  for (const [type, handler] of entries) map.on(type, handler);
  return () => {
    for (const [type, handler] of entries) map.off(type, handler);
  };
}

/**
 * How long the map may take to load before the story gives up on it: well
 * beyond a slow basemap (whose data is dropped after DATA_TIMEOUT_MS), so
 * that only a map that can't start at all reaches it.
 */
const LOAD_TIMEOUT_MS = 30_000;

/**
 * Resolves when the map has loaded; rejects when its worker can't start, or
 * when it never loads. A host page whose Content-Security-Policy blocks the
 * worker (MapLibre makes it from a `blob:` URL when the page is on another
 * origin than the map's code, so `worker-src` must allow `blob:` and that origin) would
 * otherwise leave the map loading for ever, with no fallback.
 */
export function whenLoaded(map: MapLibreMap): Promise<void> {
  if (map.loaded()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const done = (error?: Error) => {
      clearTimeout(timer);
      map.off('load', onLoad);
      map.off('error', onError);
      if (!error) return resolve();
      map.remove();
      reject(error);
    };
    const onLoad = () => done();
    // MapLibre's message when a worker fires `error` (a blocked or missing script).
    const onError = (e: MapErrorEvent) => {
      if (/Worker failed to load/.test(e.error?.message ?? '')) done(new Error('its worker could not start (the page’s Content-Security-Policy may block it).'));
    };
    const timer = setTimeout(() => done(new Error(`it did not load within ${LOAD_TIMEOUT_MS / 1000} s.`)), LOAD_TIMEOUT_MS);
    map.on('load', onLoad);
    map.on('error', onError);
  });
}
