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
