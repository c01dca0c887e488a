/**
 * The benchmark's printed report: one table per part, the growth exponents,
 * and the goals, each met or missed.
 */
import type { BlankFramesResult } from './blank-frames.ts';
import type { BundleResult } from './bundle.ts';
import type { FirstMapResult } from './first-map.ts';
import type { PlaybackResult } from './playback.ts';
import type { BrowserScaleRow } from './scale-browser.ts';
import type { NodeScaleRow } from './scale-node.ts';
import { growthExponent, nLogNExponent, type Summary } from './lib/stats.ts';
import { addSizes, isStaticMapFallback } from './lib/bundle-sizes.ts';
import { kB, num, range, table, yesNo } from './lib/table.ts';

const clip = (s: string, max = 70) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

export interface Results {
  readonly date: string;
  readonly machine: Record<string, unknown>;
  readonly versions: Record<string, string>;
  readonly options: Record<string, unknown>;
  readonly method: Record<string, string>;
  readonly bundle?: BundleResult;
  readonly firstMap?: FirstMapResult;
  readonly playback?: PlaybackResult;
  readonly blankFrames?: BlankFramesResult;
  readonly scale?: {
    readonly node: NodeScaleRow[];
    readonly browser: BrowserScaleRow[];
    readonly growth?: Growth;
    /** The baseline moving one marker with setData, to the next painted frame: the floor for scrub→paint. */
    readonly scrubFloor?: { readonly p50: Summary; readonly p95: Summary };
    /** The app on its default journey, measured like the synthetic ones. */
    readonly defaultJourney?: BrowserScaleRow;
  };
  goals?: Goal[];
}

export interface Goal {
  readonly name: string;
  readonly value: string;
  readonly goal: string;
  readonly met: boolean | undefined;
}

/**
 * Growth exponents by metric and traveller count, and the n log n line over
 * the same sizes: fitted over every size, and over the last step alone (the
 * two largest sizes measured), which shows a superlinear tail that a fit
 * over all sizes smooths away.
 */
export interface Growth {
  readonly nLogN: number;
  readonly byMetric: Record<string, Record<string, number>>;
  /** n log n's slope between the two largest sizes. */
  readonly nLogNTail: number;
  readonly tailByMetric: Record<string, Record<string, number>>;
}

type Metric = { name: string; from: 'node' | 'browser'; pick: (row: NodeScaleRow & BrowserScaleRow) => Summary };
const METRICS: Metric[] = [
  { name: 'validate ms', from: 'node', pick: (r) => r.validateMs },
  { name: 'index ms', from: 'node', pick: (r) => r.indexMs },
  { name: 'eventAt p50', from: 'node', pick: (r) => r.eventAtUs.p50 },
  { name: 'positionsAt p50', from: 'node', pick: (r) => r.positionsAtUs.p50 },
  { name: 'frame work p50', from: 'node', pick: (r) => r.frameWorkUs.p50 },
  { name: 'first map idle', from: 'browser', pick: (r) => r.mapIdleMs },
  { name: 'scrub→DOM p95', from: 'browser', pick: (r) => r.scrubToDom.p95 },
  { name: 'scrub→paint p95', from: 'browser', pick: (r) => r.scrubToPaint.p95 },
  { name: 'scrub→map idle p95', from: 'browser', pick: (r) => r.scrubToMapIdle.p95 },
  { name: 'JS heap', from: 'browser', pick: (r) => r.heapMB },
];

export function fitGrowth(node: readonly NodeScaleRow[], browser: readonly BrowserScaleRow[]): Growth {
  const sizes = [...new Set([...node, ...browser].map((r) => r.events))].sort((a, b) => a - b);
  const travellers = [...new Set([...node, ...browser].map((r) => r.travellers))].sort((a, b) => a - b);
  const byMetric: Growth['byMetric'] = {};
  const tailByMetric: Growth['tailByMetric'] = {};
  for (const m of METRICS) {
    const rows = (m.from === 'node' ? node : browser) as readonly (NodeScaleRow & BrowserScaleRow)[];
    byMetric[m.name] = {};
    tailByMetric[m.name] = {};
    for (const t of travellers) {
      const points = rows
        .filter((r) => r.travellers === t)
        .map((r) => ({ x: r.events, y: m.pick(r).median }))
        .filter((p) => Number.isFinite(p.y))
        .sort((a, b) => a.x - b.x);
      byMetric[m.name]![`t${t}`] = growthExponent(points);
      tailByMetric[m.name]![`t${t}`] = growthExponent(points.slice(-2));
    }
  }
  const top = sizes.slice(-2);
  return { nLogN: nLogNExponent(sizes), byMetric, nLogNTail: nLogNExponent(top), tailByMetric };
}

