import { describe, expect, it } from 'vitest';
import { journeyJsonSchema } from '../../journey/json-schema.ts';
import { propertySuggestions, valueSuggestions } from './schema-completion.ts';

const schema = journeyJsonSchema();

describe('completion from the JSON Schema', () => {
  it('offers an object’s properties, less those it has', () => {
    const event = propertySuggestions(schema, ['events', 0], new Set(['id', 'title'])).map((s) => s.label);
    expect(event).toEqual(expect.arrayContaining(['summary', 'place', 'participants', 'start', 'status', 'sources', 'quotes']));
    expect(event).not.toContain('title');
    const place = propertySuggestions(schema, ['features', 0, 'properties']).map((s) => s.label);
    expect(place).toEqual(expect.arrayContaining(['names', 'precision', 'timeZone', 'from', 'to', 'mode']));
  });

  it('offers the values a property takes', () => {
    expect(valueSuggestions(schema, ['events', 3, 'start'], 'qualifier').map((s) => s.label)).toEqual(['exact', 'about', 'after', 'before', 'between', 'date', 'unknown']);
    expect(valueSuggestions(schema, ['features', 1, 'properties'], 'mode').map((s) => s.label)).toEqual(['flight', 'car', 'walk', 'other']);
    expect(valueSuggestions(schema, ['journey'], 'title')).toEqual([]);
  });
});
