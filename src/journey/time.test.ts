import { describe, expect, it } from 'vitest';
import type { JourneyTime } from './schema.ts';
import { dayOf, describeMoment, formatDay, formatTime, instantOf, legInstants, placeLocality, shortDayOf, storyStarts, zoneAbbreviation, zoneName, zoneOffsetMinutes } from './time.ts';

const at = (iso: string, qualifier: JourneyTime['qualifier']): JourneyTime => ({ at: iso, qualifier });

describe('formatDay', () => {
  it('writes a calendar day as words, whatever the reader\'s zone', () => {
    expect(formatDay('2025-12-02')).toBe('2 December 2025');
    expect(formatDay('2025-01-31')).toBe('31 January 2025');
  });
});

describe('formatTime', () => {
  // One case per qualifier: the words, the local zone, and the reader's zone.
  it.each([
    ['exact', '2025-12-02T13:46:00+03:00', '2 December 2025, 13:46 Moscow time (MSK)', '05:46 your time (EST)'],
    ['about', '2025-12-02T16:30:00+03:00', '2 December 2025, about 16:30 Moscow time (MSK)', 'about 08:30 your time (EST)'],
    ['after', '2025-12-02T17:00:00+03:00', '2 December 2025, after 17:00 Moscow time (MSK)', 'after 09:00 your time (EST)'],
    ['before', '2025-12-03T02:03:00+03:00', '3 December 2025, before 02:03 Moscow time (MSK)', 'before 18:03 your time (EST) on 2 Dec'],
  ] as const)('qualifier %s reads "%s" in Moscow', (qualifier, iso, full, elsewhere) => {
    const t = formatTime(at(iso, qualifier), 'Europe/Moscow', 'America/New_York');
    expect(t.full).toBe(full);
    expect(t.elsewhere).toBe(elsewhere);
  });

  it('says only the day for a date-only time, with no reader-zone line', () => {
    const t = formatTime(at('2025-11-23', 'date'), 'Europe/Zurich', 'America/New_York');
    expect(t.full).toBe('23 November 2025 (time of day not known)');
    expect(t.elsewhere).toBeUndefined();
    expect(t.datetime).toBe('2025-11-23');
  });

  it('says the time is not known for an unknown time', () => {
    expect(formatTime(at('2025-12-03', 'unknown'), 'America/New_York').full).toBe('3 December 2025 (time not known)');
  });

  // The zones of this story, each with Intl: Kyiv (UTC+2), Dublin (UTC+0), Florida (UTC−5).
  it.each([
    ['Europe/Kyiv', '2025-12-02T18:00:00+02:00', '2 December 2025, 18:00 Kyiv time (EET)', '11:00 your time (EST)'],
    ['Europe/Dublin', '2025-12-02T15:00:00+00:00', '2 December 2025, 15:00 Dublin time (GMT)', '10:00 your time (EST)'],
    ['America/New_York', '2025-12-01T20:00:00-05:00', '1 December 2025, 20:00 New York time (EST)', '04:00 your time (MSK) on 2 Dec'],
  ] as const)('formats a time in %s and in another zone', (zone, iso, full, elsewhere) => {
    const reader = zone === 'America/New_York' ? 'Europe/Moscow' : 'America/New_York';
    const t = formatTime(at(iso, 'exact'), zone, reader);
    expect(t.full).toBe(full);
    expect(t.elsewhere).toBe(elsewhere);
  });

  it('shows a time in another display zone, with the local time second, across a date boundary', () => {
    const t = formatTime(at('2025-12-03T02:03:00+03:00', 'about'), 'Europe/Moscow', 'Europe/Moscow', 'en-GB', 'UTC', 'Moscow');
    expect(t.full).toBe('2 December 2025, about 23:03 UTC');
    expect(t.elsewhere).toBe('about 02:03 Moscow time (MSK) on 3 Dec');
  });

  it('names the second zone after the place, as the first: never by its offset alone', () => {
    // Apia in UTC mode (issue 14): not "17:30 GMT+13 local time".
    const apia = formatTime(at('2026-03-01T17:30:00+13:00', 'about'), 'Pacific/Apia', 'Pacific/Apia', 'en-GB', 'UTC', 'Apia');
    expect(apia.full).toBe('1 March 2026, about 04:30 UTC');
    expect(apia.elsewhere).toBe('about 17:30 Apia time (UTC+13)');
    // The reader's zone, when it is UTC, is just UTC.
    expect(formatTime(at('2026-03-01T17:30:00+13:00', 'about'), 'Pacific/Apia', 'UTC').elsewhere).toBe('about 04:30 UTC');
  });

  it('names the zone of the place: Kyiv, Dublin, Geneva, Florida', () => {
    const winter = Date.UTC(2025, 11, 2, 12);
    expect(zoneAbbreviation('Europe/Kyiv', winter)).toBe('EET');
    expect(zoneAbbreviation('Europe/Dublin', winter)).toBe('GMT');
    expect(zoneAbbreviation('Europe/Zurich', winter)).toBe('CET');
    expect(zoneAbbreviation('America/New_York', winter)).toBe('EST');
    expect(formatTime(at('2025-12-02T15:00:00+00:00', 'about'), 'Europe/Dublin').time).toBe('about 15:00 Dublin time (GMT)');
  });
});

