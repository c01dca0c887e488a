/**
 * One broken journey per validation rule, in test/fixtures/invalid/: each is
 * data/journeys/minimal.json with one thing broken, and says what the
 * validator must report in a foreign member it ignores (valibot's `v.object`
 * drops unknown keys without an issue, and RFC 7946 §6.1 allows them):
 *
 * ```json
 * "x-rule": "An event's place id has a typo; the hint names the closest id.",
 * "x-expect": [{ "severity": "error", "path": "$.events[1].place", "message": "Unknown place id \"example-ministy\"", "hint": "Did you mean" }]
 * ```
 *
 * `x-rule` says in a sentence what is broken. To add a rule, copy a fixture,
 * break one thing, and write down what the validator must say.
 *
 * The matching rule: `x-expect` lists every problem the validator reports,
 * in any order, and each one matches one reported problem: the same
 * severity, the same path, the same message (or, with `messageStartsWith`,
 * one that starts so: only for text the JavaScript engine writes), and a
 * hint that contains `hint`, when `hint` is given. A file that isn't JSON
 * keeps its expectations in a sidecar, `<name>.expect.json`. A fixture with
 * an error must not open (`ok` is false); one with warnings only must.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/journey/problem.ts';
import { validateJourneyText } from '../../src/journey/validate.ts';
import { runCommand } from '../support/run-command.ts';

interface Expectation {
  readonly severity: Problem['severity'];
  readonly path: string;
  readonly message?: string;
  readonly messageStartsWith?: string;
  readonly hint?: string;
}

const dir = new URL('../fixtures/invalid/', import.meta.url);
const SIDECAR = '.expect.json';
const fixtures = readdirSync(dir)
  .filter((file) => file.endsWith('.json') && !file.endsWith(SIDECAR))
  .sort();
const read = (file: string) => readFileSync(new URL(file, dir), 'utf8');

function expectationsOf(file: string): Expectation[] {
  const sidecar = file.replace(/\.json$/, SIDECAR);
  const holder = readdirSync(dir).includes(sidecar) ? JSON.parse(read(sidecar)) : JSON.parse(read(file));
  return (holder as { 'x-expect': Expectation[] })['x-expect'];
}

const matches = (e: Expectation, p: Problem): boolean =>
  e.severity === p.severity &&
  e.path === p.path &&
  (e.message !== undefined ? p.message === e.message : p.message.startsWith(e.messageStartsWith!)) &&
  (e.hint === undefined || (p.hint?.includes(e.hint) ?? false));

describe('test/fixtures/invalid', () => {
  it('has a fixture for each rule', () => expect(fixtures.length).toBeGreaterThanOrEqual(40));

  it('ignores x-rule and x-expect, so they cannot change what a fixture reports', () => {
    const minimal = JSON.parse(readFileSync(new URL('../../data/journeys/minimal.json', import.meta.url), 'utf8')) as object;
    const result = validateJourneyText(JSON.stringify({ 'x-rule': 1, 'x-expect': 'anything', ...minimal }));
    expect(result.problems).toEqual([]);
    expect(result.ok && Object.keys(result.journey).filter((key) => key.startsWith('x-'))).toEqual([]);
  });

  it.each(fixtures)('%s reports exactly what it expects', (file) => {
    const expected = expectationsOf(file);
    expect(expected.length, 'x-expect lists at least one problem').toBeGreaterThan(0);
    for (const e of expected) expect(e.message === undefined, `${e.path}: give message or messageStartsWith`).not.toBe(e.messageStartsWith === undefined);

    const result = validateJourneyText(read(file));
    const report = `reported: ${JSON.stringify(result.problems, null, 1)}`;
    const unmatched = [...result.problems];
    for (const e of expected) {
      const index = unmatched.findIndex((p) => matches(e, p));
      expect(index, `expected ${JSON.stringify(e)}, ${report}`).not.toBe(-1);
      unmatched.splice(index, 1);
    }
    expect(unmatched, 'problems reported but not expected').toEqual([]);
    expect(result.ok, report).toBe(expected.every((e) => e.severity === 'warning'));
  });
});

describe('npm run validate', () => {
  const cli = fileURLToPath(new URL('../../src/cli/validate.ts', import.meta.url));
  const path = (file: string) => fileURLToPath(new URL(file, dir));

  it('prints the path, message and hint each fixture expects, and exits 1 when one has an error', async () => {
    const [withError, withWarning] = ['unknown-place-id.json', 'warning-undated-source.json'];
    // `node --import tsx` is what `npx tsx` runs, without starting npm.
    const { code, stdout, stderr } = await runCommand(process.execPath, ['--import', 'tsx', cli, path(withError), path(withWarning)]);
    const [e] = expectationsOf(withError);
    expect(stdout, stderr).toContain(`${path(withError)}: ${e!.severity} at ${e!.path}: ${e!.message}\n  hint: ${e!.hint}\n`);
    expect(stdout).toContain(`${path(withError)}: 1 error, 0 warnings`);
    const [w] = expectationsOf(withWarning);
    expect(stdout).toContain(`${path(withWarning)}: ${w!.severity} at ${w!.path}: ${w!.message}\n`);
    expect(stdout, 'warnings do not fail a file').toContain(`${path(withWarning)}: valid (2 events, 1 warning)`);
    expect(code).toBe(1);
  }, 60_000);
});
