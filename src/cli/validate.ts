/**
 * `npm run validate -- <file|folder|URL> […]`: checks journey files (a
 * folder: each `.json` in it; a URL: fetched) and prints,
 * for each, its first problems with their JSON paths (each hint on the next
 * line), how many more there are, and its count of errors and warnings.
 * Warnings don't fail a file. Exits 1 if any file has an error, 2 on bad
 * usage or a file it can't read. Never prints a stack trace (issue 15).
 * With `--json`, prints one JSON document instead, for editors' own tools:
 * `{ ok, inputs: [{ input, ok, events?, errors, warnings, problems } | { input, ok: false, unreadable }] }`.
 */
import { countProblems, formatCount } from '../journey/problem.ts';
import { validateJourneyText, type ValidationResult } from '../journey/validate.ts';
import { listInputs, readInput } from './validate-inputs.ts';

/** Problems printed per file; the rest are counted. */
const SHOWN = 50;

// Whatever goes wrong is said in one line: a stack trace tells an author nothing.
process.on('uncaughtException', (error) => {
  console.error(`npm run validate failed: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
  process.exit(2);
});

const args = process.argv.slice(2);
const json = args.includes('--json');
const files = await listInputs(args.filter((arg) => arg !== '--json'));
if (files.length === 0) {
  console.error('Usage: npm run validate -- [--json] <journey.json | folder | https://…/journey.json> […]');
  process.exit(2);
}
const reports: object[] = [];

let failed = false;
let unreadable = false;
for (const file of files) {
  let text: string;
  try {
    text = await readInput(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    if (json) reports.push({ input: file, ok: false, unreadable: reason });
    else console.error(`${file}: cannot read the file (${reason})`);
    unreadable = true;
    continue;
  }
  const result = validateJourneyText(text);
  if (json) reports.push(jsonReport(file, result));
  else printReport(file, result);
  if (!result.ok) failed = true;
}
if (json) console.log(JSON.stringify({ ok: !failed && !unreadable, inputs: reports }, null, 2));
process.exit(unreadable ? 2 : failed ? 1 : 0);

/** A file's verdict for tools: its counts and every problem the validator kept (a line with `omitted` counts those it left out). */
function jsonReport(input: string, result: ValidationResult): object {
  const [errors, warnings] = [countProblems(result.problems, 'error'), countProblems(result.problems, 'warning')];
  const events = result.ok ? { events: result.journey.events.length } : {};
  return { input, ok: result.ok, ...events, errors, warnings, problems: result.problems };
}

/** A file's first problems, how many more there are, and its verdict with its counts. */
function printReport(file: string, result: ValidationResult): void {
  const plural = (count: number, word: string) => `${formatCount(count)} ${word}${count === 1 ? '' : 's'}`;
  for (const p of result.problems.slice(0, SHOWN)) {
    console.log(`${file}: ${p.severity} at ${p.path}: ${p.message}`);
    if (p.hint) console.log(`  hint: ${p.hint}`);
  }
  const rest = result.problems.slice(SHOWN);
  const more = countProblems(rest, 'error') + countProblems(rest, 'warning');
  if (more > 0) console.log(`${file}: …and ${plural(more, 'more problem')}`);
  const [errors, warnings] = [countProblems(result.problems, 'error'), countProblems(result.problems, 'warning')];
  if (result.ok) console.log(`${file}: valid (${plural(result.journey.events.length, 'event')}, ${plural(warnings, 'warning')})`);
  else console.log(`${file}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`);
}
