/**
 * Playback: frame intervals over a window of playback (the app's Play
 * button at its normal speed; the baseline moving one marker along the same
 * route with setData), in alternation. Then profiled runs of both, to split
 * each frame's JavaScript between our code and MapLibre.
 */
import type { Browser } from '@playwright/test';
import { costSummary, frameCosts, originClassifier, type CpuProfile, type FrameCosts } from './lib/cpu-profile.ts';
import type { PlaybackRecording } from './lib/page-probes.ts';
import { recordPlayback } from './lib/page-probes.ts';
import { APP_IDLE, BASELINE_IDLE, firstMark, openPage, pause, requireWebGL2 } from './lib/pages.ts';
import { percentile, summarize, type Summary } from './lib/stats.ts';

/** The app's "Normal" speed: the whole journey in 60 s (see time-slider.ts). */
const APP_SPEED_SECONDS = 60;
const SAMPLING_INTERVAL_US = 100;

export interface FrameFigures {
  readonly frames: number;
  readonly meanFps: number;
  readonly p50: number;
  readonly p95: number;
  readonly longest: number;
  /** Long animation frames (over 50 ms) in the window. */
  readonly longFrames: number;
  readonly longFramesMs: number;
}

export function frameFigures(rec: PlaybackRecording): FrameFigures {
  const intervals = rec.frames.slice(1).map((t, i) => t - (rec.frames[i] as number));
  const span = (rec.frames[rec.frames.length - 1] ?? 0) - (rec.frames[0] ?? 0);
  return {
    frames: intervals.length,
    meanFps: span > 0 ? (intervals.length * 1000) / span : Number.NaN,
    p50: percentile(intervals, 50),
    p95: percentile(intervals, 95),
    longest: intervals.length ? Math.max(...intervals) : Number.NaN,
    longFrames: rec.longFrames.length,
    longFramesMs: rec.longFrames.reduce((a, f) => a + f.duration, 0),
  };
}

type Summaries<T> = { readonly [K in keyof T]: Summary };
const summarizeAll = <T extends object>(runs: readonly T[]): Summaries<T> =>
  Object.fromEntries(Object.keys(runs[0] ?? {}).map((k) => [k, summarize(runs.map((r) => (r as Record<string, number>)[k] ?? Number.NaN))])) as Summaries<T>;

export interface ScriptFigures {
  /** Per frame, ms: p50, p95, max, mean. */
  readonly ours: ReturnType<typeof costSummary>;
  readonly oursInclusive: ReturnType<typeof costSummary>;
  readonly maplibre: ReturnType<typeof costSummary>;
  readonly allScript: ReturnType<typeof costSummary>;
}

export interface PlaybackResult {
  readonly seconds: number;
  readonly app: Summaries<FrameFigures>;
  readonly baseline: Summaries<FrameFigures>;
  /** p95 frame interval, app / baseline, pair by pair. */
  readonly p95Ratio: Summary;
  readonly meanFpsRatio: Summary;
  /** JavaScript per frame from profiled runs (sampling every 0.1 ms; profiling itself slows frames a little). */
  readonly script: {
    readonly app: { readonly [K in keyof ScriptFigures]: Summaries<ScriptFigures[K]> };
    readonly baseline: { readonly [K in keyof ScriptFigures]: Summaries<ScriptFigures[K]> };
    /** Self time by function in the app's last profiled run. */
    readonly appTopFunctions: FrameCosts['topFunctions'];
  };
  readonly runs: { readonly app: FrameFigures[]; readonly baseline: FrameFigures[] };
}

