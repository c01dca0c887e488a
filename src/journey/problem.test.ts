import { describe, expect, it } from 'vitest';
import { capProblems, countProblems, problem, type Problem } from './problem.ts';

const empties = (count: number, event = 1): Problem[] =>
  Array.from({ length: count }, (_, k) => problem('error', ['events', event, 'others', k], 'This text must not be empty'));

describe('capProblems', () => {
  it('gives back a list with no kind over its cap as it is', () => {
    const problems = empties(3);
    expect(capProblems(problems, 3)).toBe(problems);
  });

  it('keeps the first of a kind, then one line that counts the rest, at the path they share', () => {
    const capped = capProblems(empties(10), 3);
    expect(capped.map((p) => p.path)).toEqual(['$.events[1].others[0]', '$.events[1].others[1]', '$.events[1].others[2]', '$.events[1].others']);
    expect(capped[3]).toEqual({ path: '$.events[1].others', message: '…and 7 more problems like this', severity: 'error', omitted: 7 });
    expect(countProblems(capped, 'error')).toBe(10);
  });

  it('counts messages that differ only in ids, quoted values and numbers as one kind', () => {
    const unknown = Array.from({ length: 5 }, (_, k) => problem('error', ['events', k, 'participants', 0], `Unknown traveller id "t-${k}"`, 'Did you mean "t"?'));
    const capped = capProblems(unknown, 2);
    expect(capped).toHaveLength(3);
    expect(capped[2]).toMatchObject({ path: '$.events', message: '…and 3 more problems like this', omitted: 3 });
  });

  it('caps each kind and severity on its own, and keeps the order of the rest', () => {
    const warning = problem('warning', ['sources', 0, 'date'], 'Source "a" has no date');
    const other = problem('error', ['journey', 'id'], 'Missing required field "id"');
    const capped = capProblems([other, ...empties(4, 0), warning, ...empties(4, 2)], 2);
    expect(capped.map((p) => p.message)).toEqual([other.message, 'This text must not be empty', 'This text must not be empty', '…and 6 more problems like this', warning.message]);
    expect(capped[3]!.path, 'the left-out ones are in two events').toBe('$.events');
    expect([countProblems(capped, 'error'), countProblems(capped, 'warning')]).toEqual([9, 1]);
  });

  it('never cuts a path inside a step', () => {
    const names = ['zh.Hans', 'zh.Hant', 'zh.Hanx'].map((lang) => problem('error', ['features', 0, 'properties', 'names', lang], 'This text must not be empty'));
    expect(capProblems(names, 1)[1]!.path).toBe('$.features[0].properties.names');
  });

  it('keeps 100 of 150,000 problems of one kind', () => {
    const capped = capProblems(empties(150_000));
    expect(capped).toHaveLength(101);
    expect(capped[100]!.message).toBe('…and 149,900 more problems like this');
  });
});
