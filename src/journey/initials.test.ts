import { describe, expect, it } from 'vitest';
import { travellerInitials } from './initials.ts';

describe('travellerInitials', () => {
  it('takes the capitalised words, at most two', () => {
    expect(travellerInitials('Witkoff and Kushner')).toBe('WK');
    expect(travellerInitials('Vladimir Putin')).toBe('VP');
    expect(travellerInitials('Jean-Luc Picard')).toBe('JL');
    expect(travellerInitials('Example Envoy')).toBe('EE');
  });

  it('gives nothing for a name with no capital', () => {
    expect(travellerInitials('the delegation')).toBe('');
  });
});
