/**
 * Paths into a draft journey, as the validator writes them (`formatPath` in
 * journey/problem.ts): `$.events[3].start.at`, `$.features[0].properties.names.en`.
 * Pure: parsing, reading and immutable writing of plain JSON.
 */
import { formatPath, type PathPart } from '../../journey/problem.ts';

export { formatPath, type PathPart };

/** Plain JSON, as a journey file holds it. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
/** A JSON object. */
export type JsonObject = { [key: string]: Json };

const STEP = /^\.([A-Za-z_$][\w$]*)|^\[(\d+)\]|^\[("(?:[^"\\]|\\.)*")\]/;

/**
 * Reads a JSONPath that `formatPath` wrote back into its parts; undefined
 * for anything else.
 *
 * @example parsePath('$.events[3].start.at') // ['events', 3, 'start', 'at']
 * @example parsePath('$.names["zh-Hans"]') // ['names', 'zh-Hans']
 */
export function parsePath(path: string): PathPart[] | undefined {
  if (!path.startsWith('$')) return undefined;
  const parts: PathPart[] = [];
  let rest = path.slice(1);
  while (rest) {
    const m = STEP.exec(rest);
    if (!m) return undefined;
    parts.push(m[1] ?? (m[2] !== undefined ? Number(m[2]) : (JSON.parse(m[3] as string) as string)));
    rest = rest.slice(m[0].length);
  }
  return parts;
}

/**
 * The value at a path, or undefined where the path leads nowhere.
 *
 * @example getAt({ a: [{ b: 1 }] }, ['a', 0, 'b']) // 1
 */
export function getAt(value: Json | undefined, parts: readonly PathPart[]): Json | undefined {
  let here: Json | undefined = value;
  for (const part of parts) {
    if (here === null || typeof here !== 'object') return undefined;
    here = Array.isArray(here) ? (typeof part === 'number' ? here[part] : undefined) : (here as JsonObject)[String(part)];
  }
  return here;
}

/**
 * A copy of `root` with the value at `parts` replaced (`undefined` removes an
 * object's key). Only the objects along the path are copied; missing objects
 * on the way are made. Never mutates its input.
 *
 * @example setAt({ a: { b: 1 } }, ['a', 'c'], 2) // { a: { b: 1, c: 2 } }
 */
export function setAt<T extends Json>(root: T, parts: readonly PathPart[], value: Json | undefined): T {
  if (parts.length === 0) return (value ?? null) as T;
  const [head, ...rest] = parts as [PathPart, ...PathPart[]];
  if (Array.isArray(root) && typeof head === 'number') {
    const copy = root.slice();
    const next = setAt((copy[head] ?? (typeof rest[0] === 'number' ? [] : {})) as Json, rest, value);
    if (value === undefined && rest.length === 0) copy.splice(head, 1);
    else copy[head] = next;
    return copy as T;
  }
  const object: JsonObject = root !== null && typeof root === 'object' && !Array.isArray(root) ? { ...root } : {};
  const key = String(head);
  if (rest.length === 0 && value === undefined) delete object[key];
  else object[key] = setAt((object[key] ?? (typeof rest[0] === 'number' ? [] : {})) as Json, rest, value);
  return object as T;
}

/** The list at `parts` (empty when there is none). */
export function listAt(root: Json, parts: readonly PathPart[]): Json[] {
  const list = getAt(root, parts);
  return Array.isArray(list) ? list : [];
}

/**
 * A copy with item `from` of the list at `parts` moved to position `to`
 * (clamped to the list).
 *
 * @example moveItem({ l: [1, 2, 3] }, ['l'], 0, 2) // { l: [2, 3, 1] }
 */
export function moveItem<T extends Json>(root: T, parts: readonly PathPart[], from: number, to: number): T {
  const list = listAt(root, parts).slice();
  if (from < 0 || from >= list.length) return root;
  const [item] = list.splice(from, 1);
  list.splice(Math.max(0, Math.min(to, list.length)), 0, item as Json);
  return setAt(root, parts, list);
}

/** A copy with `item` inserted into the list at `parts`, at `index` (the end by default). */
export function insertItem<T extends Json>(root: T, parts: readonly PathPart[], item: Json, index?: number): T {
  const list = listAt(root, parts).slice();
  list.splice(index ?? list.length, 0, item);
  return setAt(root, parts, list);
}

/** A copy without item `index` of the list at `parts`. */
export function removeItem<T extends Json>(root: T, parts: readonly PathPart[], index: number): T {
  const list = listAt(root, parts).slice();
  list.splice(index, 1);
  return setAt(root, parts, list);
}

/** The path as a string, for ids and attributes. */
export const pathKey = (parts: readonly PathPart[]): string => formatPath(parts);
