/**
 * A load (usually a dynamic `import()` of a chunk) made at most once and
 * shared by every caller; one that failed (the network was gone) is made
 * again on the next call.
 *
 * @example const loadMap = loadOnce(() => import('./map/maplibre/journey-map.ts'));
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () =>
    (pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    }));
}
