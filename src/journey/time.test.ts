import { describe, expect, it } from 'vitest';
import type { JourneyTime } from './schema.ts';
import { formatDay, formatTime, instantOf, zoneAbbreviation, zoneOffsetMinutes } from './time.ts';

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
    ['exact', '2025-12-02T13:46:00+03:00', '2 December 2025, 13:46 MSK', '05:46 EST in your time'],
    ['about', '2025-12-02T16:30:00+03:00', '2 December 2025, about 16:30 MSK', 'about 08:30 EST in your time'],
    ['after', '2025-12-02T17:00:00+03:00', '2 December 2025, after 17:00 MSK', 'after 09:00 EST in your time'],
    ['before', '2025-12-03T02:03:00+03:00', '3 December 2025, before 02:03 MSK', 'before 18:03 EST (2 Dec) in your time'],
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
    ['Europe/Kyiv', '2025-12-02T18:00:00+02:00', '2 December 2025, 18:00 EET', '11:00 EST in your time'],
    ['Europe/Dublin', '2025-12-02T15:00:00+00:00', '2 December 2025, 15:00 GMT', '10:00 EST in your time'],
    ['America/New_York', '2025-12-01T20:00:00-05:00', '1 December 2025, 20:00 EST', '04:00 MSK (2 Dec) in your time'],
  ] as const)('formats a time in %s and in another zone', (zone, iso, full, elsewhere) => {
    const reader = zone === 'America/New_York' ? 'Europe/Moscow' : 'America/New_York';
    const t = formatTime(at(iso, 'exact'), zone, reader);
    expect(t.full).toBe(full);
    expect(t.elsewhere).toBe(elsewhere);
  });

  it('shows a time in another display zone, with the local time second, across a date boundary', () => {
    const t = formatTime(at('2025-12-03T02:03:00+03:00', 'about'), 'Europe/Moscow', 'Europe/Moscow', 'en-GB', 'UTC', 'local time');
    expect(t.full).toBe('2 December 2025, about 23:03 UTC');
    expect(t.elsewhere).toBe('about 02:03 MSK (3 Dec) local time');
  });

  it('names the zone of the place: Kyiv, Dublin, Geneva, Florida', () => {
    const winter = Date.UTC(2025, 11, 2, 12);
    expect(zoneAbbreviation('Europe/Kyiv', winter)).toBe('EET');
    expect(zoneAbbreviation('Europe/Dublin', winter)).toBe('GMT');
    expect(zoneAbbreviation('Europe/Zurich', winter)).toBe('CET');
    expect(zoneAbbreviation('America/New_York', winter)).toBe('EST');
    expect(formatTime(at('2025-12-02T15:00:00+00:00', 'about'), 'Europe/Dublin').time).toBe('about 15:00 GMT');
  });
});

describe('instantOf', () => {
  it('reads the offset of a full time', () => {
    expect(instantOf(at('2025-12-02T16:30:00+03:00', 'about'))).toBe(Date.UTC(2025, 11, 2, 13, 30));
  });

  it('places a date alone at noon in the place zone', () => {
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
