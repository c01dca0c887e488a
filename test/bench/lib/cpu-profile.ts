/**
 * Attributing a V8 CPU profile of the page's main thread (Chrome DevTools
 * Protocol, `Profiler`) to code, frame by frame: each sample is charged to
 * the innermost function that was running. Functions in the app's bundles
 * are mapped back to their sources through the build's source maps, so time
 * in MapLibre is told apart from time in our code, even inside the lazy
 * chunk that holds both.
 */
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { join } from 'node:path';
import { percentile, mean } from './stats.ts';

/** The parts of a `Profiler.Profile` that are used here. */
export interface CpuProfile {
  readonly nodes: readonly {
    readonly id: number;
    readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number; readonly columnNumber: number };
    readonly children?: readonly number[];
  }[];
  readonly startTime: number;
  readonly endTime: number;
  readonly samples?: readonly number[];
  readonly timeDeltas?: readonly number[];
}

/** Where a function's code comes from. */
export type Origin = 'app' | 'app-deps' | 'maplibre' | 'other';

export interface CodeInfo {
  readonly origin: Origin;
  /** The original source and line when a source map knows it, else the bundle position. */
  readonly where: string;
}

/**
 * Classifies code by script URL and position: sources under src/ (and the
 * baseline's own main.ts) are the app; other node_modules in our bundles
 * (Lit, Turf, valibot) are the app's dependencies; maplibre-gl is MapLibre;
 * anything else (the browser, the benchmark's own scripts) is other.
 */
