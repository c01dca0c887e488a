/**
 * `npm run validate -- <file> [<file>…]`: checks journey files and prints
 * every problem with its JSON path, and its hint on the next line. Warnings
 * don't fail a file. Exits 1 if any file has an error, 2 on bad usage.
 */
import { readFile } from 'node:fs/promises';
import { validateJourneyText } from '../journey/validate.ts';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('Usage: npm run validate -- <journey.json> [more.json …]');
  process.exit(2);
}

let failed = false;
for (const file of files) {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    console.error(`${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    failed = true;
    continue;
  }
  const result = validateJourneyText(text);
  const errors = result.problems.filter((p) => p.severity === 'error');
  const warnings = result.problems.filter((p) => p.severity === 'warning');
  for (const p of result.problems) {
    console.log(`${file}: ${p.severity} at ${p.path}: ${p.message}`);
    if (p.hint) console.log(`  hint: ${p.hint}`);
  }
  if (result.ok) {
    console.log(`${file}: valid (${result.journey.events.length} events, ${warnings.length} warning${warnings.length === 1 ? '' : 's'})`);
  } else {
    console.log(`${file}: ${errors.length} error${errors.length === 1 ? '' : 's'}, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
