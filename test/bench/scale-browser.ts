/**
 * Scale, in the browser: the app opened on each synthetic journey (served
 * from the same origin, `?journey=/bench-data/…`), with reduced motion so a
 * change of step jumps instead of flying. Measures the first map idle, the
 * JS heap after load, and, for a series of slider moves, the time from the
 * input to the next painted frame and to the map settling again.
 */
import type { Browser } from '@playwright/test';
import { DEFAULT_MAX_BYTES } from '../../src/journey/load.ts';
import { random } from '../support/generate-journey.ts';
import type { SyntheticFile } from './lib/fixtures.ts';
import { scrubBaseline, scrubSlider } from './lib/page-probes.ts';
import { BASELINE_IDLE, appFirstIdle, firstMark, heapAfterGc, loadFigures, openPage, pause, requireWebGL2 } from './lib/pages.ts';
import { percentile, summarize, type Summary } from './lib/stats.ts';

const SCRUBS = 8;
/**
 * Moves made first and left out of the percentiles: the first moves to new
 * views compile shader programs (a few hundred ms each with software WebGL,
 * a few ms on a GPU), once per page. The first move's time is reported apart.
 */
const WARM_UP = 2;

export interface BrowserScaleRow {
  readonly events: number;
  readonly travellers: number;
  readonly mapIdleMs: Summary;
  readonly cardReadableMs: Summary;
  readonly heapMB: Summary;
  readonly domNodes: Summary;
  /** Slider input until every Lit element has updated (our JS, map sources included), ms. */
  readonly scrubToDom: { readonly p50: Summary; readonly p95: Summary };
  /** The first move of each run, input to painted frame, ms (shader compiles included). */
  readonly firstScrubToPaint: Summary;
  /** Slider input to the next painted frame, ms: p50 and p95 of each run's moves after the warm-up. */
  readonly scrubToPaint: { readonly p50: Summary; readonly p95: Summary };
  /** Slider input to the map settled with the new moment drawn, ms. */
  readonly scrubToMapIdle: { readonly p50: Summary; readonly p95: Summary };
  /** Runs that failed, with why. */
  readonly failures: readonly string[];
}

/**
 * @param file A synthetic journey served under /bench-data/, or the default journey when only sizes are given.
 */
export async function measureBrowserScale(
  browser: Browser,
  appUrl: string,
  file: Pick<SyntheticFile, 'events' | 'travellers'> & { name?: string; bytes?: number },
  runs: number,
): Promise<BrowserScaleRow> {
  const idle: number[] = [];
  const card: number[] = [];
  const heap: number[] = [];
  const nodes: number[] = [];
  const dom = { p50: [] as number[], p95: [] as number[] };
  const paint = { p50: [] as number[], p95: [] as number[] };
  const mapIdle = { p50: [] as number[], p95: [] as number[] };
  const firstPaint: number[] = [];
  const failures: string[] = [];
  for (let run = 0; run < runs; run++) {
    // Past the app's default 5 MB cap (10,000 events), the page's max-mb raises it, as a newsroom would.
    const cap = (file.bytes ?? 0) > DEFAULT_MAX_BYTES ? `&max-mb=${Math.ceil((file.bytes as number) / 2 ** 20) + 1}` : '';
    const url = file.name ? `${appUrl}?journey=${encodeURIComponent(`/bench-data/${file.name}`)}${cap}` : appUrl;
    const open = await openPage(browser, url, { watchStory: true, reducedMotion: 'reduce' });
    try {
      await requireWebGL2(open.page);
      idle.push(await appFirstIdle(open, 240_000));
      card.push((await loadFigures(open.page, 5_000)).cardReadable ?? Number.NaN);
      await pause(500);
      const h = await heapAfterGc(open.cdp);
      heap.push(h.usedBytes / 1e6);
      nodes.push(h.domNodes);
      const rand = random(run + 1);
      const positions = Array.from({ length: WARM_UP + SCRUBS }, () => rand());
      const all = await open.page.evaluate(scrubSlider, { positions, settleTimeoutMs: 20_000, budgetMs: 30_000, minMoves: WARM_UP + 4 });
      firstPaint.push(all.toPaint[0] ?? Number.NaN);
      const scrub = { toDom: all.toDom.slice(WARM_UP), toPaint: all.toPaint.slice(WARM_UP), toMapIdle: all.toMapIdle.slice(WARM_UP) };
      dom.p50.push(percentile(scrub.toDom, 50));
      dom.p95.push(percentile(scrub.toDom, 95));
      paint.p50.push(percentile(scrub.toPaint, 50));
      paint.p95.push(percentile(scrub.toPaint, 95));
      mapIdle.p50.push(percentile(scrub.toMapIdle, 50));
      mapIdle.p95.push(percentile(scrub.toMapIdle, 95));
    } catch (error) {
      const message = (error as Error).message.split('\n')[0] as string;
      failures.push(`run ${run + 1}: ${message}`);
      // The same file will be refused again: don't spend the other runs on it.
      if (message.startsWith('the app refused')) run = runs;
    } finally {
      await open.close();
    }
  }
  const pair = (x: { p50: number[]; p95: number[] }) => ({ p50: summarize(x.p50), p95: summarize(x.p95) });
  return {
    events: file.events,
    travellers: file.travellers,
    mapIdleMs: summarize(idle),
    cardReadableMs: summarize(card),
    heapMB: summarize(heap),
    domNodes: summarize(nodes),
    firstScrubToPaint: summarize(firstPaint),
    scrubToDom: pair(dom),
    scrubToPaint: pair(paint),
    scrubToMapIdle: pair(mapIdle),
    failures,
  };
}

/** The floor of a scrub: the baseline moving its one marker with setData, to the next painted frame. */
export async function measureScrubFloor(browser: Browser, baselineUrl: string, runs: number): Promise<{ p50: Summary; p95: Summary }> {
  const p50: number[] = [];
  const p95: number[] = [];
  for (let run = 0; run < runs; run++) {
    const open = await openPage(browser, baselineUrl, { watchStory: false });
    try {
      await requireWebGL2(open.page);
      await firstMark(open, BASELINE_IDLE, 120_000);
      await pause(500);
      const rand = random(run + 1);
      const { toPaint } = await open.page.evaluate(scrubBaseline, { positions: Array.from({ length: SCRUBS }, () => rand()) });
      p50.push(percentile(toPaint, 50));
      p95.push(percentile(toPaint, 95));
    } finally {
      await open.close();
    }
  }
  return { p50: summarize(p50), p95: summarize(p95) };
}
