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
    ['a view with its latitude out of range', (j) => void (j.events[0]!.view = { center: [37.6, 95], zoom: 11 }), '$.events[0].view.center[1]', /Latitude/],
    ['a view with its longitude out of range', (j) => void (j.events[0]!.view = { center: [190, 55], zoom: 11 }), '$.events[0].view.center[0]', /Longitude/],
    ['a view zoomed past 22', (j) => void (j.events[0]!.view = { center: [37.6, 55.75], zoom: 23 }), '$.events[0].view.zoom', /between 0 .* and 22/],
    ['a view without a zoom', (j) => void (j.events[0]!.view = { center: [37.6, 55.75] } as never), '$.events[0].view.zoom', /Missing required field/],
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

  it('keeps an event\'s view, as written', () => {
    const j = copy();
    j.events[0]!.view = { center: [37.62, 55.75], zoom: 11.5 };
    const result = validateJourney(j);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.journey.events[0]?.view).toEqual({ center: [37.62, 55.75], zoom: 11.5 });
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

const MINIMAL = JSON.parse(readFileSync(new URL('../../data/journeys/minimal.json', import.meta.url), 'utf8')) as JourneyFile;
/** Loose JSON, to break on purpose. */
type Json = Record<string, any>;
/** The minimal journey from the authoring guide. */
const minimal = () => structuredClone(MINIMAL) as unknown as Json;
const featureIndex = (j: JourneyFile, id: string) => j.features.findIndex((f) => f.id === id);

describe('validateJourney: hints and warnings', () => {
  it('accepts the minimal journey without a single problem', () => {
    expect(validateJourney(minimal()).problems).toEqual([]);
  });

  // [name, change, path, severity, message, hint]
  const cases: [string, (j: Json) => void, string, 'error' | 'warning', RegExp, RegExp | undefined][] = [
    [
      'swapped coordinates in a point',
      (j) => void (j.features[0].geometry.coordinates = [55.75, 137.62]),
      '$.features[0].geometry.coordinates[1]',
      'error',
      /Latitude .* between -90 and 90/,
      /Did you mean \[55\.75, 137\.62\] → \[137\.62, 55\.75\]\?/,
    ],
    [
      'swapped coordinates in an outline',
      (j) =>
        void (j.features[0].geometry = {
          type: 'Polygon',
          coordinates: [[[50, 10], [50, 100], [50.1, 10.1], [50, 10]]],
        }),
      '$.features[0].geometry.coordinates[0][1][1]',
      'error',
      /Latitude/,
      /\[50, 100\] → \[100, 50\]/,
    ],
    [
      'a time without an offset at a place with a zone',
      (j) => void (j.events[1].start = { at: '2026-01-15T11:00:00', qualifier: 'about' }),
      '$.events[1].start.at',
      'error',
      /UTC offset/,
      /"2026-01-15T11:00:00\+01:00"/,
    ],
    [
      'a summer time without an offset',
      (j) => void (j.events[1].start = { at: '2026-07-15T11:00:00', qualifier: 'about' }),
      '$.events[1].start.at',
      'error',
      /UTC offset/,
      /"2026-07-15T11:00:00\+02:00"/,
    ],
    [
      'a departure without an offset',
      (j) => void (j.features[2].properties.depart = { at: '2026-01-15T10:00', qualifier: 'after' }),
      '$.features[2].properties.depart.at',
      'error',
      /UTC offset/,
      /Europe\/Berlin.*"2026-01-15T10:00\+01:00"/,
    ],
    [
      'a time without an offset at an unknown place',
      (j) => {
        j.events[1].place = 'nowhere';
        j.events[1].start = { at: '2026-01-15T11:00:00', qualifier: 'about' };
      },
      '$.events[1].start.at',
      'error',
      /UTC offset/,
      /\+HH:MM/,
    ],
    ['a misspelt place id', (j) => void (j.events[1].place = 'example-ministy'), '$.events[1].place', 'error', /Unknown place id "example-ministy"/, /Did you mean "example-ministry"\?/],
    ['a misspelt traveller id', (j) => void (j.features[2].properties.travellers = ['example-envoi']), '$.features[2].properties.travellers[0]', 'error', /Unknown traveller id/, /Did you mean "example-envoy"\?/],
    ['a misspelt source id', (j) => void (j.events[0].sources = ['example-reprot']), '$.events[0].sources[0]', 'error', /Unknown source id/, /Did you mean "example-report"\?/],
    ['an id like no other', (j) => void (j.events[1].place = 'atlantis'), '$.events[1].place', 'error', /Unknown place id "atlantis"/, /The place ids in this file are: "example-airport", "example-ministry"/],
    ['a misspelt time zone', (j) => void (j.features[1].properties.timeZone = 'Europe/Berln'), '$.features[1].properties.timeZone', 'error', /Unknown IANA time zone/, /Did you mean "Europe\/Berlin"\?/],
    [
      'an event before its leg arrives',
      (j) => {
        j.features[2].properties.arrive = { at: '2026-01-15T11:00:00+01:00', qualifier: 'exact' };
        j.events[1].start = { at: '2026-01-15T10:15:00+01:00', qualifier: 'exact' };
      },
      '$.events[1].start.at',
      'warning',
      /starts \(2026-01-15T10:15:00\+01:00\) before Example Envoy arrives at "example-ministry" on leg "leg-airport-ministry"/,
      /add the leg that brought them there earlier/,
    ],
    [
      'an out-of-order itinerary',
      (j) => void j.events.reverse(),
      '$.events[1]',
      'warning',
      /out of time order: "envoy-lands" \(events\[1\]\) starts before "talks" \(events\[0\]\)/,
      /app sorts events by start time/,
    ],
    ['a source without a date', (j) => void delete j.sources[0].date, '$.sources[0].date', 'warning', /Source "example-report" has no date/, /YYYY-MM-DD/],
    [
      'a place in the story with no geometry',
      (j) => void (j.features[1].geometry = null),
      '$.features[1].geometry',
      'warning',
      /has no geometry, so the map can't show it, nor any leg to or from it/,
      /Give a Point, or an outline/,
    ],
    [
      'a place without a zone, near one with a zone',
      (j) => void delete j.features[1].properties.timeZone,
      '$.features[1].properties.timeZone',
      'warning',
      /no time zone; using "Europe\/Berlin", the zone of "example-airport" 8 km away/,
      /"timeZone": "Europe\/Berlin"/,
    ],
    [
      'a place without a zone, far from others, with offsets in its times',
      (j) => {
        delete j.features[0].properties.timeZone;
        delete j.features[1].properties.timeZone;
      },
      '$.features[0].properties.timeZone',
      'warning',
      /using "Etc\/GMT-1" \(UTC\+01:00, with no daylight saving\)/,
      /IANA zone/,
    ],
    [
      'a place without a zone that nothing tells',
      (j) =>
        void j.features.push({
          type: 'Feature',
          id: 'somewhere',
          geometry: null,
          properties: { kind: 'place', names: { en: 'Somewhere' }, precision: 'region' },
        }),
      '$.features[3].properties.timeZone',
      'error',
      /"somewhere" has no time zone, and none could be inferred/,
      /no position .* no time at this place has a UTC offset/,
    ],
    [
      'a javascript: link in a summary',
      (j) => void (j.events[0].summary = 'See [this](javascript:alert(1)).'),
      '$.events[0].summary',
      'warning',
      /shown as plain text: only http, https and mailto/,
      /\[label\]\(https:/,
    ],
    [
      'too many quotes on an event',
      (j) => void (j.events[1].quotes = Array.from({ length: 51 }, () => j.events[1].quotes[0])),
      '$.events[1].quotes',
      'error',
      /At most 50 quotes on an event/,
      undefined,
    ],
    [
      'too many travellers',
      (j) => void (j.travellers = Array.from({ length: 501 }, (_, i) => ({ ...j.travellers[0], id: `t-${i}` }))),
      '$.travellers',
      'error',
      /at most 500 travellers/,
      undefined,
    ],
    ['too long a title', (j) => void (j.events[0].title = 'x'.repeat(161)), '$.events[0].title', 'error', /at most 160 characters/, undefined],
  ];

  it('tells readers, in their words, only what changes what they see: a place the map can\'t draw, an inferred zone', () => {
    const j = minimal();
    j.features[1].geometry = null;
    delete j.features[0].properties.timeZone;
    delete j.sources[0].date;
    const result = validateJourney(j);
    const names = Object.fromEntries(j.features.map((f: { id: string; properties: { names?: { en: string } } }) => [f.id, f.properties.names?.en]));
    const readers = result.problems.filter((p) => p.reader !== undefined).map((p) => p.reader);
    expect(readers).toHaveLength(2);
    expect(readers).toContain(`${names[j.features[1].id]} is not on the map: the journey gives no location for it.`);
    expect(readers.some((r) => r!.startsWith(`Times at ${names[j.features[0].id]} are shown`))).toBe(true);
    // The undated source is for editors only.
    expect(result.problems.some((p) => p.path === '$.sources[0].date' && p.reader === undefined)).toBe(true);
    for (const r of readers) expect(r).not.toMatch(/\$\.|"timeZone"|features\[/);
  });

  it.each(cases)('reports %s at its path, with its hint', (_name, mutate, path, severity, message, hint) => {
    const j = minimal();
    mutate(j);
    const result = validateJourney(j);
    const found = result.problems.find((p) => p.path === path && message.test(p.message));
    expect(found, `problems were: ${JSON.stringify(result.problems, null, 1)}`).toBeDefined();
    expect(found!.severity).toBe(severity);
    if (hint) expect(found!.hint).toMatch(hint);
    if (severity === 'warning') expect(result.ok, JSON.stringify(result.problems)).toBe(true);
    else expect(result.ok).toBe(false);
  });

  // Date.parse rolls 2025-02-29 over to 1 March, so days are checked on the calendar.
  it.each([
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['2025-12-31', true],
    ['2025-02-29', false],
    ['1900-02-29', false],
    ['2025-04-31', false],
    ['2025-00-10', false],
    ['2025-12-00', false],
  ])('knows whether %s is a day of the calendar', (day, real) => {
    const j = minimal();
    j.sources[0].date = day;
    j.events[1].start = { at: `${day}T11:00:00+01:00`, qualifier: 'about' };
    delete j.events[1].end;
    const paths = validateJourney(j).problems.filter((p) => /not a real/.test(p.message)).map((p) => p.path);
    expect(paths).toEqual(real ? [] : ['$.sources[0].date', '$.events[1].start.at']);
  });

  it('fills an inferred time zone into the validated journey', () => {
    const j = minimal();
    delete j.features[1].properties.timeZone;
    const result = validateJourney(j);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const place = result.journey.features[featureIndex(result.journey, 'example-ministry')]!;
    expect(place.properties.kind === 'place' && place.properties.timeZone).toBe('Europe/Berlin');
    expect(j.features[1].properties.timeZone).toBeUndefined(); // the input is not changed
  });

  it('does not warn about an event whose uncertain start may be after the arrival', () => {
    const j = minimal();
    j.features[2].properties.arrive = { at: '2026-01-15T11:00:00+01:00', qualifier: 'exact' };
    j.events[1].start = { at: '2026-01-15T10:15:00+01:00', qualifier: 'after' };
    expect(validateJourney(j).problems).toEqual([]);
    j.events[1].start = { at: '2026-01-15T10:45:00+01:00', qualifier: 'about' }; // within half an hour
    expect(validateJourney(j).problems).toEqual([]);
  });

  it('does not warn about an event at a place the traveller set out from', () => {
    const j = minimal();
    // A return leg to the airport, arriving after the landing event there.
    j.features.push({
      ...structuredClone(j.features[2]),
      id: 'leg-back',
      properties: {
        ...structuredClone(j.features[2].properties),
        from: 'example-ministry',
        to: 'example-airport',
        depart: { at: '2026-01-15T13:00:00+01:00', qualifier: 'exact' },
        arrive: { at: '2026-01-15T13:30:00+01:00', qualifier: 'exact' },
      },
    });
    expect(validateJourney(j).problems).toEqual([]);
  });

  it('reports the same problem once per item, however many items are broken', () => {
    const j = minimal();
    j.events[0].place = 'nowhere';
    j.events[1].place = 'nowhere';
    j.sources[0].url = 'ftp://example.org';
    const result = validateJourney(j);
    expect(result.problems.map((p) => p.path)).toEqual(expect.arrayContaining(['$.events[0].place', '$.events[1].place', '$.sources[0].url']));
  });
});
