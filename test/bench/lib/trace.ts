/** Progress details for debugging the benchmark, printed when BENCH_TRACE is set. */
export function trace(message: string): void {
  if (process.env.BENCH_TRACE) console.log(`    [${new Date().toISOString().slice(11, 23)}] ${message}`);
}
