/**
 * Compressed story time: a mapping between instants and positions on a
 * slider track (0 to 1) that gives dense hours room and squeezes idle days.
 *
 * The mapping is piecewise linear between **knots**: every event start and
 * end and every leg's departure and arrival.
 * - Each piece between two knots gets a weight: √(its length in hours) when
 *   something is going on in it (an event or a leg covers it, or it is
 *   shorter than `gapMs`), or a small fixed `gapWeight` when it is an idle gap
 *   longer than `gapMs`. Idle gaps are reported as `breaks`, to be drawn as
 *   visible breaks on the track.
 * - Each event adds `eventWeight` to the piece that starts at its start,
 *   where `eventWeight` is the sum of all piece weights divided by the
 *   number of events. So every event gets at least 1 / (2 × events) of the
 *   track.
 * - Positions are the running sums of weights, normalised to 0..1. Every
 *   weight is positive, so time runs forward everywhere (strictly
 *   monotonic) and the mapping is invertible.
 */

export interface ScaleInterval {
  readonly from: number;
  readonly to: number;
}

export interface ScaleOptions {
  /** An uncovered stretch longer than this is an idle gap (default 3 h). */
  readonly gapMs?: number;
  /** The weight of an idle gap, in the same units as √hours (default 0.6). */
  readonly gapWeight?: number;
}

export interface TrackBreak {
  readonly from: number;
  readonly to: number;
  /** Where the break sits on the track. */
  readonly p0: number;
  readonly p1: number;
}

const HOUR = 3_600_000;

export class StoryScale {
  /** Knot instants, strictly increasing. */
  readonly times: readonly number[];
  /** Knot positions, strictly increasing from 0 to 1. */
  readonly positions: readonly number[];
  readonly breaks: readonly TrackBreak[];

  /**
   * @param events Each event's span (an instant event has from === to).
   * @param activity Other spans when something happens (legs).
   */
  constructor(events: readonly ScaleInterval[], activity: readonly ScaleInterval[] = [], options: ScaleOptions = {}) {
    const gapMs = options.gapMs ?? 3 * HOUR;
    const gapWeight = options.gapWeight ?? 0.6;
    const spans = [...events, ...activity].filter((s) => Number.isFinite(s.from) && Number.isFinite(s.to));
    const times = [...new Set(spans.flatMap((s) => [s.from, s.to]))].sort((a, b) => a - b);
    if (times.length < 2) {
      const only = times[0] ?? 0;
      this.times = [only, only + 1];
      this.positions = [0, 1];
      this.breaks = [];
      return;
    }

    // Which pieces are covered by a span: sweep spans by start, keeping the furthest end.
    const byStart = [...spans].sort((a, b) => a.from - b.from);
    const weights: number[] = [];
    const gaps: boolean[] = [];
    let cursor = 0;
    let reach = -Infinity;
    for (let i = 0; i < times.length - 1; i++) {
      const a = times[i] as number;
      const b = times[i + 1] as number;
      while (cursor < byStart.length && (byStart[cursor] as ScaleInterval).from <= a) {
        reach = Math.max(reach, (byStart[cursor] as ScaleInterval).to);
        cursor++;
      }
      const idle = reach < b && b - a > gapMs;
      gaps.push(idle);
      weights.push(idle ? gapWeight : Math.max(Math.sqrt((b - a) / HOUR), 0.02));
    }

    const total = weights.reduce((x, y) => x + y, 0);
    const eventWeight = total / Math.max(events.length, 1);
    const indexOf = new Map(times.map((t, i) => [t, i]));
    for (const e of events) {
      const i = Math.min(indexOf.get(e.from) ?? 0, weights.length - 1);
      weights[i] = (weights[i] as number) + eventWeight;
    }

    const sum = weights.reduce((x, y) => x + y, 0);
    const positions = [0];
    let run = 0;
    for (const w of weights) {
      run += w;
      positions.push(run / sum);
    }
    positions[positions.length - 1] = 1;
    this.times = times;
    this.positions = positions;
    this.breaks = gaps.flatMap((gap, i) =>
      gap ? [{ from: times[i] as number, to: times[i + 1] as number, p0: positions[i] as number, p1: positions[i + 1] as number }] : [],
    );
  }

  get start(): number {
    return this.times[0] as number;
  }

  get end(): number {
    return this.times[this.times.length - 1] as number;
  }

  /** The track position (0..1) of an instant; clamped outside the story. */
  toPosition(t: number): number {
    return interpolate(this.times, this.positions, t);
  }

  /** The instant at a track position (0..1); the inverse of `toPosition`. */
  toTime(p: number): number {
    return interpolate(this.positions, this.times, p);
  }
}

/** Piecewise-linear lookup of x in increasing `xs`, mapped onto `ys`; binary search. */
function interpolate(xs: readonly number[], ys: readonly number[], x: number): number {
  const last = xs.length - 1;
  if (x <= (xs[0] as number)) return ys[0] as number;
  if (x >= (xs[last] as number)) return ys[last] as number;
  let lo = 0;
  let hi = last;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((xs[mid] as number) <= x) lo = mid;
    else hi = mid;
  }
  const x0 = xs[lo] as number;
  const x1 = xs[hi] as number;
  const y0 = ys[lo] as number;
  const y1 = ys[hi] as number;
  return y0 + ((x - x0) / (x1 - x0)) * (y1 - y0);
}
