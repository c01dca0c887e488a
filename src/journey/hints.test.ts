import { describe, expect, it } from 'vitest';
import { closestMatch, levenshtein, missingOffsetHint, swappedPositionHint, unknownIdHint } from './hints.ts';

describe('levenshtein', () => {
  it('counts single-character edits', () => {
    expect(levenshtein('', '')).toBe(0);
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('kremlin-senat', 'kremlin-senate')).toBe(1);
    expect(levenshtein('abc', '')).toBe(3);
  });
});

describe('closestMatch', () => {
  it('suggests only ids that are likely typos', () => {
    expect(closestMatch('vnukova', ['kremlin', 'vnukovo'])).toBe('vnukovo');
    expect(closestMatch('atlantis', ['kremlin', 'vnukovo'])).toBeUndefined();
    expect(closestMatch('ab', ['xy'])).toBeUndefined();
    expect(closestMatch('kiev', ['kyiv'])).toBeUndefined(); // two edits in four letters is a different word
  });
});

describe('unknownIdHint', () => {
  it('lists a short set of ids when none is close', () => {
    expect(unknownIdHint('zzz', new Set(['a-place', 'b-place']), 'place')).toBe('The place ids in this file are: "a-place", "b-place".');
    expect(unknownIdHint('zzz', new Set(Array.from({ length: 9 }, (_, i) => `place-${i}`)), 'place')).toBeUndefined();
  });
});

describe('swappedPositionHint', () => {
  it('only fires when the swap would be valid', () => {
    expect(swappedPositionHint([55.75, 137.62])).toMatch(/\[137.62, 55.75\]/);
    expect(swappedPositionHint([120, 137.62])).toBeUndefined(); // 120 is no latitude either
    expect(swappedPositionHint([10, 200])).toBeUndefined();
  });
});

describe('missingOffsetHint', () => {
  it("uses the place's offset on that day", () => {
    expect(missingOffsetHint('2025-12-02T16:30:00', 'Europe/Moscow')).toContain('"2025-12-02T16:30:00+03:00"');
    expect(missingOffsetHint('2025-07-04T09:00', 'America/New_York')).toContain('"2025-07-04T09:00-04:00"');
    expect(missingOffsetHint('2025-12-02T16:30:00')).toContain('+HH:MM');
  });
});
