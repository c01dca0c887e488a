import { describe, expect, it } from 'vitest';
import { findCity, zoneForCity, type City } from './city-search.ts';

const cities: City[] = [
  { name: 'Moscow', country: 'RU', population: 10_000_000, position: [37.6, 55.75] },
  { name: 'Moscow', country: 'US', population: 25_000, position: [-117, 46.7] },
  { name: 'Montreal', country: 'CA', population: 1_600_000, position: [-73.6, 45.5] },
];

describe('finding a city', () => {
  it('takes the exact name, the most populous first, or the country given', () => {
    expect(findCity(cities, 'moscow')?.country).toBe('RU');
    expect(findCity(cities, 'Moscow (US)')?.country).toBe('US');
  });

  it('falls back to the start of a name, and finds nothing in nothing', () => {
    expect(findCity(cities, 'Mont')?.name).toBe('Montreal');
    expect(findCity(cities, '  ')).toBeUndefined();
    expect(findCity(cities, 'Atlantis')).toBeUndefined();
  });
});

describe('the time zone of a found city', () => {
  it('is the zone named after it, if there is one', () => {
    expect(zoneForCity('Addis Ababa')).toBe('Africa/Addis_Ababa');
    expect(zoneForCity('nairobi')).toBe('Africa/Nairobi');
    expect(zoneForCity('New York', ['America/Chicago', 'America/New_York'])).toBe('America/New_York');
    expect(zoneForCity('Geneva', ['Europe/Zurich'])).toBe('');
    expect(zoneForCity(' ')).toBe('');
  });
});
