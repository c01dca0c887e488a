/**
 * Small statistics for the benchmark: medians and percentiles of samples,
 * the median-with-range summary every reported figure uses, and the growth
 * exponent fitted on a log-log scale.
 */

/** The p-th percentile (0..100) of `values`, by linear interpolation between closest ranks; NaN when empty. */
export function percentile(values: readonly number[], p: number): number {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return Number.NaN;
  const sorted = [...finite].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (rank - lo);
}

export const median = (values: readonly number[]): number => percentile(values, 50);

export const mean = (values: readonly number[]): number => {
  const finite = values.filter(Number.isFinite);
  return finite.length ? finite.reduce((a, b) => a + b, 0) / finite.length : Number.NaN;
};

/** One figure over several runs: the median, with the smallest and largest run. */
export interface Summary {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  /** Every run's value, in run order. */
  readonly runs: readonly number[];
}

export function summarize(runs: readonly number[]): Summary {
  const finite = runs.filter(Number.isFinite);
  return {
    median: median(finite),
    min: finite.length ? Math.min(...finite) : Number.NaN,
    max: finite.length ? Math.max(...finite) : Number.NaN,
    runs: [...runs],
  };
}

/**
 * Fits y = c·x^k by least squares on log y against log x and returns k, the
 * growth exponent: about 0 for constant or logarithmic cost, 1 for linear,
 * 2 for quadratic. Points with a non-positive or non-finite value are left out.
 */
export function growthExponent(points: readonly { x: number; y: number }[]): number {
  const usable = points.filter((p) => p.x > 0 && p.y > 0 && Number.isFinite(p.y));
  if (usable.length < 2) return Number.NaN;
  const xs = usable.map((p) => Math.log(p.x));
  const ys = usable.map((p) => Math.log(p.y));
  const mx = mean(xs);
  const my = mean(ys);
  let num = 0;
  let den = 0;
  xs.forEach((x, i) => {
    num += (x - mx) * ((ys[i] as number) - my);
    den += (x - mx) ** 2;
  });
  return den === 0 ? Number.NaN : num / den;
}

/** The exponent n·log n itself shows over the same sizes: the "no worse than n log n" line. */
export function nLogNExponent(sizes: readonly number[]): number {
  return growthExponent(sizes.map((n) => ({ x: n, y: n * Math.log2(Math.max(n, 2)) })));
}
