import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { journeyJsonSchema } from '../../src/journey/json-schema.ts';
import { SCHEMA_PATH } from '../../src/journey/schema.ts';
import { validateJourneyText } from '../../src/journey/validate.ts';

const dir = new URL('../../data/journeys/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

describe('every journey in data/journeys', () => {
  it('has at least one file', () => expect(files.length).toBeGreaterThan(0));

  it.each(files)('%s validates without errors', (file) => {
    const result = validateJourneyText(readFileSync(new URL(file, dir), 'utf8'));
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it.each(files)('%s points at the published JSON Schema', (file) => {
    const json = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as { $schema?: string };
    expect(json.$schema).toBe(`../../public/${SCHEMA_PATH}`);
  });
});

describe('public/schema', () => {
  it('is the JSON Schema generated from the current definition (run `npm run schema` after changing it)', () => {
    const committed = JSON.parse(readFileSync(new URL(`../../public/${SCHEMA_PATH}`, import.meta.url), 'utf8'));
    expect(committed).toEqual(journeyJsonSchema());
  });
});

describe('the authoring guide (data/journeys/README.md)', () => {
  it('shows minimal.json exactly as it is in data/journeys', () => {
    const guide = readFileSync(new URL('README.md', dir), 'utf8');
    const block = /```json\n([\s\S]*?)\n```/.exec(guide)?.[1];
    expect(block, 'the guide has no ```json block').toBeDefined();
    expect(JSON.parse(block!)).toEqual(JSON.parse(readFileSync(new URL('minimal.json', dir), 'utf8')));
  });
});
