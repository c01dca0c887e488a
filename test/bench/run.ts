/**
 * `npm run bench`: builds the app and a bare-MapLibre baseline into
 * dist-bench/, serves both on 127.0.0.1, drives headless Chromium, prints a
 * report and writes every figure to bench-results/latest.json.
 *
 * Options (after `npm run bench --`):
 *   --runs N           app/baseline pairs for first map and playback (default 5)
 *   --profile-runs N   profiled playback pairs, for JS per frame (default 3)
 *   --scale-runs N     browser runs per synthetic journey (default 3; Node uses max(N, 5))
 *   --seconds S        playback window (default 10)
 *   --events 10,100,…  --travellers 1,10,50   synthetic journey sizes
 *   --only bundle,first-map,playback,blank-frames,scale-node,scale-browser
 *   --skip-build       reuse dist-bench/ from the last run
 *   --out FILE         results file (default bench-results/latest.json)
 *   --report FILE      print a results file again, without measuring (recomputes growth and goals)
 *
 * It is never a timed test: the budgets that can fail CI are in
 * test/budgets and test/unit/engine-complexity.test.ts.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureBlankFrames } from './blank-frames.ts';
import { measureBundle } from './bundle.ts';
import { measureFirstMap } from './first-map.ts';
import { launchChromium } from './lib/browser.ts';
import { buildApp, buildBaseline, buildUntiledBaseline } from './lib/builds.ts';
import { baselineRoute, loadJourneyFile, syntheticFile, writeSynthetic, type SyntheticFile } from './lib/fixtures.ts';
import { APP_IDLE, firstMark, openPage } from './lib/pages.ts';
import { serveStatic } from './lib/static-server.ts';
import { measurePlayback } from './playback.ts';
import { fitGrowth, printReport, type Goal, type Results } from './report.ts';
import { measureBrowserScale, measureScrubFloor, type BrowserScaleRow } from './scale-browser.ts';
import { measureNodeScale, type NodeScaleRow } from './scale-node.ts';
import { num } from './lib/table.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SECTIONS = ['bundle', 'first-map', 'playback', 'blank-frames', 'scale-node', 'scale-browser'] as const;
type Section = (typeof SECTIONS)[number];

function parseArgs(argv: readonly string[]) {
  const get = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const int = (name: string, fallback: number) => {
    const v = Number(get(name) ?? fallback);
    if (!Number.isInteger(v) || v < 0) throw new Error(`--${name} wants a whole number`);
    return v;
  };
  const list = (name: string, fallback: number[]) => (get(name)?.split(',').map(Number) ?? fallback).filter((n) => n > 0);
  const only = get('only')?.split(',') ?? [...SECTIONS];
  for (const s of only) if (!SECTIONS.includes(s as Section)) throw new Error(`--only: unknown part "${s}" (${SECTIONS.join(', ')})`);
  return {
    runs: int('runs', 5),
    profileRuns: int('profile-runs', 3),
    scaleRuns: int('scale-runs', 3),
    seconds: int('seconds', 10),
    events: list('events', [10, 100, 1000, 10_000]),
    travellers: list('travellers', [1, 10, 50]),
    only: new Set(only as Section[]),
    skipBuild: argv.includes('--skip-build'),
    out: resolve(root, get('out') ?? 'bench-results/latest.json'),
  };
}

const version = (pkg: string) => (JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
const log = (s: string) => console.log(s);

function gitState(): string {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: root, encoding: 'utf8' }).trim() !== '';
    return dirty ? `${commit} + local changes` : commit;
  } catch {
    return 'unknown';
  }
}

/** `--report FILE`: prints a results file again, without measuring; growth and goals are recomputed and saved back. */
function reprint(file: string): void {
  const path = resolve(root, file);
  const results = JSON.parse(readFileSync(path, 'utf8')) as Results;
  const out: { -readonly [K in keyof Results]: Results[K] } = results;
  if (results.scale) out.scale = { ...results.scale, growth: fitGrowth(results.scale.node, results.scale.browser) };
  const goals: Goal[] = [];
  collectGoals(results, goals);
  out.goals = goals;
  printReport(results, log);
  writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const report = argv.indexOf('--report');
  if (report >= 0) return reprint(argv[report + 1] ?? 'bench-results/latest.json');
  const options = parseArgs(argv);
  const dists = {
    app: join(root, 'dist-bench/app'),
    appWithoutMaplibre: join(root, 'dist-bench/app-without-maplibre'),
    baseline: join(root, 'dist-bench/baseline'),
    untiled: join(root, 'dist-bench/baseline-untiled'),
  };
  const cpus = os.cpus();
  const results: Results = {
    date: new Date().toISOString(),
    machine: {
      os: `${os.type()} ${os.release()} ${os.arch()}`,
      cpuModel: cpus[0]?.model ?? 'unknown',
      cpus: cpus.length,
      memoryGB: Math.round(os.totalmem() / 2 ** 30),
      loadAverageAtStart: os.loadavg().map((x) => Math.round(x * 100) / 100),
    },
    versions: { node: process.version, maplibre: version('maplibre-gl'), vite: version('vite'), lit: version('lit'), playwright: version('playwright-core'), git: gitState() },
    options: { ...options, only: [...options.only] },
    method: {
      runs: 'Every figure is the median of the runs, with min and max; app and baseline run in alternation (A B A B), each in a fresh browser context.',
      browser: 'Headless Chromium with SwiftShader (software WebGL): compare ratios within one run, not absolute times.',
      firstMap: "Navigation to the first map idle with basemap and journey layers drawn: the app's journey-map-idle mark; the baseline's baseline-map-idle mark. The baseline opens on the app's opening view (its data-camera), on the same tiled basemap; the untiled baseline on the same view with the GeoJSON basemap of before issue 19.",
      transfer: 'Every response finished before the first idle (page and worker), weighed as its built file gzipped at level 9.',
      blankFrames: 'Screencast frames (PNG) of the canvas alone, overlays hidden, during Start + 3 steps (flights) and 6 s of playback; blank = one colour (4 bits a channel) over ≥ 99.5% of the map.',
      readable: 'The first animation frame in which the itinerary entry and the card title have text.',
      playback: 'rAF intervals over the window after pressing Play (Normal speed); the baseline moves one marker along the same route with setData each frame.',
      ourJs: 'CPU profile sampled every 0.1 ms, self time charged per frame to code from src/ and its bundled dependencies (source maps), not MapLibre.',
      scrub: 'An input event on the Journey time slider; DOM = all Lit updates done; paint = a message posted from the next rAF; map idle = the next journey-map-idle. Reduced motion, so steps jump.',
      heap: 'Runtime.getHeapUsage after HeapProfiler.collectGarbage, once the map has settled.',
      growth: 'Least-squares slope of log(cost) on log(events); n log n over the same sizes is the limit.',
    },
  };

  if (!options.skipBuild) {
    log('Building the app, the app without MapLibre, and the baseline into dist-bench/…');
    await buildApp(root, dists.app, { sourcemap: true });
    await buildApp(root, dists.appWithoutMaplibre, { withoutMaplibre: true });
    await buildBaseline(root);
    buildUntiledBaseline(root);
  }

  const goals: Goal[] = [];
  const out: { -readonly [K in keyof Results]: Results[K] } = results;
  if (options.only.has('bundle')) {
    log('Measuring the bundle…');
    out.bundle = measureBundle(root, dists);
  }

  const files: SyntheticFile[] = options.events.flatMap((e) => options.travellers.map((t) => syntheticFile(e, t)));
  const nodeRows: NodeScaleRow[] = [];
  if (options.only.has('scale-node')) {
    for (const f of files) {
      log(`Scale in Node: ${f.events} events, ${f.travellers} travellers…`);
      nodeRows.push(measureNodeScale(f, Math.max(options.scaleRuns, 5)));
    }
  }

  const browserRows: BrowserScaleRow[] = [];
  let scrubFloor: Awaited<ReturnType<typeof measureScrubFloor>> | undefined;
  let defaultJourneyScrub: BrowserScaleRow | undefined;
  const needsBrowser = ['first-map', 'playback', 'blank-frames', 'scale-browser'].some((s) => options.only.has(s as Section));
  if (needsBrowser) {
    const data = mkdtempSync(join(os.tmpdir(), 'bench-data-'));
    const journey = loadJourneyFile(root);
    writeFileSync(join(data, 'route.json'), JSON.stringify(baselineRoute(journey)));
    const appServer = await serveStatic(dists.app, { '/bench-data/': data });
    const baselineServer = await serveStatic(dists.baseline, { '/bench-data/': data });
    const untiledServer = await serveStatic(dists.untiled, { '/bench-data/': data });
    const browser = await launchChromium();
    out.versions = { ...results.versions, chromium: browser.version() };
    try {
      // The baseline's map gets the size of the app's map, and the same padding around the first step.
      const probe = await openPage(browser, appServer.url, { watchStory: false });
      await firstMark(probe, APP_IDLE, 120_000);
      const size = await probe.page.evaluate(() => {
        const view = document.querySelector('journey-story')?.shadowRoot?.querySelector('journey-map-view');
        const rect = (view?.shadowRoot?.querySelector('[part="map"]') ?? view)?.getBoundingClientRect();
        // The app's opening view ("lng,lat,zoom"), so the baselines open on the same one.
        return { w: Math.round(rect?.width ?? 0), h: Math.round(rect?.height ?? 0), camera: view?.getAttribute('data-camera') ?? '' };
      });
      await probe.close();
      const padding = Math.max(16, Math.min(80, size.w / 6, size.h / 6));
      const query = `?route=bench-data/route.json&w=${size.w}&h=${size.h}&padding=${padding}&camera=${size.camera}`;
      const urls = { app: appServer.url, baseline: `${baselineServer.url}${query}`, untiled: `${untiledServer.url}${query}` };
      out.options = { ...results.options, mapSize: size, urls };

      if (options.only.has('first-map')) {
        log('First map: app, baseline and untiled baseline in alternation…');
        const mounts = { '/bench-data/': data };
        out.firstMap = await measureFirstMap(browser, {
          app: { url: urls.app, dist: dists.app, mounts },
          baseline: { url: urls.baseline, dist: dists.baseline, mounts },
          untiled: { url: urls.untiled, dist: dists.untiled, mounts },
        }, options.runs, log);
      }
      if (options.only.has('playback')) {
        log('Playback: app and baseline in alternation…');
        out.playback = await measurePlayback(browser, urls, dists, options, log);
      }
      if (options.only.has('blank-frames')) {
        log('Blank frames: steps and playback, screencast…');
        out.blankFrames = await measureBlankFrames(browser, urls.app, log);
      }
      if (options.only.has('scale-browser')) {
        log('Scrub floor (baseline) and the default journey…');
        scrubFloor = await measureScrubFloor(browser, urls.baseline, options.scaleRuns);
        defaultJourneyScrub = await measureBrowserScale(browser, appServer.url, { events: journey.events.length, travellers: journey.travellers.size }, options.scaleRuns);
        for (const f of files) {
          writeSynthetic(data, f);
          log(`Scale in the browser: ${f.events} events, ${f.travellers} travellers…`);
          browserRows.push(await measureBrowserScale(browser, appServer.url, f, options.scaleRuns));
        }
      }
    } finally {
      await browser.close();
      await appServer.close();
      await baselineServer.close();
      await untiledServer.close();
      rmSync(data, { recursive: true, force: true });
    }
  }
  if (nodeRows.length || browserRows.length) {
    out.scale = { node: nodeRows, browser: browserRows, growth: fitGrowth(nodeRows, browserRows), scrubFloor, defaultJourney: defaultJourneyScrub };
  }
  out.machine = { ...results.machine, loadAverageAtEnd: os.loadavg().map((x) => Math.round(x * 100) / 100) };

  collectGoals(results, goals);
  out.goals = goals;
  printReport(results, log);
  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(options.out, `${JSON.stringify(results, null, 2)}\n`);
  log(`\nWrote ${options.out}`);
}