export function originClassifier(distDir: string): (url: string, line: number, column: number) => CodeInfo {
  const maps = new Map<string, SourceMap | null>();
  const cache = new Map<string, CodeInfo>();
  const mapFor = (file: string) => {
    if (!maps.has(file)) {
      const path = join(distDir, 'assets', `${file}.map`);
      maps.set(file, existsSync(path) ? new SourceMap(JSON.parse(readFileSync(path, 'utf8'))) : null);
    }
    return maps.get(file) ?? null;
  };
  return (url, line, column) => {
    const match = /\/assets\/([^/?#]+\.m?js)(?:[?#].*)?$/.exec(url);
    if (!match) return { origin: 'other', where: url || '(native)' };
    const file = match[1] as string;
    if (file.startsWith('maplibre-gl-worker')) return { origin: 'maplibre', where: file };
    const key = `${file}:${line}:${column}`;
    const known = cache.get(key);
    if (known) return known;
    const entry = mapFor(file)?.findEntry(line, column) as { originalSource?: string; originalLine?: number } | undefined;
    const source = entry?.originalSource ?? '';
    const origin: Origin = source.includes('node_modules/maplibre-gl/')
      ? 'maplibre'
      : source.includes('node_modules/')
        ? 'app-deps'
        : source
          ? 'app'
          : 'other';
    const where = source ? `${source.replace(/^(\.\.\/)+/, '')}:${(entry?.originalLine ?? 0) + 1}` : `${file}:${line + 1}:${column + 1}`;
    const info = { origin, where };
    cache.set(key, info);
    return info;
  };
}

export interface FrameCosts {
  /** Per animation frame: self time in the app's own sources plus its dependencies (Lit, Turf…), ms. */
  readonly ours: number[];
  /** Per frame: time in our code and everything it calls (MapLibre's setData, marker moves…), ms. */
  readonly oursInclusive: number[];
  /** Per frame: self time in MapLibre, ms. */
  readonly maplibre: number[];
  /** Per frame: all JavaScript on the main thread, ms. */
  readonly allScript: number[];
  /** Where the sync marker was found; undefined when it wasn't (the figures are then empty). */
  readonly synced: boolean;
  /** Self time by function over the window (top entries), for finding what costs most. */
  readonly topFunctions: readonly { name: string; origin: Origin; ms: number }[];
}

const NON_SCRIPT = new Set(['(idle)', '(program)', '(garbage collector)', '(root)']);

/**
 * Splits a profile into the page's animation frames.
 *
 * @param frames rAF timestamps from the page (performance.now() clock).
 * @param syncAt performance.now() when `benchSyncMarker` started.
 */
export function frameCosts(profile: CpuProfile, frames: readonly number[], syncAt: number, classify: ReturnType<typeof originClassifier>): FrameCosts {
  const empty: FrameCosts = { ours: [], oursInclusive: [], maplibre: [], allScript: [], synced: false, topFunctions: [] };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

  // Timestamps (µs, profiler clock) of each sample.
  const times: number[] = [];
  let t = profile.startTime;
  for (const d of deltas) times.push((t += d));

  // Native functions (WebGL calls, postMessage, JSON) count for the script that called them.
  const infoOf = new Map<number, CodeInfo>();
  const info = (id: number): CodeInfo => {
    let known = infoOf.get(id);
    if (!known) {
      const f = byId.get(id)!.callFrame;
      known = classify(f.url, f.lineNumber, f.columnNumber);
      const up = parent.get(id);
      if (!f.url && up !== undefined && !NON_SCRIPT.has(f.functionName)) known = { origin: info(up).origin, where: `${f.functionName} (native)` };
      infoOf.set(id, known);
    }
    return known;
  };
  const origin = (id: number): Origin => info(id).origin;
  const stackHas = (id: number, test: (nodeId: number) => boolean): boolean => {
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) if (test(n)) return true;
    return false;
  };

  const syncIndex = samples.findIndex((id) => stackHas(id, (n) => byId.get(n)?.callFrame.functionName === 'benchSyncMarker'));
  if (syncIndex < 0 || frames.length < 2) return empty;
  // Page time of a sample: the marker's first sample is taken as the moment it started.
  const toPage = (us: number) => syncAt + (us - (times[syncIndex] as number)) / 1000;

  const n = frames.length - 1;
  const ours = new Array<number>(n).fill(0);
  const inclusive = new Array<number>(n).fill(0);
  const maplibre = new Array<number>(n).fill(0);
  const all = new Array<number>(n).fill(0);
  const byFunction = new Map<string, { name: string; origin: Origin; ms: number }>();
  let frame = 0;
  for (let i = 0; i < samples.length - 1; i++) {
    const at = toPage(times[i] as number);
    if (at < (frames[0] as number)) continue;
    while (frame < n && at >= (frames[frame + 1] as number)) frame++;
    if (frame >= n) break;
    const id = samples[i] as number;
    const node = byId.get(id)!;
    if (NON_SCRIPT.has(node.callFrame.functionName)) continue;
    // Each sample stands for the time until the next one.
    const ms = ((times[i + 1] as number) - (times[i] as number)) / 1000;
    const o = origin(id);
    all[frame]! += ms;
    if (o === 'app' || o === 'app-deps') ours[frame]! += ms;
    if (o === 'maplibre') maplibre[frame]! += ms;
    if (stackHas(id, (x) => ['app', 'app-deps'].includes(origin(x)))) inclusive[frame]! += ms;
    const name = `${node.callFrame.functionName || '(anonymous)'} ${info(id).where}`;
    const entry = byFunction.get(name) ?? { name, origin: o, ms: 0 };
    entry.ms += ms;
    byFunction.set(name, entry);
  }
  const topFunctions = [...byFunction.values()].sort((a, b) => b.ms - a.ms).slice(0, 15);
  return { ours, oursInclusive: inclusive, maplibre, allScript: all, synced: true, topFunctions };
}

/** p50, p95, max and mean of per-frame costs. */
export function costSummary(values: readonly number[]): { p50: number; p95: number; max: number; mean: number } {
  return { p50: percentile(values, 50), p95: percentile(values, 95), max: values.length ? Math.max(...values) : Number.NaN, mean: mean(values) };
}
