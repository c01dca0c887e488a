import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { JourneyFile } from './schema.ts';
import { formatPath, validateJourney, validateJourneyText } from './validate.ts';

const DEFAULT = new URL('../../data/journeys/moscow-2025-12-02.json', import.meta.url);
const original = JSON.parse(readFileSync(DEFAULT, 'utf8')) as JourneyFile;
const copy = (): JourneyFile => structuredClone(original);
type Mutable = { -readonly [K in keyof JourneyFile]: JourneyFile[K] };

const firstLeg = (j: JourneyFile) => j.features.findIndex((f) => f.properties.kind === 'leg');
const firstPlace = (j: JourneyFile) => j.features.findIndex((f) => f.properties.kind === 'place');

describe('validateJourney', () => {
  it('accepts the default journey', () => {
    const result = validateJourney(copy());
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.ok).toBe(true);
  });

  // One broken file per rule, each with the path it must be reported at.
  const rules: [string, (j: Mutable) => void, string | ((j: JourneyFile) => string), RegExp][] = [
    ['not a FeatureCollection', (j) => void ((j as { type: string }).type = 'Feature'), '$.type', /FeatureCollection/],
    ['a missing title', (j) => void delete (j.journey as Partial<JourneyFile['journey']>).title, '$.journey.title', /Missing required field/],
    ['an unsupported format version', (j) => void (j.journey.formatVersion = '2.0'), '$.journey.formatVersion', /format version 1/],
    ['a bad colour', (j) => void (j.travellers[0]!.color = 'blue'), '$.travellers[0].color', /#rrggbb/],
    ['a non-http source link', (j) => void (j.sources[0]!.url = 'javascript:alert(1)'), '$.sources[0].url', /http/],
    ['an event without sources', (j) => void (j.events[0]!.sources = []), '$.events[0].sources', /at least one source/],
    ['an unknown status', (j) => void ((j.events[0] as { status: string }).status = 'rumoured'), '$.events[0].status', /confirmed/],
    ['an unknown qualifier', (j) => void ((j.events[0]!.start as { qualifier: string }).qualifier = 'roughly'), '$.events[0].start.qualifier', /exact/],
    ['a time without an offset', (j) => void (j.events[1]!.start = { at: '2025-12-02T16:30:00', qualifier: 'about' }), '$.events[1].start.at', /offset/],
    ['a clock time qualified "date"', (j) => void (j.events[1]!.start = { at: '2025-12-02T16:30:00+03:00', qualifier: 'date' }), '$.events[1].start.at', /date alone/],
    ['a date qualified "about"', (j) => void (j.events[1]!.start = { at: '2025-12-02', qualifier: 'about' }), '$.events[1].start.at', /clock time and a UTC offset/],
    ['an impossible date', (j) => void (j.events[1]!.start = { at: '2025-02-30', qualifier: 'date' }), '$.events[1].start.at', /not a real calendar date/],
    ['an unknown place id', (j) => void (j.events[2]!.place = 'atlantis'), '$.events[2].place', /Unknown place id "atlantis"/],
    ['an unknown traveller id', (j) => void (j.events[2]!.participants = ['nobody']), '$.events[2].participants[0]', /Unknown traveller id "nobody"/],
    ['an unknown source id', (j) => void (j.events[3]!.sources = ['nowhere']), '$.events[3].sources[0]', /Unknown source id "nowhere"/],
    ['a duplicate event id', (j) => void (j.events[1]!.id = j.events[0]!.id), '$.events[1].id', /Duplicate event id/],
    ['a duplicate traveller id', (j) => void (j.travellers[1]!.id = j.travellers[0]!.id), '$.travellers[1].id', /Duplicate traveller id/],
    [
      'an arrival before its departure',
      (j) => {
        const leg = j.features[firstLeg(j)]!.properties as { depart: unknown; arrive: unknown };
        leg.depart = { at: '2025-12-02T12:00:00+03:00', qualifier: 'exact' };
        leg.arrive = { at: '2025-12-02T10:00:00+03:00', qualifier: 'exact' };
      },
      (j) => `$.features[${firstLeg(j)}].properties.arrive.at`,
      /before departure/,
    ],
    [
      'an unknown leg destination',
      (j) => void ((j.features[firstLeg(j)]!.properties as { to: string }).to = 'atlantis'),
      (j) => `$.features[${firstLeg(j)}].properties.to`,
      /Unknown place id/,
    ],
    [
      'a latitude out of range',
      (j) => void ((j.features[firstPlace(j)] as { geometry: unknown }).geometry = { type: 'Point', coordinates: [55.75, 137.62] }),
      (j) => `$.features[${firstPlace(j)}].geometry.coordinates[1]`,
      /Latitude/,
    ],
    [
      'an unknown time zone',
      (j) => void ((j.features[firstPlace(j)]!.properties as { timeZone: string }).timeZone = 'Europe/Atlantis'),
      (j) => `$.features[${firstPlace(j)}].properties.timeZone`,
      /Unknown IANA time zone/,
    ],
    [
      'an approximate place without a radius',
      (j) => {
        const p = j.features[firstPlace(j)]!.properties as { precision: string; radiusMeters?: number };
        p.precision = 'approximate';
        delete p.radiusMeters;
      },
      (j) => `$.features[${firstPlace(j)}].properties.radiusMeters`,
      /radiusMeters/,
    ],
    [
      'a region drawn as a point',
      (j) => {
        const f = j.features[firstPlace(j)] as { geometry: unknown; properties: { precision: string } };
        f.geometry = { type: 'Point', coordinates: [0, 0] };
        f.properties.precision = 'region';
      },
      (j) => `$.features[${firstPlace(j)}].geometry`,
      /never a precise point/,
    ],
    [
      'a feature of unknown kind',
      (j) => void ((j.features[0]!.properties as { kind: string }).kind = 'stop'),
      '$.features[0].properties.kind',
      /"place" or "leg"/,
    ],
  ];

  it.each(rules)('rejects %s at its path', (_name, mutate, path, message) => {
    const j = copy();
    mutate(j);
    const result = validateJourney(j);
    expect(result.ok).toBe(false);
    const expectedPath = typeof path === 'string' ? path : path(original);
    const problem = result.problems.find((p) => p.path === expectedPath);
    expect(problem, `problems were: ${JSON.stringify(result.problems)}`).toBeDefined();
    expect(problem!.message).toMatch(message);
  });

  it('reports every problem, not just the first', () => {
    const j = copy();
    j.events[0]!.place = 'atlantis';
    j.events[1]!.participants = ['nobody'];
    j.sources[0]!.url = 'ftp://example.org';
    const result = validateJourney(j);
    expect(result.problems.length).toBeGreaterThanOrEqual(2);
  });

  it('reports JSON syntax errors at the root', () => {
    const result = validateJourneyText('{"type": "FeatureCollection",');
    expect(result.ok).toBe(false);
    expect(result.problems[0]).toMatchObject({ path: '$', message: expect.stringMatching(/^Not valid JSON/) });
  });
});

describe('formatPath', () => {
  it('writes JSONPath', () => {
    expect(formatPath(['features', 2, 'properties', 'names', 'en'])).toBe('$.features[2].properties.names.en');
    expect(formatPath(['names', 'zh-Hans'])).toBe('$.names["zh-Hans"]');
  });
});
