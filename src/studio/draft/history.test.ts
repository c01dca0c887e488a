import { describe, expect, it } from 'vitest';
import { record, redo, seal, startHistory, undo } from './history.ts';

describe('history', () => {
  it('undoes and redoes every change', () => {
    let h = record(record(startHistory(1), 2), 3);
    h = undo(h);
    expect(h.present).toBe(2);
    h = undo(h);
    expect(h.present).toBe(1);
    expect(undo(h)).toBe(h);
    h = redo(redo(h));
    expect(h.present).toBe(3);
    expect(redo(h)).toBe(h);
  });

  it('takes typing in one field as one step, until sealed', () => {
    let h = record(record(startHistory('a'), 'ab', 'title'), 'abc', 'title');
    expect(undo(h).present).toBe('a');
    h = record(seal(h), 'abcd', 'title');
    expect(undo(h).present).toBe('abc');
  });

  it('a new change clears what could be redone', () => {
    const h = record(undo(record(startHistory(1), 2)), 5);
    expect(h.future).toEqual([]);
    expect(h.past).toEqual([1]);
  });
});
