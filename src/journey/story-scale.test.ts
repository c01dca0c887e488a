import { describe, expect, it } from 'vitest';
import { StoryScale } from './story-scale.ts';

const H = 3_600_000;
const D = 24 * H;
// Shaped like the default journey: a context event days before, then a dense afternoon.
const events = [
  { from: 0, to: 0 },
  { from: 7 * D, to: 7 * D + 4 * H },
  { from: 9 * D + 13 * H, to: 9 * D + 13.5 * H },
  { from: 9 * D + 14 * H, to: 9 * D + 16.5 * H },
  { from: 9 * D + 16.5 * H, to: 9 * D + 19.6 * H },
  { from: 9 * D + 19.7 * H, to: 10 * D + 0.5 * H },
  { from: 10 * D + 2 * H, to: 10 * D + 2 * H },
];
const legs = [{ from: 9 * D + 1 * H, to: 9 * D + 13 * H }];
const scale = new StoryScale(events, legs);

describe('StoryScale', () => {
  it('runs from 0 at the first instant to 1 at the last', () => {
    expect(scale.toPosition(0)).toBe(0);
    expect(scale.toPosition(10 * D + 2 * H)).toBe(1);
  });

  it('is strictly monotonic: time runs forward everywhere', () => {
    let previous = -1;
    for (let t = scale.start; t <= scale.end; t += 7 * 60_000) {
      const p = scale.toPosition(t);
      expect(p).toBeGreaterThan(previous);
      previous = p;
    }
  });

  it('is invertible', () => {
    for (let p = 0; p <= 1; p += 0.01) expect(scale.toPosition(scale.toTime(p))).toBeCloseTo(p, 9);
    for (const e of events) expect(scale.toTime(scale.toPosition(e.from))).toBeCloseTo(e.from, 0);
  });

  it('gives each event at least 1 / (2 × events) of the track', () => {
    const starts = [...new Set(events.map((e) => e.from))].sort((a, b) => a - b);
    starts.forEach((start, i) => {
      const next = starts[i + 1] ?? scale.end;
      const share = scale.toPosition(next) - scale.toPosition(start);
      if (next > start) expect(share).toBeGreaterThanOrEqual(1 / (2 * events.length) - 1e-12);
    });
  });

  it('shrinks long idle gaps and reports them as breaks', () => {
    expect(scale.breaks.length).toBeGreaterThanOrEqual(2);
    const week = scale.breaks.find((b) => b.from === 0);
    expect(week).toBeDefined();
    // Seven idle days take less of the track than the five-hour talks.
    const talks = scale.toPosition(10 * D + 0.5 * H) - scale.toPosition(9 * D + 19.7 * H);
    expect(week!.p1 - week!.p0).toBeLessThan(talks);
    // The Moscow afternoon is no sliver: over a third of the track.
    expect(scale.toPosition(10 * D + 2 * H) - scale.toPosition(9 * D + 13 * H)).toBeGreaterThan(1 / 3);
  });

  it('clamps outside the story and handles a single instant', () => {
    expect(scale.toPosition(-D)).toBe(0);
    expect(scale.toTime(2)).toBe(scale.end);
    const single = new StoryScale([{ from: 5, to: 5 }]);
    expect(single.toPosition(5)).toBe(0);
    expect(single.toTime(0)).toBe(5);
  });
});
