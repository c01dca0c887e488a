/**
 * Undo and redo over immutable values: every change to the draft is one
 * entry, and consecutive typing in one field is one entry (it coalesces
 * while the key stays the same). Pure.
 */

export interface History<T> {
  readonly past: readonly T[];
  readonly present: T;
  readonly future: readonly T[];
  /** The key of the last change, for coalescing typing in one field; '' for none. */
  readonly lastKey: string;
}

/** How many steps back are kept. */
export const HISTORY_LIMIT = 200;

/** A history that starts at `present`, with nothing to undo. */
export const startHistory = <T>(present: T): History<T> => ({ past: [], present, future: [], lastKey: '' });

/**
 * Records a change. With a `key` equal to the last change's (typing on in
 * the same field), it replaces the present instead of adding a step, so one
 * undo takes back the whole edit of the field.
 *
 * @example record(record(startHistory('a'), 'ab', 'title'), 'abc', 'title').past // ['a']
 */
export function record<T>(history: History<T>, next: T, key = ''): History<T> {
  if (Object.is(next, history.present)) return history;
  if (key && key === history.lastKey) return { ...history, present: next, future: [] };
  const past = [...history.past, history.present].slice(-HISTORY_LIMIT);
  return { past, present: next, future: [], lastKey: key };
}

/** Ends coalescing (the field lost focus): the next change is a new step. */
export const seal = <T>(history: History<T>): History<T> => (history.lastKey ? { ...history, lastKey: '' } : history);

/** One step back; the same history when there is nothing to undo. */
export function undo<T>(history: History<T>): History<T> {
  const previous = history.past[history.past.length - 1];
  if (history.past.length === 0) return history;
  return { past: history.past.slice(0, -1), present: previous as T, future: [history.present, ...history.future], lastKey: '' };
}

/** One step forward again; the same history when there is nothing to redo. */
export function redo<T>(history: History<T>): History<T> {
  if (history.future.length === 0) return history;
  const [next, ...future] = history.future;
  return { past: [...history.past, history.present], present: next as T, future, lastKey: '' };
}