describe('instantOf', () => {
  it('reads the offset of a full time', () => {
    expect(instantOf(at('2025-12-02T16:30:00+03:00', 'about'))).toBe(Date.UTC(2025, 11, 2, 13, 30));
  });

  it('places a date alone at noon in the place zone', () => {
    // The middle of the local day when nothing around it says more.
    expect(instantOf(at('2025-12-02', 'date'), 'Europe/Moscow')).toBe(Date.UTC(2025, 11, 2, 9));
    expect(instantOf(at('2025-12-02', 'date'))).toBe(Date.UTC(2025, 11, 2, 12));
  });

  it('rejects impossible dates', () => {
    expect(instantOf(at('2025-02-30', 'date'))).toBeNaN();
  });

  it('knows zone offsets, including daylight saving', () => {
    expect(zoneOffsetMinutes('Europe/Moscow', Date.UTC(2025, 11, 2))).toBe(180);
    expect(zoneOffsetMinutes('America/New_York', Date.UTC(2025, 6, 1))).toBe(-240);
    expect(zoneOffsetMinutes('UTC', Date.UTC(2025, 6, 1))).toBe(0);
  });
});

const MIN = 60_000;
const iso = (t: number) => new Date(t).toISOString();

describe('the time rule: a date alone is its local day', () => {
  it('is the whole day at the place, across daylight saving time (a 23-hour and a 25-hour day)', () => {
    expect(dayOf(at('2026-03-29', 'date'), 'Europe/Zurich')).toEqual({ from: Date.UTC(2026, 2, 28, 23), to: Date.UTC(2026, 2, 29, 22) });
    expect(dayOf(at('2026-10-25', 'date'), 'Europe/Zurich')).toEqual({ from: Date.UTC(2026, 9, 24, 22), to: Date.UTC(2026, 9, 25, 23) });
    expect(dayOf(at('2026-11-01', 'unknown'), 'America/New_York')).toEqual({ from: Date.UTC(2026, 10, 1, 4), to: Date.UTC(2026, 10, 2, 5) });
    expect(dayOf(at('2025-12-02T10:00:00Z', 'exact'))).toBeUndefined();
  });

  it('is a different span of UTC either side of the date line: 1 March begins 23 hours earlier in Apia than in Honolulu', () => {
    const apia = dayOf(at('2026-03-01', 'date'), 'Pacific/Apia')!;
    const honolulu = dayOf(at('2026-03-01', 'date'), 'Pacific/Honolulu')!;
    expect(iso(apia.from)).toBe('2026-02-28T11:00:00.000Z');
    expect(iso(honolulu.from)).toBe('2026-03-01T10:00:00.000Z');
    expect(honolulu.from - apia.from).toBe(23 * 3_600_000);
  });

  it('keeps the file order of events known only to the day, between the timed events around them', () => {
    // The default story: the Kremlin's announcement (date only) is written after the plane leaves and before the landing.
    const starts = storyStarts([
      { start: at('2025-12-02T01:00:00Z', 'about'), timeZone: 'America/New_York' },
      { start: at('2025-12-02', 'date'), timeZone: 'Europe/Moscow' },
      { start: at('2025-12-02T13:46:00+03:00', 'about'), timeZone: 'Europe/Moscow' },
      { start: at('2025-12-02T14:06:00+03:00', 'after'), timeZone: 'Europe/Moscow' },
      { start: at('2025-12-02', 'date'), timeZone: 'Europe/Dublin' },
      { start: at('2025-12-02T16:30:00+03:00', 'after'), timeZone: 'Europe/Moscow' },
    ]);
    expect(starts.map(iso)).toEqual([
      '2025-12-02T01:00:00.000Z',
      '2025-12-02T05:53:00.000Z',
      '2025-12-02T10:46:00.000Z',
      '2025-12-02T11:06:00.000Z',
      '2025-12-02T12:18:00.000Z',
      '2025-12-02T13:30:00.000Z',
    ]);
    for (let i = 1; i < starts.length; i++) expect(starts[i]!).toBeGreaterThan(starts[i - 1]!);
  });

  it('keeps a date-only arrival across the date line after the departure written before it', () => {
    // Left Apia on 2 March (UTC+13), arrived in Honolulu on 1 March (UTC−10).
    const [leave, arrive, talks] = storyStarts([
      { start: at('2026-03-02T08:00:00+13:00', 'after'), timeZone: 'Pacific/Apia' },
      { start: at('2026-03-01', 'date'), timeZone: 'Pacific/Honolulu' },
      { start: at('2026-03-01T16:00:00-10:00', 'before'), timeZone: 'Pacific/Honolulu' },
    ]);
    expect(arrive!).toBeGreaterThan(leave!);
    expect(arrive!).toBeLessThan(talks!);
    expect(arrive! % MIN).toBe(0);
  });

  it('does not follow a neighbour from another day: an event on 30 November after one on 23 November sits mid-day', () => {
    const [, florida] = storyStarts([
      { start: at('2025-11-23', 'date'), timeZone: 'Europe/Zurich' },
      { start: at('2025-11-30', 'date'), timeZone: 'America/New_York' },
    ]);
    expect(iso(florida!)).toBe('2025-11-30T17:00:00.000Z');
  });

  it('never ends a leg before it starts: a date-only arrival comes after the departure, and by the first event there', () => {
    // Honolulu (UTC−10) to Tokyo (UTC+9), arriving "3 December": noon in Tokyo would be before the departure.
    const [depart, arrive] = legInstants(at('2025-12-02T20:00:00-10:00', 'exact'), 'Pacific/Honolulu', at('2025-12-03', 'date'), 'Asia/Tokyo');
    expect(iso(depart)).toBe('2025-12-03T06:00:00.000Z');
    expect(arrive).toBeGreaterThan(depart);
    expect(arrive).toBeLessThan(dayOf(at('2025-12-03', 'date'), 'Asia/Tokyo')!.to);
    const [, by] = legInstants(at('2025-12-02T20:00:00-10:00', 'exact'), 'Pacific/Honolulu', at('2025-12-03', 'date'), 'Asia/Tokyo', Date.UTC(2025, 11, 3, 8));
    expect(by).toBe(Date.UTC(2025, 11, 3, 7));
  });
});

