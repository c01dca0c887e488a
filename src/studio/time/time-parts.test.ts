import { describe, expect, it } from 'vitest';
import { composeTime, offsetAt, readout, splitTime } from './time-parts.ts';

describe('the time input', () => {
  it('writes the zone’s offset at that local time, daylight saving included', () => {
    expect(offsetAt('Europe/Moscow', '2025-12-02', '13:46')).toBe('+03:00');
    expect(offsetAt('Europe/Berlin', '2026-07-01', '12:00')).toBe('+02:00');
    expect(offsetAt('Europe/Berlin', '2026-01-01', '12:00')).toBe('+01:00');
    expect(offsetAt('America/New_York', '2025-12-02', '08:00')).toBe('-05:00');
    expect(offsetAt('Asia/Kolkata', '2025-12-02', '08:00')).toBe('+05:30');
    expect(offsetAt('UTC', '2025-12-02', '08:00')).toBe('Z');
  });

  it('composes a time from its parts, or says what is missing', () => {
    expect(composeTime({ date: '2025-12-02', clock: '13:46', qualifier: 'exact', zone: 'Europe/Moscow' })).toEqual({ at: '2025-12-02T13:46:00+03:00' });
    expect(composeTime({ date: '2025-12-02', clock: '', qualifier: 'date', zone: 'Europe/Moscow' })).toEqual({ at: '2025-12-02' });
    expect(composeTime({ date: '2025-12-02', clock: '14:06', qualifier: 'between', zone: 'Europe/Moscow', untilClock: '16:30' })).toEqual({
      at: '2025-12-02T14:06:00+03:00',
      until: '2025-12-02T16:30:00+03:00',
    });
    expect(composeTime({ date: '', clock: '13:46', qualifier: 'exact', zone: 'Europe/Moscow' })).toEqual({ error: 'Choose the day' });
    expect(composeTime({ date: '2025-12-02', clock: '', qualifier: 'about', zone: 'Europe/Moscow' })).toHaveProperty('error');
  });

  it('reads a time back into its parts', () => {
    expect(splitTime('2025-12-02T13:46:00+03:00', 'exact', 'Europe/Moscow')).toEqual({ date: '2025-12-02', clock: '13:46', qualifier: 'exact', zone: 'Europe/Moscow' });
    expect(splitTime('2025-12-02T10:46:00Z', 'about', 'Europe/Moscow').zone).toBe('UTC');
  });

  it('shows the moment at the place, for the reader and in UTC', () => {
    expect(readout('2025-12-02T13:46:00+03:00', 'Europe/Moscow', 'America/New_York')).toEqual({ local: '2 Dec, 13:46 MSK', reader: '2 Dec, 05:46 EST', utc: '2 Dec, 10:46 UTC' });
    expect(readout('2025-12-02', 'Europe/Moscow', 'UTC')).toBeUndefined();
  });
});
