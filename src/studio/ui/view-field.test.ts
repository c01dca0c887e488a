import { describe, expect, it } from 'vitest';
import { viewWords } from './view-field.ts';

describe('viewWords', () => {
  it('says an event\'s view as an editor reads it: the zoom, then latitude and longitude', () => {
    expect(viewWords({ center: [37.61756, 55.75222], zoom: 11 })).toBe('zoom 11 at 55.75, 37.62');
    expect(viewWords({ center: [-9.97894, 41.8739], zoom: 6.04 })).toBe('zoom 6 at 41.87, -9.98');
    expect(viewWords({ center: [2.35, 48.85], zoom: 12.25 })).toBe('zoom 12.3 at 48.85, 2.35');
  });

  it('says nothing for a view not set, or not yet whole', () => {
    expect(viewWords(undefined)).toBeUndefined();
    expect(viewWords({ center: [37.6, 55.75] })).toBeUndefined();
    expect(viewWords({ center: ['37.6', 55.75], zoom: 11 })).toBeUndefined();
  });
});
