/**
 * `npm run schema`: writes the JSON Schema of the journey format to
 * `public/schema/`, generated from the same valibot definition the app
 * validates with. A unit test fails if the committed file is out of date.
 */
import { writeFile, mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { journeyJsonSchema } from '../journey/json-schema.ts';
import { SCHEMA_PATH } from '../journey/schema.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const out = resolve(root, 'public', SCHEMA_PATH);
await mkdir(dirname(out), { recursive: true });
await writeFile(out, `${JSON.stringify(journeyJsonSchema(), null, 2)}\n`);
console.log(`Wrote ${out}`);
