/** Plain-text tables for the benchmark's console report. */
import type { Summary } from './stats.ts';

/** Formats rows under headers, columns padded; numbers-looking cells are right-aligned. */
export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const numeric = (s: string) => /^[-+~≤<>]?\d/.test(s) || s === 'n/a' || s === '–';
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (i > 0 && numeric(c) ? c.padStart(widths[i] as number) : c.padEnd(widths[i] as number))).join('  ').trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** A number with `digits` decimals, or – when missing. */
export const num = (value: number | null | undefined, digits = 1): string =>
  value === null || value === undefined || !Number.isFinite(value) ? '–' : value.toFixed(digits);

export const kB = (bytes: number | undefined): string => (bytes === undefined ? '–' : (bytes / 1000).toFixed(1));

/** "median (min–max)". */
export const range = (s: Summary, digits = 1): string =>
  Number.isFinite(s.median) ? `${num(s.median, digits)} (${num(s.min, digits)}–${num(s.max, digits)})` : '–';

export const yesNo = (met: boolean | undefined): string => (met === undefined ? '?' : met ? 'met' : 'MISSED');
