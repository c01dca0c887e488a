import { describe, expect, it } from 'vitest';
import type { JourneyEvent } from './schema.ts';
import { dayOf } from './time.ts';
import { checkTimesAgainstZones, offsetProblem } from './zone-checks.ts';

describe('offsetProblem', () => {
  it('accepts the offset a zone has, in winter and in summer', () => {
    expect(offsetProblem('2026-01-15T11:00:00+01:00', 'Europe/Berlin')).toBeUndefined();
    expect(offsetProblem('2026-08-10T14:00:00+02:00', 'Europe/Berlin')).toBeUndefined();
    expect(offsetProblem('2025-12-02T19:40:00+03:00', 'Europe/Moscow')).toBeUndefined();
  });

  it('rejects a winter offset in August and names the summer one', () => {
    const found = offsetProblem('2026-08-10T14:00:00+01:00', 'Europe/Berlin');
    expect(found?.message).toBe('The UTC offset +01:00 is not that of Europe/Berlin on 10 August 2026, which is +02:00 (daylight saving time)');
    expect(found?.hint).toContain('"2026-08-10T14:00:00+02:00"');
  });

  it('knows the southern hemisphere changes its clocks the other way', () => {
    expect(offsetProblem('2026-01-15T12:00:00+10:00', 'Australia/Sydney')?.message).toContain('which is +11:00 (daylight saving time)');
    expect(offsetProblem('2026-07-15T12:00:00+10:00', 'Australia/Sydney')).toBeUndefined();
  });

  it('checks both sides of the date line, where the offset is more than twelve hours', () => {
    expect(offsetProblem('2025-12-03T06:00:00+11:00', 'Asia/Magadan')).toBeUndefined();
    expect(offsetProblem('2025-12-03T06:00:00+12:00', 'Pacific/Kiritimati')?.hint).toContain('"2025-12-03T06:00:00+14:00"');
    expect(offsetProblem('2025-12-02T09:00:00-09:00', 'America/Anchorage')).toBeUndefined();
    expect(offsetProblem('2025-12-02T09:00:00+11:00', 'America/Anchorage')?.message).toContain('which is -09:00');
  });

  it('accepts either offset in the hour that happens twice in autumn', () => {
    expect(offsetProblem('2026-10-25T02:30:00+02:00', 'Europe/Berlin')).toBeUndefined();
    expect(offsetProblem('2026-10-25T02:30:00+01:00', 'Europe/Berlin')).toBeUndefined();
  });

  it('accepts any time given in UTC with Z, and dates alone', () => {
    expect(offsetProblem('2025-12-02T01:00:00Z', 'America/New_York')).toBeUndefined();
    expect(offsetProblem('2025-12-02', 'America/New_York')).toBeUndefined();
  });

  it('checks +00:00 like any other offset: it is a clock, not Z', () => {
    expect(offsetProblem('2026-07-01T10:00:00+00:00', 'Europe/London')?.message).toContain('which is +01:00 (daylight saving time)');
  });
});

describe('checkTimesAgainstZones', () => {
  const event = (start: JourneyEvent['start'], end?: JourneyEvent['end']): JourneyEvent => ({
    id: 'e',
    title: 'T',
    summary: 'S',
    place: 'magadan',
    participants: ['t'],
    start,
    ...(end ? { end } : {}),
    status: 'reported',
    sources: ['s'],
  });
  const check = (e: JourneyEvent) => checkTimesAgainstZones({ events: [e], features: [], zoneOf: () => 'Asia/Magadan' });

  it('reads a date alone as the day at the place: a Magadan morning written in UTC the day before is the same day', () => {
    // 3 December in Magadan (UTC+11) runs from 2 December 13:00 UTC.
    expect(check(event({ at: '2025-12-03', qualifier: 'date' }, { at: '2025-12-02T23:00:00Z', qualifier: 'about' }))).toEqual([]);
  });

  it('says which day a clock time falls on at the place when it is before a date alone', () => {
    const [found, ...rest] = check(event({ at: '2025-12-03', qualifier: 'date' }, { at: '2025-12-02T12:00:00Z', qualifier: 'exact' }));
    expect(rest).toEqual([]);
    expect(found?.path).toBe('$.events[0].end.at');
    expect(found?.message).toContain('2 December 2025 in Asia/Magadan');
  });

  it('lets a flight east across the date line land on an earlier local day', () => {
    const leg = {
      type: 'Feature' as const,
      id: 'leg',
      geometry: null,
      properties: {
        kind: 'leg' as const,
        from: 'magadan',
        to: 'anchorage',
        travellers: ['t'],
        mode: 'flight' as const,
        status: 'reported' as const,
        depart: { at: '2025-12-03', qualifier: 'date' as const },
        arrive: { at: '2025-12-02', qualifier: 'date' as const },
        sources: ['s'],
      },
    };
    const zoneOf = (id: string) => (id === 'magadan' ? 'Asia/Magadan' : 'America/Anchorage');
    expect(checkTimesAgainstZones({ events: [], features: [leg], zoneOf })).toEqual([]);
    const back = { ...leg, properties: { ...leg.properties, arrive: { at: '2025-12-01', qualifier: 'date' as const } } };
    expect(checkTimesAgainstZones({ events: [], features: [back], zoneOf }).map((p) => p.path)).toEqual(['$.features[0].properties.arrive.at']);
  });

  it('reads the local day by the same rule as the engine (dayOf): its first instant is the earliest end allowed', () => {
    // Zones on both sides of the date line, and one whose clocks change at midnight (Santiago: no 00:00 on 7 September 2025).
    for (const [zone, date] of [['Asia/Magadan', '2025-12-03'], ['Pacific/Apia', '2026-03-02'], ['America/Santiago', '2025-09-07'], ['Europe/Moscow', '2025-12-02']] as const) {
      const day = dayOf({ at: date }, zone)!;
      const at = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
      const found = (end: number) =>
        checkTimesAgainstZones({ events: [event({ at: date, qualifier: 'date' }, { at: at(end), qualifier: 'exact' })], features: [], zoneOf: () => zone });
      expect(found(day.from), `${zone}: an end at the day's first instant`).toEqual([]);
      expect(found(day.from - 60_000), `${zone}: an end a minute before the day`).toHaveLength(1);
    }
  });

  it('names the path of every wrong offset, on events and legs', () => {
    const found = check(event({ at: '2025-12-03T06:00:00+10:00', qualifier: 'exact' }, { at: '2025-12-03T08:00:00+11:00', qualifier: 'exact' }));
    expect(found.map((p) => [p.path, p.hint])).toEqual([['$.events[0].start.at', expect.stringContaining('"2025-12-03T06:00:00+11:00"')]]);
  });
});