export function printReport(r: Results, print: (s: string) => void): void {
  print(`\nBenchmark ${r.date}: ${String(r.machine.cpuModel)} ×${String(r.machine.cpus)}, ${String(r.machine.memoryGB)} GB, ${String(r.machine.os)}`);
  print(Object.entries(r.versions).map(([k, v]) => `${k} ${v}`).join(', '));
  print('Every figure: median of the runs (min–max). Sizes in kB (1,000 bytes).');

  if (r.bundle) {
    const b = r.bundle;
    const row = (name: string, s: { raw: number; gzip: number; brotli?: number } | undefined, note = ''): string[] =>
      s ? [name, kB(s.raw), kB(s.gzip), kB(s.brotli), note] : [name, 'n/a', 'n/a', 'n/a', note];
    const mapChunk = [...b.app.lazy.files].sort((x, y) => y.raw - x.raw)[0];
    const otherLazy = b.app.lazy.files.filter((f) => f !== mapChunk);
    print('\n1. Bundle');
    print(
      table(
        ['Part', 'raw', 'gzip', 'brotli', 'files'],
        [
          row('Eager JS + CSS (before the map)', b.app.eager.total, b.app.eager.files.map((f) => f.file).join(', ')),
          row('index.html', b.app.html),
          row('Lazy map chunk (MapLibre + adapter)', mapChunk, mapChunk?.file ?? ''),
          row(`Other lazy chunks and pages (${otherLazy.length})`, addSizes(otherLazy), clip(otherLazy.map((f) => f.file.replace(/^assets\//, '')).join(', '))),
          row('MapLibre worker', b.app.worker, b.app.worker?.file ?? ''),
          row('Basemap (style, schematic, the zoom-0 tile)', b.app.basemap.total, `${b.app.basemap.files.length} files; a view's tiles: see First map`),
          ...(b.app.embed.length
            ? b.app.embed.flatMap((e) => [
                row(`Embed module ${e.file}`, e),
                row('  … with its static imports', e.withImports, e.imports.join(', ')),
              ])
            : [row('Embed element module', undefined, 'none in the build yet')]),
          row("App's own code (build without MapLibre)", b.ownCode.total, `${b.ownCode.files.length} files`),
          ...(b.ownCodeInteractive
            ? [
                row('  … without the no-WebGL fallback map', b.ownCodeInteractive, 'what the own-code budget counts'),
                row('  … the no-WebGL fallback map alone', b.fallback, b.ownCode.files.filter((f) => isStaticMapFallback(f.file)).map((f) => f.file).join(', ')),
              ]
            : []),
          row('Baseline JS + CSS (bare MapLibre)', b.baselineCode),
          row('All app JS + CSS, except the worker', b.app.allCode),
        ],
      ),
    );
  }

  if (r.bundle?.eagerSources.length) {
    print('   Largest sources in the eager JS (minified bytes; gzip estimated in proportion):');
    for (const e of r.bundle.eagerSources.slice(0, 12)) print(`     ${kB(e.bytes).padStart(6)} kB  ~${kB(e.gzipEstimate).padStart(4)} kB gzip  ${e.source}`);
  }

  if (r.firstMap) {
    const f = r.firstMap;
    print('\n2. First map (ms from navigation; the baselines open on the app\'s first view)');
    const u = f.untiled;
    const gz = (s: Summary | undefined) => (s ? range({ ...s, median: s.median / 1000, min: s.min / 1000, max: s.max / 1000 }, 0) : '');
    print(
      table(
        ['Figure', 'app', 'baseline (tiles)', 'app / baseline', 'baseline (GeoJSON)', 'GeoJSON / tiles'],
        [
          ['First map idle, basemap + journey drawn', range(f.app.mapIdle, 0), range(f.baseline.mapIdle, 0), range(f.ratio, 2), u ? range(u.mapIdle, 0) : '', f.untiledRatio ? range(f.untiledRatio, 2) : ''],
          ['Downloaded before idle, gzip kB', gz(f.app.transfer?.totalGzip), gz(f.baseline.transfer?.totalGzip), '', gz(u?.transfer.totalGzip), ''],
          ['… of which the basemap, gzip kB', gz(f.app.transfer?.basemapGzip), gz(f.baseline.transfer?.basemapGzip), '', gz(u?.transfer.basemapGzip), ''],
          ['… basemap files', range(f.app.transfer?.basemapFiles ?? summaryOf(Number.NaN), 0), range(f.baseline.transfer?.basemapFiles ?? summaryOf(Number.NaN), 0), '', u ? range(u.transfer.basemapFiles, 0) : '', ''],
          ['First contentful paint', range(f.app.firstContentfulPaint, 0), range(f.baseline.firstContentfulPaint, 0), '', '', ''],
          ['Itinerary readable', range(f.app.itineraryReadable, 0), '', '', '', ''],
          ['First card readable', range(f.app.cardReadable, 0), '', '', '', ''],
          ['DOM nodes after load', range(f.app.domNodes, 0), '', '', '', ''],
          ['JS heap after load, MB', range(mb(f.app.heapBytes), 1), range(mb(f.baseline.heapBytes), 1), '', '', ''],
        ],
      ),
    );
  }

  if (r.playback) {
    const p = r.playback;
    print(`\n3. Playback (${p.seconds} s; frame intervals in ms)`);
    const fig = (k: keyof PlaybackResult['app'], d = 1) => [range(p.app[k], d), range(p.baseline[k], d)];
    print(
      table(
        ['Figure', 'app', 'baseline', 'app / baseline'],
        [
          ['Mean fps', ...fig('meanFps'), range(p.meanFpsRatio, 2)],
          ['Frame interval p50', ...fig('p50'), ''],
          ['Frame interval p95', ...fig('p95'), range(p.p95Ratio, 2)],
          ['Longest frame', ...fig('longest'), ''],
          ['Long animation frames (>50 ms)', ...fig('longFrames', 0), ''],
          ['JS per frame in our code, p95 (profiled)', range(p.script.app.ours.p95, 2), range(p.script.baseline.ours.p95, 2), ''],
          ['JS per frame in our code, mean', range(p.script.app.ours.mean, 2), range(p.script.baseline.ours.mean, 2), ''],
          ['…including MapLibre calls it makes, p95', range(p.script.app.oursInclusive.p95, 2), range(p.script.baseline.oursInclusive.p95, 2), ''],
          ['JS per frame in MapLibre, p95', range(p.script.app.maplibre.p95, 2), range(p.script.baseline.maplibre.p95, 2), ''],
          ['All JS per frame, p95', range(p.script.app.allScript.p95, 2), range(p.script.baseline.allScript.p95, 2), ''],
        ],
      ),
    );
    if (p.script.appTopFunctions.length) {
      print('   Most self time in the app during playback (last profiled run):');
      for (const t of p.script.appTopFunctions.slice(0, 8)) print(`     ${num(t.ms, 0).padStart(6)} ms  ${t.origin.padEnd(8)} ${t.name}`);
    }
  }

  if (r.blankFrames) {
    const b = r.blankFrames;
    print(`\n3b. Blank frames (one colour over ≥ ${num(b.threshold * 100, 1)}% of the canvas)`);
    const row = (name: string, p: BlankFramesResult['steps']) => [name, String(p.frames), String(p.blank), num(p.medianShare * 100, 1), num(p.maxShare * 100, 1)];
    print(table(['Phase', 'frames', 'blank', 'median share of one colour, %', 'largest, %'], [row('Start + 3 steps (flights)', b.steps), row('Playback, 6 s', b.playback)]));
  }

  if (r.scale) {
    const { node, browser, growth } = r.scale;
    print('\n4. Scale');
    if (node.length) {
      print('   In Node (validation includes JSON.parse; lookups in µs per call)');
      print(
        table(
          ['events', 'trav.', 'MB', 'parse ms', 'validate ms', 'ms/MB', 'index ms', 'eventAt p50/p95', 'positionsAt p50/p95', 'frame work p50/p95'],
          node.map((n) => [
            String(n.events),
            String(n.travellers),
            num(n.bytes / 1e6, 2),
            num(n.parseMs.median, 1),
            range(n.validateMs, 1),
            num(n.validateMsPerMB.median, 0),
            num(n.indexMs.median, 1),
            `${num(n.eventAtUs.p50.median, 3)} / ${num(n.eventAtUs.p95.median, 3)}`,
            `${num(n.positionsAtUs.p50.median, 1)} / ${num(n.positionsAtUs.p95.median, 1)}`,
            `${num(n.frameWorkUs.p50.median, 0)} / ${num(n.frameWorkUs.p95.median, 0)}`,
          ]),
        ),
      );
    }
    if (browser.length) {
      print('   In the browser (ms; heap after load and GC; "DOM" = input until every Lit element has updated;');
      print(`   scrub percentiles leave out each run's first moves, which compile shader programs once per page)`);
      const scrubRow = (label: string, b: BrowserScaleRow) => [
        label,
        String(b.travellers),
        range(b.mapIdleMs, 0),
        num(b.cardReadableMs.median, 0),
        num(b.heapMB.median, 1),
        num(b.domNodes.median, 0),
        num(b.firstScrubToPaint?.median ?? Number.NaN, 0),
        num(b.scrubToDom.p95.median, 1),
        num(b.scrubToPaint.p50.median, 1),
        range(b.scrubToPaint.p95, 1),
        num(b.scrubToMapIdle.p95.median, 0),
        String(b.failures.length),
      ];
      const rows = browser.map((b) => scrubRow(String(b.events), b));
      if (r.scale.defaultJourney) rows.push(scrubRow(`default (${r.scale.defaultJourney.events})`, r.scale.defaultJourney));
      const floor = r.scale.scrubFloor;
      if (floor) rows.push(['baseline floor', '1', '', '', '', '', '', '', num(floor.p50.median, 1), range(floor.p95, 1), '', '']);
      print(
        table(
          ['events', 'trav.', 'first map idle', 'card readable', 'heap MB', 'DOM nodes', 'first move→paint', 'scrub→DOM p95', 'scrub→paint p50', 'scrub→paint p95', 'scrub→map idle p95', 'failures'],
          rows,
        ),
      );
      for (const b of browser) for (const f of b.failures) print(`   ! ${b.events} events, ${b.travellers} travellers: ${f}`);
    }
    if (growth) {
      const ts = Object.keys(Object.values(growth.byMetric)[0] ?? {});
      print(
        `   Growth exponents k in cost ∝ events^k, fitted over all sizes / over the last step (n log n: ${num(growth.nLogN, 2)} / ${num(growth.nLogNTail, 2)})`,
      );
      print(
        table(
          ['metric', ...ts.map((t) => `${t.slice(1)} trav.`)],
          Object.entries(growth.byMetric).map(([m, byT]) => [m, ...ts.map((t) => `${num(byT[t], 2)} / ${num(growth.tailByMetric[m]?.[t], 2)}`)]),
        ),
      );
    }
  }

  if (r.goals?.length) {
    print('\nGoals');
    print(table(['Goal', 'value', 'target', ''], r.goals.map((g) => [g.name, g.value, g.goal, yesNo(g.met)])));
  }
}

const summaryOf = (x: number): Summary => ({ median: x, min: x, max: x, runs: [x] });
const mb = (s: Summary): Summary => ({ median: s.median / 1e6, min: s.min / 1e6, max: s.max / 1e6, runs: s.runs.map((x) => x / 1e6) });
