import { describe, expect, it } from 'vitest';
import { TRAVELLER_COLOURS } from '../draft/draft.ts';
import { checkColour, contrastRatio, styleBackground } from './contrast.ts';
import { urlProblem } from './url-check.ts';

const BASEMAPS = [
  { name: 'light', background: '#cfe0ea' },
  { name: 'dark', background: '#1c2830' },
];

describe('colour contrast', () => {
  it('measures WCAG contrast', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
  });

  it('every colour the studio gives new travellers holds 3:1 on both basemaps', () => {
    for (const colour of TRAVELLER_COLOURS) expect(checkColour(colour, BASEMAPS).every((c) => c.ok), colour).toBe(true);
    expect(checkColour('#ffff00', BASEMAPS).map((c) => c.ok)).toEqual([false, true]);
  });

  it('reads a style’s background', () => {
    expect(styleBackground({ layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#cfe0ea' } }] })).toBe('#cfe0ea');
    expect(styleBackground({ layers: [] })).toBeUndefined();
  });
});

describe('links as they are typed', () => {
  it('says what the validator will say', () => {
    expect(urlProblem('https://example.org/report')).toBeUndefined();
    expect(urlProblem('ftp://example.org/report')).toBe('Links must use http or https');
    expect(urlProblem('example.org')).toBe('This must be an absolute URL');
    expect(urlProblem('')).toMatch(/needs its link/);
  });
});
