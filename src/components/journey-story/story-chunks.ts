/**
 * The parts of the story that are not needed for the first paint, each in
 * its own chunk. Each loads once and is shared by every story on the page;
 * a load that failed (the network was gone) is tried again on the next
 * call. Once the story is shown, `prefetchWhenIdle` fetches the ones a reader
 * may ask for, so that Play and Share still work after the connection drops.
 */
import { loadOnce } from '../../load-once.ts';

/** The map element: small, fetched with the journey; it fetches MapLibre itself. */
export const mapViewChunk = loadOnce(() => import('../journey-map-view/journey-map-view.ts'));
/** The overview card, the first view of a story without a link: fetched with the journey, beside it. */
export const overviewChunk = loadOnce(() => import('../journey-overview/journey-overview.ts'));
export const playbackChunk = loadOnce(() => import('./playback-loop.ts'));
export const shareChunk = loadOnce(() => import('../share-dialog/share-dialog.ts'));
export const helpChunk = loadOnce(() => import('../shortcuts-help/shortcuts-help.ts'));
export const legendChunk = loadOnce(() => import('../map-legend/map-legend.ts'));
export const problemsChunk = loadOnce(() => import('../journey-problems/journey-problems.ts'));

/**
 * Fetches these chunks when the browser is next idle (or within two
 * seconds). Failures are left for the moment the reader asks for the part,
 * which says so and offers to try again.
 */
export function prefetchWhenIdle(chunks: readonly (() => Promise<unknown>)[]): void {
  const run = () => {
    for (const chunk of chunks) chunk().catch(() => undefined);
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 200);
}

/** What the reader sees when a part they asked for could not be fetched. */
export const CHUNK_FAILED = 'could not be loaded: the connection may be down.';
