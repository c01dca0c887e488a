import { describe, expect, it } from 'vitest';
import { fixedOffsetZone, inferTimeZone, offsetOf } from './time-zone-inference.ts';

describe('time zone inference', () => {
  const kremlin = { id: 'kremlin', anchor: [37.6178, 55.7517], timeZone: 'Europe/Moscow' };

  it('borrows the zone of a place within 50 km', () => {
    expect(inferTimeZone([37.2615, 55.5915], [kremlin], [])).toMatchObject({ ok: true, timeZone: 'Europe/Moscow', place: 'kremlin', km: 29 });
  });

  it('falls back on a single whole-hour offset written at the place', () => {
    expect(inferTimeZone([30.52, 50.45], [kremlin], ['2025-12-02T10:00:00+02:00', '2025-12-02'])).toMatchObject({ ok: true, timeZone: 'Etc/GMT-2' });
    expect(inferTimeZone(undefined, [], ['2025-12-02T10:00:00Z'])).toMatchObject({ ok: true, timeZone: 'UTC' });
  });

  it('gives up, with a reason, on mixed or half-hour offsets or nothing to go by', () => {
    expect(inferTimeZone(undefined, [], ['2025-03-01T10:00:00+02:00', '2025-04-01T10:00:00+03:00'])).toMatchObject({ ok: false, reason: expect.stringMatching(/different UTC offsets/) });
    expect(inferTimeZone(undefined, [], ['2025-03-01T10:00:00+05:30'])).toMatchObject({ ok: false, reason: expect.stringMatching(/whole number of hours/) });
    expect(inferTimeZone([0, 0], [kremlin], [])).toMatchObject({ ok: false, reason: expect.stringMatching(/No place within 50 km/) });
  });

  it('maps offsets to Etc zones, whose sign is inverted', () => {
    expect(fixedOffsetZone('+03:00')).toBe('Etc/GMT-3');
    expect(fixedOffsetZone('-05:00')).toBe('Etc/GMT+5');
    expect(fixedOffsetZone('+00:00')).toBe('UTC');
    expect(fixedOffsetZone('+05:30')).toBeUndefined();
    expect(offsetOf('2025-12-02T16:30:00Z')).toBe('+00:00');
    expect(offsetOf('2025-12-02')).toBeUndefined();
  });
});