describe('zone names', () => {
  it('names a zone for the place, with its abbreviation or offset', () => {
    const winter = Date.UTC(2025, 11, 2, 12);
    expect(zoneName('Europe/Zurich', winter, 'Geneva')).toBe('Geneva time (CET)');
    expect(zoneName('Europe/Moscow', winter)).toBe('Moscow time (MSK)');
    expect(zoneName('Asia/Magadan', winter)).toBe('Magadan time (UTC+11)');
    expect(zoneName('Pacific/Honolulu', winter)).toBe('Honolulu time (HST)');
    expect(zoneName('America/New_York', winter, 'your')).toBe('your time (EST)');
    expect(zoneName('UTC', winter)).toBe('UTC');
  });

  it('takes the town from the place', () => {
    expect(placeLocality({ names: { en: 'US Permanent Mission, Geneva (Chambésy)' }, precision: 'approximate', timeZone: 'Europe/Zurich' })).toBe('Geneva');
    expect(placeLocality({ names: { en: 'Moscow Kremlin, Senate building' }, precision: 'building', timeZone: 'Europe/Moscow' })).toBe('Moscow');
    expect(placeLocality({ names: { en: 'Washington, D.C.' }, precision: 'city', timeZone: 'America/New_York' })).toBe('Washington');
    expect(placeLocality({ names: { en: 'Vnukovo Airport (Vnukovo-2 government terminal)' }, precision: 'approximate', timeZone: 'Europe/Moscow' })).toBeUndefined();
    expect(formatTime(at('2025-11-23T10:00:00+01:00', 'about'), 'Europe/Zurich', undefined, 'en-GB', 'Europe/Zurich', undefined, 'Geneva').time).toBe('about 10:00 Geneva time (CET)');
  });
});

describe('describeMoment: the readout', () => {
  it('gives an event’s own time with its qualifier, or its day alone', () => {
    const landing = at('2025-12-02T13:46:00+03:00', 'about');
    expect(describeMoment(instantOf(landing), 'Europe/Moscow', { event: { time: landing, timeZone: 'Europe/Moscow' } })).toBe(
      '2 December 2025, about 13:46 Moscow time (MSK), about 10:46 UTC',
    );
    const after = at('2025-12-02T14:06:00+03:00', 'after');
    expect(describeMoment(instantOf(after), 'UTC', { event: { time: after, timeZone: 'Europe/Moscow' } })).toBe('2 December 2025, after 11:06 UTC');
    const day = at('2025-12-02', 'date');
    expect(describeMoment(Date.UTC(2025, 11, 2, 5, 53), 'Europe/Moscow', { event: { time: day, timeZone: 'Europe/Moscow' } })).toBe('2 December 2025 (time of day not known)');
  });

  it('gives the day alone between events known only to the day, and the clock otherwise', () => {
    expect(describeMoment(Date.UTC(2025, 10, 26, 12), 'Europe/Zurich', { dayOnly: true })).toBe('26 November 2025');
    expect(describeMoment(Date.UTC(2025, 11, 2, 13, 30), 'Europe/Moscow')).toBe('2 December 2025, 16:30 Moscow time (MSK), 13:30 UTC');
  });

  it('gives a date-only event’s day at its place in every zone mode', () => {
    const day = at('2026-03-01', 'date');
    expect(shortDayOf(day, 'Pacific/Honolulu', 'Pacific/Apia')).toBe('1 Mar');
    expect(shortDayOf(at('2026-03-01T16:00:00-10:00', 'before'), 'Pacific/Honolulu', 'UTC')).toBe('2 Mar');
  });
});
