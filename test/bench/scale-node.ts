/**
 * Scale, in Node: for each synthetic journey, parse and validation time,
 * indexing time (the model, the time engine and the slider's scale, as the
 * app builds them on load), and per-call lookup times of the time engine.
 */
import { performance } from 'node:perf_hooks';
import { buildJourney, type Journey } from '../../src/journey/model.ts';
import { StoryScale } from '../../src/journey/story-scale.ts';
import { Timeline } from '../../src/journey/timeline.ts';
import { validateJourneyText } from '../../src/journey/validate.ts';
import { travelledData, travelledKey } from '../../src/map/maplibre/journey-layers.ts';
import { random } from '../support/generate-journey.ts';
import type { SyntheticFile } from './lib/fixtures.ts';
import { percentile, summarize, type Summary } from './lib/stats.ts';

export interface NodeScaleRow {
  readonly events: number;
  readonly travellers: number;
  readonly bytes: number;
  readonly parseMs: Summary;
  /** validateJourneyText: JSON.parse, the schema, references, story checks. */
  readonly validateMs: Summary;
  readonly validateMsPerMB: Summary;
  /** buildJourney + Timeline + StoryScale. */
  readonly indexMs: Summary;
  /** Per call, µs: p50 and p95 over batches of calls at random instants. */
  readonly eventAtUs: { readonly p50: Summary; readonly p95: Summary };
  readonly positionsAtUs: { readonly p50: Summary; readonly p95: Summary };
  /** One playback frame's engine and map-data work: eventAt, positionsAt, travelledKey and travelledData. */
  readonly frameWorkUs: { readonly p50: Summary; readonly p95: Summary };
}

/** The slider's scale, built as journey-story.ts builds it. */
function storyScale(journey: Journey): StoryScale {
  return new StoryScale(
    journey.events.map((e) => ({ from: e.start, to: e.end ?? e.start })),
    journey.legs.map((l) => ({ from: l.depart, to: l.arrive })),
  );
}

function timeIt(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/** Per-call times (µs) of `fn` over `inputs`, in batches of `batch` calls. */
function batched(inputs: readonly number[], batch: number, fn: (t: number) => unknown): number[] {
  const out: number[] = [];
  let sink = 0;
  for (let i = 0; i + batch <= inputs.length; i += batch) {
    const t0 = performance.now();
    for (let k = i; k < i + batch; k++) sink += fn(inputs[k] as number) ? 1 : 0;
    out.push(((performance.now() - t0) * 1000) / batch);
  }
  if (sink < 0) console.log(sink); // Keeps the calls from being optimised away.
  return out;
}

export function measureNodeScale(file: SyntheticFile, runs: number): NodeScaleRow {
  const parse: number[] = [];
  const validate: number[] = [];
  const index: number[] = [];
  const eventAt = { p50: [] as number[], p95: [] as number[] };
  const positionsAt = { p50: [] as number[], p95: [] as number[] };
  const frameWork = { p50: [] as number[], p95: [] as number[] };
  const mb = file.bytes / 1e6;
  // One warm-up round, not recorded, so the JIT has seen the code.
  for (let run = -1; run < runs; run++) {
    const p = timeIt(() => JSON.parse(file.text));
    let result: ReturnType<typeof validateJourneyText> | undefined;
    const v = timeIt(() => (result = validateJourneyText(file.text)));
    if (!result?.ok) throw new Error(`${file.name} is not valid: ${result?.problems[0]?.message}`);
    const valid = result.journey;
    let journey: Journey | undefined;
    let timeline: Timeline | undefined;
    const x = timeIt(() => {
      journey = buildJourney(valid);
      timeline = new Timeline(journey);
      storyScale(journey);
    });
    const rand = random(1000 + run);
    const times = Array.from({ length: 2048 }, () => timeline!.start + rand() * (timeline!.end - timeline!.start));
    const e = batched(times, 32, (t) => timeline!.eventAt(t) + 1);
    const pos = batched(times.slice(0, 512), 8, (t) => timeline!.positionsAt(t).length);
    const frame = batched(times.slice(0, Math.max(16, Math.min(512, Math.round(2e5 / file.events)))), 4, (t) => {
      timeline!.eventAt(t);
      timeline!.positionsAt(t);
      const progress = (legId: string) => timeline!.legProgress(legId, t);
      return travelledKey(journey!, progress).length + travelledData(journey!, progress).features.length;
    });
    if (run < 0) continue;
    parse.push(p);
    validate.push(v);
    index.push(x);
    eventAt.p50.push(percentile(e, 50));
    eventAt.p95.push(percentile(e, 95));
    positionsAt.p50.push(percentile(pos, 50));
    positionsAt.p95.push(percentile(pos, 95));
    frameWork.p50.push(percentile(frame, 50));
    frameWork.p95.push(percentile(frame, 95));
  }
  const pair = (x: { p50: number[]; p95: number[] }) => ({ p50: summarize(x.p50), p95: summarize(x.p95) });
  return {
    events: file.events,
    travellers: file.travellers,
    bytes: file.bytes,
    parseMs: summarize(parse),
    validateMs: summarize(validate),
    validateMsPerMB: summarize(validate.map((v) => v / mb)),
    indexMs: summarize(index),
    eventAtUs: pair(eventAt),
    positionsAtUs: pair(positionsAt),
    frameWorkUs: pair(frameWork),
  };
}
