/**
 * First map: navigation to the first map `idle` with the basemap and the
 * journey's layers drawn, for the app and two bare-MapLibre baselines in
 * alternation (A B C A B C): the baseline on the same tiled basemap and the
 * same first view as the app, and the untiled one, which loads the basemap
 * as GeoJSON files whatever the view, as the app did before issue 19. Also
 * when the itinerary and the first card became readable in the app, and
 * what each page downloaded before its first idle, gzipped.
 */
import type { Browser } from '@playwright/test';
import { APP_IDLE, BASELINE_IDLE, firstMark, heapAfterGc, loadFigures, openPage, requireWebGL2, type LoadFigures } from './lib/pages.ts';
import { summarize, type Summary } from './lib/stats.ts';
import { trace } from './lib/trace.ts';
import { recordResponses, weigh, type TransferFigures } from './lib/transfer.ts';

export interface FirstMapRun {
  readonly mapIdle: number;
  readonly load: LoadFigures;
  readonly heapBytes: number;
  readonly domNodes: number;
  readonly transfer: TransferFigures;
}

/** A page to measure: where it is served from, and the folder it serves. */
export interface Site {
  readonly url: string;
  readonly dist: string;
  /** Path prefixes served from other folders (the benchmark's data). */
  readonly mounts?: Readonly<Record<string, string>>;
}

type Kind = 'app' | 'baseline' | 'untiled';

export interface TransferSummary {
  readonly totalGzip: Summary;
  readonly basemapGzip: Summary;
  readonly basemapFiles: Summary;
}

export interface FirstMapResult {
  readonly app: {
    readonly mapIdle: Summary;
    readonly itineraryReadable: Summary;
    readonly cardReadable: Summary;
    readonly firstContentfulPaint: Summary;
    readonly heapBytes: Summary;
    readonly domNodes: Summary;
    readonly transfer?: TransferSummary;
  };
  readonly baseline: { readonly mapIdle: Summary; readonly firstContentfulPaint: Summary; readonly heapBytes: Summary; readonly transfer?: TransferSummary };
  /** The baseline that loads the untiled GeoJSON basemap (issue 19). */
  readonly untiled?: { readonly mapIdle: Summary; readonly transfer: TransferSummary };
  /** app / baseline, run pair by run pair. */
  readonly ratio: Summary;
  /** untiled baseline / tiled baseline: what the tiles save on the same page. */
  readonly untiledRatio?: Summary;
  readonly runs: { readonly app: FirstMapRun[]; readonly baseline: FirstMapRun[]; readonly untiled?: FirstMapRun[] };
}

const TIMEOUT = 120_000;

async function once(browser: Browser, site: Site, kind: Kind): Promise<FirstMapRun> {
  const open = await openPage(browser, site.url, { watchStory: kind === 'app' });
  const responses = recordResponses(open.page);
  try {
    await requireWebGL2(open.page);
    trace(`${kind}: waiting for the first idle`);
    const mapIdle = await firstMark(open, kind === 'app' ? APP_IDLE : BASELINE_IDLE, TIMEOUT);
    const transfer = weigh(responses.take(), new URL(site.url).origin, site.dist, site.mounts);
    trace(`${kind}: idle at ${mapIdle}, ${transfer.files} files, ${transfer.totalGzip} bytes gzip`);
    const load = await loadFigures(open.page, kind === 'app' ? 5_000 : 0);
    trace(`${kind}: load figures`);
    const heap = await heapAfterGc(open.cdp);
    trace(`${kind}: heap`);
    return { mapIdle, load, heapBytes: heap.usedBytes, domNodes: heap.domNodes, transfer };
  } finally {
    await open.close();
  }
}

const transferOf = (list: FirstMapRun[]): TransferSummary => ({
  totalGzip: summarize(list.map((r) => r.transfer.totalGzip)),
  basemapGzip: summarize(list.map((r) => r.transfer.basemapGzip)),
  basemapFiles: summarize(list.map((r) => r.transfer.basemapFiles)),
});

export async function measureFirstMap(
  browser: Browser,
  sites: { app: Site; baseline: Site; untiled?: Site },
  runs: number,
  log: (s: string) => void,
): Promise<FirstMapResult> {
  const app: FirstMapRun[] = [];
  const baseline: FirstMapRun[] = [];
  const untiled: FirstMapRun[] = [];
  for (let i = 0; i < runs; i++) {
    app.push(await once(browser, sites.app, 'app'));
    baseline.push(await once(browser, sites.baseline, 'baseline'));
    if (sites.untiled) untiled.push(await once(browser, sites.untiled, 'untiled'));
    const u = untiled[i] ? `, untiled baseline ${untiled[i]!.mapIdle.toFixed(0)} ms` : '';
    log(`  first map ${i + 1}/${runs}: app ${app[i]!.mapIdle.toFixed(0)} ms, baseline ${baseline[i]!.mapIdle.toFixed(0)} ms${u}`);
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
      transfer: transferOf(app),
    },
    baseline: {
      mapIdle: nums(baseline, (r) => r.mapIdle),
      firstContentfulPaint: nums(baseline, (r) => r.load.firstContentfulPaint),
      heapBytes: nums(baseline, (r) => r.heapBytes),
      transfer: transferOf(baseline),
    },
    ...(untiled.length ? { untiled: { mapIdle: nums(untiled, (r) => r.mapIdle), transfer: transferOf(untiled) } } : {}),
    ratio: summarize(app.map((r, i) => r.mapIdle / baseline[i]!.mapIdle)),
    ...(untiled.length ? { untiledRatio: summarize(untiled.map((r, i) => r.mapIdle / baseline[i]!.mapIdle)) } : {}),
    runs: { app, baseline, ...(untiled.length ? { untiled } : {}) },
  };
}
