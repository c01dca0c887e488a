/**
 * A problem found in a journey file, with the JSON path where it is. Shared by
 * the validator, the app's problem list and `npm run validate`.
 */

export interface Problem {
  /** JSON path from the document root, e.g. `$.events[3].start.at`. */
  readonly path: string;
  /** What is wrong, in plain language. */
  readonly message: string;
  /** Errors stop the journey from opening; warnings are shown, and the journey opens. */
  readonly severity: 'error' | 'warning';
  /** A likely fix, when there is one: "Did you mean "kremlin-senate"?" */
  readonly hint?: string;
  /**
   * Only on the line that stands in for problems left out (see
   * `capProblems`): how many there were. Counts of problems add this
   * instead of 1 for such a line.
   */
  readonly omitted?: number;
  /**
   * On a warning that changes what readers see (a time zone inferred for a
   * place, so its times are shown in that zone; a place the map can't
   * draw): what readers are told, in their words, with no path or fix.
   * Readers are shown only these; editors see every warning, as written for
   * them (`npm run validate`, `?check=1`).
   */
  readonly reader?: string;
}

export type PathPart = string | number;

/**
 * Formats a path as JSONPath: `$.features[2].properties.names.en`.
 *
 * @example formatPath(['events', 0, 'start']) // '$.events[0].start'
 * @example formatPath(['names', 'zh-Hans']) // '$.names["zh-Hans"]'
 */
export function formatPath(parts: readonly PathPart[]): string {
  let out = '$';
  for (const part of parts) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(part)) out += `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}

/** A problem at a path, with a hint only when there is one. */
export function problem(severity: Problem['severity'], parts: readonly PathPart[], message: string, hint?: string): Problem {
  const path = formatPath(parts);
  return hint === undefined ? { path, message, severity } : { path, message, severity, hint };
}

const SECTION_ORDER = ['type', 'journey', 'travellers', 'sources', 'events', 'features'];

/**
 * Puts problems in the order of the file: by section, then by item. Within
 * one item the order of the passes is kept (the sort is stable), so the
 * report reads from top to bottom like the file.
 */
export function sortByPlaceInFile(problems: Problem[]): void {
  const key = (path: string): [number, number] => {
    const match = /^\$(?:\.([A-Za-z_$][\w$]*))?(?:\[(\d+)\])?/.exec(path);
    const section = match?.[1] === undefined ? -1 : SECTION_ORDER.indexOf(match[1]);
    return [section === -1 && match?.[1] !== undefined ? SECTION_ORDER.length : section, Number(match?.[2] ?? -1)];
  };
  problems.sort((a, b) => {
    const [sa, ia] = key(a.path);
    const [sb, ib] = key(b.path);
    return sa - sb || ia - ib;
  });
}

/** How many problems of one kind are kept; the rest are counted on one line. */
export const PROBLEMS_PER_KIND = 100;

/** "99,901": how counts are written in messages. */
export const formatCount = (value: number) => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** A problem's kind: its severity and its message with quoted values and numbers taken out. */
const kindOf = (p: Problem) => `${p.severity} ${p.message.replace(/"(?:[^"\\]|\\.)*"/g, '""').replace(/\d+/g, '0')}`;

/** The steps of a path as `formatPath` writes them, so a common prefix never ends inside a step. */
const STEP = /\.[A-Za-z_$][\w$]*|\[\d+\]|\["(?:[^"\\]|\\.)*"\]/g;

/**
 * Keeps at most `perKind` problems of each kind (the same severity and
 * message, but for ids, quoted values and numbers), in their order, and puts
 * after the last one kept of a kind one line that says how many more there
 * were, at the path that all of them share. A hostile or broken file can
 * have 100,000 problems, which no one reads and the page can't draw
 * (issue 15).
 *
 * @param problems In the order they are reported.
 * @returns The same list when no kind is over its cap.
 * @example capProblems(manyEmptyOthers)[100].message // '…and 149,900 more problems like this'
 */
export function capProblems(problems: readonly Problem[], perKind = PROBLEMS_PER_KIND): readonly Problem[] {
  const kinds = problems.map(kindOf);
  const totals = new Map<string, number>();
  for (const kind of kinds) totals.set(kind, (totals.get(kind) ?? 0) + 1);
  if ([...totals.values()].every((total) => total <= perKind)) return problems;

  const out: Problem[] = [];
  const seen = new Map<string, number>();
  /** For each capped kind: where its line goes in `out`, and the steps its left-out problems share. */
  const capped = new Map<string, { at: number; severity: Problem['severity']; steps: string[] | undefined }>();
  problems.forEach((p, i) => {
    const kind = kinds[i]!;
    const count = (seen.get(kind) ?? 0) + 1;
    seen.set(kind, count);
    if (count <= perKind) {
      out.push(p);
      if (count === perKind && totals.get(kind)! > perKind) {
        capped.set(kind, { at: out.length, severity: p.severity, steps: undefined });
        out.push(p); // Its place, filled in below.
      }
      return;
    }
    const line = capped.get(kind)!;
    const steps = p.path.slice(1).match(STEP) ?? [];
    if (line.steps === undefined) line.steps = steps;
    else {
      let same = 0;
      while (same < line.steps.length && line.steps[same] === steps[same]) same++;
      line.steps.length = same;
    }
  });
  for (const [kind, line] of capped) {
    const omitted = totals.get(kind)! - perKind;
    const message = `…and ${formatCount(omitted)} more problem${omitted === 1 ? '' : 's'} like this`;
    out[line.at] = { path: `$${(line.steps ?? []).join('')}`, message, severity: line.severity, omitted };
  }
  return out;
}

/**
 * How many problems of a severity a list stands for, counting those that a
 * cap left out.
 */
export function countProblems(problems: readonly Problem[], severity: Problem['severity']): number {
  let total = 0;
  for (const p of problems) if (p.severity === severity) total += p.omitted ?? 1;
  return total;
}
