/**
 * First map: navigation to the first map `idle` with the basemap and the
 * journey's layers drawn, for the app and the bare-MapLibre baseline in
 * alternation (A B A B), and when the itinerary and the first card became
 * readable in the app.
 */
import type { Browser } from '@playwright/test';
import { APP_IDLE, BASELINE_IDLE, firstMark, heapAfterGc, loadFigures, openPage, requireWebGL2, type LoadFigures } from './lib/pages.ts';
import { summarize, type Summary } from './lib/stats.ts';
import { trace } from './lib/trace.ts';

export interface FirstMapRun {
  readonly mapIdle: number;
  readonly load: LoadFigures;
  readonly heapBytes: number;
  readonly domNodes: number;
}

export interface FirstMapResult {
  readonly app: {
    readonly mapIdle: Summary;
    readonly itineraryReadable: Summary;
    readonly cardReadable: Summary;
    readonly firstContentfulPaint: Summary;
    readonly heapBytes: Summary;
    readonly domNodes: Summary;
  };
  readonly baseline: { readonly mapIdle: Summary; readonly firstContentfulPaint: Summary; readonly heapBytes: Summary };
  /** app / baseline, run pair by run pair. */
  readonly ratio: Summary;
  readonly runs: { readonly app: FirstMapRun[]; readonly baseline: FirstMapRun[] };
}

const TIMEOUT = 120_000;

async function once(browser: Browser, url: string, kind: 'app' | 'baseline'): Promise<FirstMapRun> {
  const open = await openPage(browser, url, { watchStory: kind === 'app' });
  try {
    await requireWebGL2(open.page);
    trace(`${kind}: waiting for the first idle`);
    const mapIdle = await firstMark(open, kind === 'app' ? APP_IDLE : BASELINE_IDLE, TIMEOUT);
    trace(`${kind}: idle at ${mapIdle}`);
    const load = await loadFigures(open.page, kind === 'app' ? 5_000 : 0);
    trace(`${kind}: load figures`);
    const heap = await heapAfterGc(open.cdp);
    trace(`${kind}: heap`);
    return { mapIdle, load, heapBytes: heap.usedBytes, domNodes: heap.domNodes };
  } finally {
    await open.close();
  }
}

export async function measureFirstMap(browser: Browser, urls: { app: string; baseline: string }, runs: number, log: (s: string) => void): Promise<FirstMapResult> {
  const app: FirstMapRun[] = [];
  const baseline: FirstMapRun[] = [];
  for (let i = 0; i < runs; i++) {
    app.push(await once(browser, urls.app, 'app'));
    baseline.push(await once(browser, urls.baseline, 'baseline'));
    log(`  first map ${i + 1}/${runs}: app ${app[i]!.mapIdle.toFixed(0)} ms, baseline ${baseline[i]!.mapIdle.toFixed(0)} ms`);
  }
  const nums = (list: FirstMapRun[], pick: (r: FirstMapRun) => number | null) => summarize(list.map((r) => pick(r) ?? Number.NaN));
  return {
    app: {
      mapIdle: nums(app, (r) => r.mapIdle),
      itineraryReadable: nums(app, (r) => r.load.itineraryReadable),
      cardReadable: nums(app, (r) => r.load.cardReadable),
      firstContentfulPaint: nums(app, (r) => r.load.firstContentfulPaint),
      heapBytes: nums(app, (r) => r.heapBytes),
      domNodes: nums(app, (r) => r.domNodes),
    },
    baseline: {
      mapIdle: nums(baseline, (r) => r.mapIdle),
      firstContentfulPaint: nums(baseline, (r) => r.load.firstContentfulPaint),
      heapBytes: nums(baseline, (r) => r.heapBytes),
    },
    ratio: summarize(app.map((r, i) => r.mapIdle / baseline[i]!.mapIdle)),
    runs: { app, baseline },
  };
}