/** The goals, each with its measured value; undefined "met" when the part wasn't run. */
function collectGoals(r: Results, goals: Goal[]): void {
  const b = r.bundle;
  if (b) {
    // Budgets in KB of 1,024 bytes (see BUDGETS), with kB of 1,000 beside them.
    const size = (bytes: number) => `${num(bytes / 1024)} KB (${num(bytes / 1000)} kB)`;
    const budget = (name: string, x: { value: number; limit: number; met: boolean } | undefined) => {
      if (x) goals.push({ name, value: size(x.value), goal: `≤ ${num(x.limit / 1024)} KB`, met: x.met });
    };
    budget('Eager JS + CSS, gzip', b.budgets.eagerGzip);
    budget("App's own code beyond MapLibre (without the fallback), gzip", b.budgets.ownCodeGzip);
    budget('No-WebGL fallback map, gzip', b.budgets.fallbackGzip);
  }
  const f = r.firstMap;
  if (f) {
    goals.push({ name: 'First map idle, app / baseline (same tiles, same view)', value: num(f.ratio.median, 2), goal: '≤ 1.1', met: f.ratio.median <= 1.1 });
    const t = f.app.transfer;
    if (t) {
      goals.push({ name: 'Downloaded before the first map idle, gzip', value: `${num(t.totalGzip.median / 1000, 0)} kB`, goal: '≤ 600 kB', met: t.totalGzip.median <= 600_000 });
      goals.push({ name: '… of which the basemap', value: `${num(t.basemapGzip.median / 1000, 0)} kB`, goal: '≤ 100 kB', met: t.basemapGzip.median <= 100_000 });
    }
    const readable = Math.max(f.app.itineraryReadable.median, f.app.cardReadable.median);
    goals.push({
      name: 'Itinerary and card readable long before the map',
      value: `${num(readable, 0)} ms vs ${num(f.app.mapIdle.median, 0)} ms`,
      goal: '≤ half the map time',
      met: readable <= f.app.mapIdle.median / 2,
    });
  }
  const p = r.playback;
  if (p) {
    goals.push({ name: 'Playback p95 frame interval, app / baseline', value: num(p.p95Ratio.median, 2), goal: '≤ 1.1', met: p.p95Ratio.median <= 1.1 });
    goals.push({ name: 'JS per frame in our code, p95', value: `${num(p.script.app.ours.p95.median, 2)} ms`, goal: '≤ 2 ms', met: p.script.app.ours.p95.median <= 2 });
  }
  const blank = r.blankFrames;
  if (blank) {
    const n = blank.steps.blank + blank.playback.blank;
    goals.push({ name: 'Blank frames in steps and playback', value: `${n} of ${blank.steps.frames + blank.playback.frames}`, goal: '0', met: n === 0 });
  }
  const s = r.scale;
  const node = s?.node.find((n) => n.events === 1000 && n.travellers === 10);
  if (node) goals.push({ name: 'Validation at 1,000 events, 10 travellers', value: `${num(node.validateMsPerMB.median, 0)} ms/MB`, goal: '≤ 50 ms/MB', met: node.validateMsPerMB.median <= 50 });
  const web = s?.browser.find((n) => n.events === 1000 && n.travellers === 10);
  if (web) {
    const floor = s?.scrubFloor ? ` (floor ${num(s.scrubFloor.p95.median, 1)} ms)` : '';
    goals.push({ name: 'Scrub to paint p95, 1,000 events, 10 travellers', value: `${num(web.scrubToPaint.p95.median, 1)} ms${floor}`, goal: '≤ 50 ms (aim 16.7)', met: web.scrubToPaint.p95.median <= 50 });
    goals.push({ name: '… of which our JS (scrub to DOM) p95', value: `${num(web.scrubToDom.p95.median, 1)} ms`, goal: '≤ 16.7 ms', met: web.scrubToDom.p95.median <= 16.7 });
  }
  const big = s?.browser.find((n) => n.events === 10_000 && n.travellers === 10);
  if (big) {
    goals.push({ name: 'Scrub to paint p95, 10,000 events, 10 travellers', value: `${num(big.scrubToPaint.p95.median, 1)} ms`, goal: '≤ 100 ms', met: big.scrubToPaint.p95.median <= 100 });
    goals.push({ name: 'DOM nodes, 10,000 events, 10 travellers', value: num(big.domNodes.median, 0), goal: '≤ 5,000', met: big.domNodes.median <= 5000 });
  }
  if (s?.growth) {
    // Met when neither the fit over all sizes nor the last step grows faster than n log n (0.1 of slack for noise).
    const g = s.growth;
    for (const [metric, byT] of Object.entries(g.byMetric)) {
      const k = byT.t10;
      const tail = g.tailByMetric[metric]?.t10;
      if (k === undefined || !Number.isFinite(k)) continue;
      const tailOk = tail === undefined || !Number.isFinite(tail) || tail <= g.nLogNTail + 0.1;
      goals.push({
        name: `Growth of ${metric} (10 travellers)`,
        value: `k = ${num(k, 2)} / ${num(tail, 2)}`,
        goal: `≤ ${num(g.nLogN + 0.1, 2)} / ${num(g.nLogNTail + 0.1, 2)}`,
        met: k <= g.nLogN + 0.1 && tailOk,
      });
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
