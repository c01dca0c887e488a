/**
 * `npx tsx test/bench/profile.ts`: CPU profiles (Chrome DevTools Protocol,
 * `Profiler`, sampled every 0.1 ms) of the app's main thread during playback
 * of the default journey and during slider moves on a synthetic journey, to
 * say where the time of a goal still missed goes. Reads the build of the
 * last `npm run bench` (dist-bench/app, with its source maps), so run that
 * first. Prints the top self-time functions of each and writes them, with
 * the share of our code, MapLibre and the rest, to bench-results/profile.json.
 *
 * Options: --events N --travellers N (the scrub journey, default 1,000 × 10),
 * --seconds S (the playback window, default 8), --out FILE.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { random } from '../support/generate-journey.ts';
import { launchChromium } from './lib/browser.ts';
import { originClassifier, type CpuProfile, type Origin } from './lib/cpu-profile.ts';
import { syntheticFile, writeSynthetic } from './lib/fixtures.ts';
import { scrubSlider } from './lib/page-probes.ts';
import { appFirstIdle, openPage, pause, requireWebGL2, type OpenPage } from './lib/pages.ts';
import { serveStatic } from './lib/static-server.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};

interface Top {
  readonly name: string;
  readonly origin: Origin;
  readonly ms: number;
  readonly share: number;
}

/** Self time by function over the whole profile (native calls charged to the script that called them), and by origin. */
function summarise(profile: CpuProfile, classify: ReturnType<typeof originClassifier>) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const idle = new Set(['(idle)', '(program)', '(root)']);
  const infoOf = (id: number): { origin: Origin; where: string } => {
    const f = byId.get(id)!.callFrame;
    const up = parent.get(id);
    if (!f.url && up !== undefined && !idle.has(f.functionName) && f.functionName !== '(garbage collector)') return { origin: infoOf(up).origin, where: `${f.functionName} (native)` };
    return classify(f.url, f.lineNumber, f.columnNumber);
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const fns = new Map<string, { name: string; origin: Origin; ms: number }>();
  const origins: Record<string, number> = {};
  let busy = 0;
  for (let i = 0; i < samples.length - 1; i++) {
    const node = byId.get(samples[i] as number)!;
    if (idle.has(node.callFrame.functionName)) continue;
    const ms = (deltas[i + 1] ?? 0) / 1000;
    const info = node.callFrame.functionName === '(garbage collector)' ? { origin: 'other' as Origin, where: '' } : infoOf(node.id);
    const name = `${node.callFrame.functionName || '(anonymous)'} ${info.where}`.trim();
    const entry = fns.get(name) ?? { name, origin: info.origin, ms: 0 };
    entry.ms += ms;
    fns.set(name, entry);
    origins[info.origin] = (origins[info.origin] ?? 0) + ms;
    busy += ms;
  }
  const round = (x: number) => Math.round(x * 10) / 10;
  const top: Top[] = [...fns.values()]
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 20)
    .map((f) => ({ ...f, ms: round(f.ms), share: round((100 * f.ms) / busy) }));
  const wall = (profile.endTime - profile.startTime) / 1000;
  return { wallMs: round(wall), scriptMs: round(busy), byOrigin: Object.fromEntries(Object.entries(origins).map(([k, v]) => [k, round(v)])), top };
}

async function profiled<T>(open: OpenPage, run: () => Promise<T>): Promise<{ result: T; profile: CpuProfile }> {
  await open.cdp.send('Profiler.enable');
  await open.cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await open.cdp.send('Profiler.start');
  const result = await run();
  const { profile } = (await open.cdp.send('Profiler.stop')) as { profile: CpuProfile };
  return { result, profile };
}

async function main(): Promise<void> {
  const dist = join(root, 'dist-bench/app');
  const out = resolve(root, arg('out', 'bench-results/profile.json'));
  const seconds = Number(arg('seconds', '8'));
  const file = syntheticFile(Number(arg('events', '1000')), Number(arg('travellers', '10')));
  const data = mkdtempSync(join(os.tmpdir(), 'bench-profile-'));
  writeSynthetic(data, file);
  const server = await serveStatic(dist, { '/bench-data/': data });
  const browser = await launchChromium();
  const classify = originClassifier(dist);
  const report: Record<string, unknown> = { date: new Date().toISOString(), loadAverage: os.loadavg().map((x) => Math.round(x * 100) / 100) };
  try {
    // Playback of the default journey, as the bench plays it (Normal speed).
    {
      const open = await openPage(browser, server.url, { watchStory: false });
      await requireWebGL2(open.page);
      await appFirstIdle(open, 240_000);
      await pause(1000);
      const play = open.page.locator('time-slider').getByRole('button', { name: 'Play', exact: true });
      const { result: frames, profile } = await profiled(open, async () => {
        await play.click();
        const n = await open.page.evaluate(
          (ms) => new Promise<number>((done) => {
            let count = 0;
            const start = performance.now();
            const tick = () => (count++, performance.now() - start < ms ? requestAnimationFrame(tick) : done(count));
            requestAnimationFrame(tick);
          }),
          seconds * 1000,
        );
        await open.page.locator('time-slider').getByRole('button', { name: 'Pause', exact: true }).click();
        return n;
      });
      report.playback = { frames, ...summarise(profile, classify) };
      await open.close();
    }
    // Slider moves on the synthetic journey, reduced motion (steps jump), as the bench's scrub.
    {
      const cap = file.bytes > 5 * 2 ** 20 ? `&max-mb=${Math.ceil(file.bytes / 2 ** 20) + 1}` : '';
      const open = await openPage(browser, `${server.url}?journey=${encodeURIComponent(`/bench-data/${file.name}`)}${cap}`, { watchStory: true, reducedMotion: 'reduce' });
      await requireWebGL2(open.page);
      await appFirstIdle(open, 240_000);
      await pause(1000);
      const rand = random(7);
      // Two moves first, unprofiled: shader programs compile on the first new views.
      await open.page.evaluate(scrubSlider, { positions: [rand(), rand()], settleTimeoutMs: 20_000, budgetMs: 30_000, minMoves: 2 });
      const positions = Array.from({ length: 8 }, () => rand());
      const { result, profile } = await profiled(open, () => open.page.evaluate(scrubSlider, { positions, settleTimeoutMs: 20_000, budgetMs: 40_000, minMoves: 4 }));
      report.scrub = { events: file.events, travellers: file.travellers, toPaintMs: result.toPaint.map(Math.round), toDomMs: result.toDom.map(Math.round), ...summarise(profile, classify) };
      await open.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  for (const part of ['playback', 'scrub'] as const) {
    const r = report[part] as ReturnType<typeof summarise>;
    console.log(`\n${part}: ${r.scriptMs} ms of script in ${r.wallMs} ms (${JSON.stringify(r.byOrigin)})`);
    for (const t of r.top.slice(0, 12)) console.log(`  ${t.ms.toFixed(1).padStart(8)} ms ${t.share.toFixed(1).padStart(5)}%  ${t.origin.padEnd(9)} ${t.name}`);
  }
  console.log(`\nWritten to ${out}`);
}

await main();
