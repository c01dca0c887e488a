/**
 * The hostile journeys of the security review (issue 15): files that made the
 * validator overflow its stack, left the app on "Loading the journey…", made
 * `npm run validate` print a stack trace, or drew 100,001 problems. The files
 * are built by test/support/hostile-journeys.ts, not committed.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { journeyFromText } from '../../src/journey/load.ts';
import { countProblems, PROBLEMS_PER_KIND } from '../../src/journey/problem.ts';
import { validateJourney, validateJourneyText } from '../../src/journey/validate.ts';
import { manyEmptyOthers, manyProblems, manyUnknownParticipants } from '../support/hostile-journeys.ts';
import { runCommand } from '../support/run-command.ts';

const TIMEOUT_MS = 60_000;

const cases = [
  { name: '150,000 empty names in one event', text: manyEmptyOthers, errors: 150_001, line: { path: '$.events[1].others', message: '…and 149,900 more problems like this' } },
  { name: '150,000 unknown participants', text: manyUnknownParticipants, errors: 150_000, line: { path: '$.events', message: '…and 149,900 more problems like this' } },
  { name: '100,001 problems', text: manyProblems, errors: 100_001, line: { path: '$.events[1].others', message: '…and 99,901 more problems like this' } },
];

describe.each(cases)('a journey with $name', ({ text, errors, line }) => {
  it('is reported, not thrown: 100 problems of a kind, and a line that counts the rest', () => {
    const result = validateJourneyText(text());
    expect(result.ok).toBe(false);
    expect(countProblems(result.problems, 'error'), 'the counts stand for every problem').toBe(errors);
    expect(result.problems.length).toBeLessThanOrEqual(PROBLEMS_PER_KIND + 2);
    expect(result.problems).toContainEqual({ ...line, severity: 'error', omitted: expect.any(Number) as number });
  }, TIMEOUT_MS);

  it('loads as a failure with its problems: the promise never rejects', async () => {
    const result = await journeyFromText(text(), 'file: hostile.json');
    expect(result).toMatchObject({ ok: false, kind: 'invalid', url: 'file: hostile.json' });
    expect(result.ok || countProblems(result.problems, 'error')).toBe(errors);
  }, TIMEOUT_MS);
});

describe('validateJourney', () => {
  it('turns a failure of its own into one error at $ that names it', () => {
    const input = {
      get type(): never {
        throw new RangeError('Maximum call stack size exceeded');
      },
    };
    expect(validateJourney(input)).toEqual({
      ok: false,
      problems: [
        {
          path: '$',
          severity: 'error',
          message: 'The validator failed on this file (RangeError: Maximum call stack size exceeded), so it could not be checked',
          hint: 'This is a bug in the validator: please report it with the file.',
        },
      ],
    });
  });
});

describe('npm run validate on hostile journeys', () => {
  const cli = fileURLToPath(new URL('../../src/cli/validate.ts', import.meta.url));
  const dir = mkdtempSync(join(tmpdir(), 'hostile-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;

  it('prints a summary of each (its first problems, how many more, its counts), never a stack trace, and exits 1', async () => {
    const files = cases.map(({ text }, i) => {
      const file = join(dir, `hostile-${i}.json`);
      writeFileSync(file, text());
      return file;
    });
    // `node --import tsx` is what `npx tsx` runs, without starting npm.
    const { code, stdout, stderr } = await runCommand(process.execPath, ['--import', 'tsx', cli, ...files]);
    expect(stdout + stderr).not.toMatch(STACK_FRAME);
    expect(stderr).toBe('');
    expect(stdout).toContain(`${files[0]}: error at $.events[1].others[0]: This text must not be empty\n`);
    expect(stdout).toContain(`${files[0]}: 150,001 errors, 0 warnings\n`);
    expect(stdout).toContain(`${files[1]}: error at $.events[0].participants[0]: Unknown traveller id "unknown-0"\n`);
    expect(stdout).toContain(`${files[1]}: 150,000 errors, 0 warnings\n`);
    expect(stdout).toContain(`${files[2]}: 100,001 errors, 0 warnings\n`);
    for (const file of files) expect(stdout.split('\n').filter((l) => l.startsWith(`${file}: …and `) && l.endsWith(' more problems'))).toHaveLength(1);
    expect(stdout.split('\n').length, 'a summary, not every problem').toBeLessThan(500);
    expect(code).toBe(1);
  }, TIMEOUT_MS);

  it('says in one line that a file cannot be read, and exits 2', async () => {
    const missing = join(dir, 'no-such-journey.json');
    const { code, stdout, stderr } = await runCommand(process.execPath, ['--import', 'tsx', cli, missing]);
    expect(stdout + stderr).not.toMatch(STACK_FRAME);
    expect(stderr.trim()).toBe(`${missing}: cannot read the file (ENOENT)`);
    expect(code).toBe(2);
  }, TIMEOUT_MS);
});