async function once(
  browser: Browser,
  url: string,
  kind: 'app' | 'baseline',
  ms: number,
  profile: ((p: CpuProfile, rec: PlaybackRecording) => void) | undefined,
): Promise<PlaybackRecording> {
  const open = await openPage(browser, url, { watchStory: false });
  try {
    await requireWebGL2(open.page);
    await firstMark(open, kind === 'app' ? APP_IDLE : BASELINE_IDLE, 120_000);
    await pause(1000); // Let the inset, markers and late tiles settle.
    if (profile) {
      await open.cdp.send('Profiler.enable');
      await open.cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
      await open.cdp.send('Profiler.start');
    }
    const rec = await open.page.evaluate(recordPlayback, { ms, page: kind, seconds: APP_SPEED_SECONDS });
    if (!rec.started) throw new Error(`${kind}: playback did not run for the whole window`);
    if (profile) profile((await open.cdp.send('Profiler.stop')).profile as CpuProfile, rec);
    return rec;
  } finally {
    await open.close();
  }
}

function scriptFigures(costs: FrameCosts): ScriptFigures {
  return {
    ours: costSummary(costs.ours),
    oursInclusive: costSummary(costs.oursInclusive),
    maplibre: costSummary(costs.maplibre),
    allScript: costSummary(costs.allScript),
  };
}

function summarizeScript(runs: readonly ScriptFigures[]): PlaybackResult['script']['app'] {
  const pick = (k: keyof ScriptFigures) => summarizeAll(runs.map((r) => r[k]));
  return { ours: pick('ours'), oursInclusive: pick('oursInclusive'), maplibre: pick('maplibre'), allScript: pick('allScript') };
}

export async function measurePlayback(
  browser: Browser,
  urls: { app: string; baseline: string },
  dists: { app: string; baseline: string },
  options: { runs: number; profileRuns: number; seconds: number },
  log: (s: string) => void,
): Promise<PlaybackResult> {
  const ms = options.seconds * 1000;
  const app: FrameFigures[] = [];
  const baseline: FrameFigures[] = [];
  for (let i = 0; i < options.runs; i++) {
    app.push(frameFigures(await once(browser, urls.app, 'app', ms, undefined)));
    baseline.push(frameFigures(await once(browser, urls.baseline, 'baseline', ms, undefined)));
    log(`  playback ${i + 1}/${options.runs}: p95 app ${app[i]!.p95.toFixed(1)} ms, baseline ${baseline[i]!.p95.toFixed(1)} ms`);
  }

  const classify = { app: originClassifier(dists.app), baseline: originClassifier(dists.baseline) };
  const script: { app: ScriptFigures[]; baseline: ScriptFigures[] } = { app: [], baseline: [] };
  let appTop: FrameCosts['topFunctions'] = [];
  for (let i = 0; i < options.profileRuns; i++) {
    for (const kind of ['app', 'baseline'] as const) {
      // Now and then the profile's clock can't be matched to the page's
      // frames (a sync sample lost on a busy machine): that run is made again.
      let synced = false;
      for (let attempt = 1; !synced; attempt++) {
        await once(browser, urls[kind], kind, ms, (profile, rec) => {
          const costs = frameCosts(profile, rec.frames, rec.syncAt, classify[kind]);
          if (!costs.synced) return;
          synced = true;
          script[kind].push(scriptFigures(costs));
          if (kind === 'app') appTop = costs.topFunctions;
        });
        if (synced) break;
        if (attempt === 3) throw new Error(`${kind}: three times, the CPU profile could not be lined up with the page's frames`);
        log(`  profiled playback (${kind}): the profile did not line up with the frames; again`);
      }
    }
    log(`  profiled playback ${i + 1}/${options.profileRuns}: our JS p95 ${script.app[i]!.ours.p95.toFixed(2)} ms/frame`);
  }

  return {
    seconds: options.seconds,
    app: summarizeAll(app),
    baseline: summarizeAll(baseline),
    p95Ratio: summarize(app.map((a, i) => a.p95 / baseline[i]!.p95)),
    meanFpsRatio: summarize(app.map((a, i) => a.meanFps / baseline[i]!.meanFps)),
    script: { app: summarizeScript(script.app), baseline: summarizeScript(script.baseline), appTopFunctions: appTop },
    runs: { app, baseline },
  };
}
