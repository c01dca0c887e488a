import { describe, expect, it } from 'vitest';
import { formatPath, getAt, insertItem, moveItem, parsePath, removeItem, setAt } from './json-path.ts';

describe('json paths', () => {
  it('reads back what formatPath writes', () => {
    for (const parts of [['events', 3, 'start', 'at'], ['features', 0, 'properties', 'names', 'zh-Hans'], []]) expect(parsePath(formatPath(parts))).toEqual(parts);
    expect(parsePath('events[0]')).toBeUndefined();
  });

  it('sets without mutating, copying only the path', () => {
    const doc = { a: { b: 1 }, c: { d: 2 } };
    const next = setAt(doc, ['a', 'b'], 5);
    expect(next).toEqual({ a: { b: 5 }, c: { d: 2 } });
    expect(doc.a.b).toBe(1);
    expect(next.c).toBe(doc.c);
    expect(setAt(doc, ['a', 'b'], undefined)).toEqual({ a: {}, c: { d: 2 } });
    expect(setAt({}, ['l', 0, 'x'], 1)).toEqual({ l: [{ x: 1 }] });
    expect(getAt(next, ['a', 'b'])).toBe(5);
  });

  it('moves, inserts and removes list items', () => {
    expect(moveItem({ l: [1, 2, 3] }, ['l'], 0, 2)).toEqual({ l: [2, 3, 1] });
    expect(moveItem({ l: [1, 2, 3] }, ['l'], 2, 1)).toEqual({ l: [1, 3, 2] });
    expect(insertItem({ l: [1] }, ['l'], 0, 0)).toEqual({ l: [0, 1] });
    expect(removeItem({ l: [1, 2] }, ['l'], 0)).toEqual({ l: [2] });
  });
});
