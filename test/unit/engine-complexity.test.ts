/**
 * The time engine's lookups stay logarithmic: the cost of a lookup at
 * 10,000 events is within a constant factor of the cost at 100. Ratios of
 * medians measured side by side (A B A B), never absolute times, so the test
 * holds on a slow or busy machine. `npm run bench` reports the times.
 */
import { describe, expect, it } from 'vitest';
import { buildJourney } from '../../src/journey/model.ts';
import { StoryScale } from '../../src/journey/story-scale.ts';
import { Timeline } from '../../src/journey/timeline.ts';
import { generateJourney, random } from '../support/generate-journey.ts';

/** Linear growth would be 100×; a binary search is about 2×. */
const MAX_RATIO = 8;
const REPETITIONS = 25;

function setUp(events: number) {
  const journey = buildJourney(generateJourney({ events, travellers: 10, seed: 20251202, sortEvents: true }).file);
  const timeline = new Timeline(journey);
  const scale = new StoryScale(
    journey.events.map((e) => ({ from: e.start, to: e.end ?? e.start })),
    journey.legs.map((l) => ({ from: l.depart, to: l.arrive })),
  );
  const rand = random(events);
  const times = Array.from({ length: 4096 }, () => timeline.start + rand() * (timeline.end - timeline.start));
  const positions = times.map(() => rand());
  return { timeline, scale, times, positions };
}

/** Median time per call of `lookup` over `inputs`, for each size, measured in alternation. */
function medianCosts(sizes: readonly ((input: number) => unknown)[], inputs: readonly number[]): number[] {
  const samples: number[][] = sizes.map(() => []);
  let sink = 0;
  for (let rep = 0; rep < REPETITIONS + 3; rep++) {
    sizes.forEach((lookup, k) => {
      const t0 = performance.now();
      for (const input of inputs) sink += lookup(input) ? 1 : 0;
      const perCall = (performance.now() - t0) / inputs.length;
      if (rep >= 3) samples[k]!.push(perCall); // the first repetitions warm the JIT up
    });
  }
  expect(sink).toBeGreaterThan(0);
  return samples.map((s) => [...s].sort((a, b) => a - b)[s.length >> 1]!);
}

describe('time engine complexity', () => {
  const small = setUp(100);
  const large = setUp(10_000);

  it(`finds the current event at 10,000 events within ${MAX_RATIO}× the cost at 100`, () => {
    const [a, b] = medianCosts(
      [(i) => small.timeline.eventAt(small.times[i]!) + 1, (i) => large.timeline.eventAt(large.times[i]!) + 1],
      small.times.map((_, i) => i),
    );
    expect(b! / a!, `${a!.toPrecision(3)} ms at 100, ${b!.toPrecision(3)} ms at 10,000`).toBeLessThan(MAX_RATIO);
  });

  it(`places every traveller at 10,000 events within ${MAX_RATIO}× the cost at 100`, () => {
    const [a, b] = medianCosts(
      [(i) => small.timeline.positionsAt(small.times[i]!).length, (i) => large.timeline.positionsAt(large.times[i]!).length],
      small.times.slice(0, 512).map((_, i) => i),
    );
    expect(b! / a!, `${a!.toPrecision(3)} ms at 100, ${b!.toPrecision(3)} ms at 10,000`).toBeLessThan(MAX_RATIO);
  });

  it(`maps slider positions to time at 10,000 events within ${MAX_RATIO}× the cost at 100`, () => {
    const [a, b] = medianCosts(
      [(i) => small.scale.toTime(small.positions[i]!), (i) => large.scale.toTime(large.positions[i]!)],
      small.positions.map((_, i) => i),
    );
    expect(b! / a!, `${a!.toPrecision(3)} ms at 100, ${b!.toPrecision(3)} ms at 10,000`).toBeLessThan(MAX_RATIO);
  });
});
