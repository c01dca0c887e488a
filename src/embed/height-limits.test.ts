import { describe, expect, it } from 'vitest';
import { MAX_HEIGHT, MIN_HEIGHT, parseHeightMessage } from './height-limits.ts';
import { HEIGHT_MESSAGE, heightMessages } from './height-messages.ts';

const message = (height: unknown) => ({ type: HEIGHT_MESSAGE, height });

describe('parseHeightMessage', () => {
  it('reads the message the embed page sends', () => {
    expect(parseHeightMessage(heightMessages(811.2)[0])).toBe(812);
  });

  it('accepts whole pixels from MIN_HEIGHT to MAX_HEIGHT, both included', () => {
    expect(parseHeightMessage(message(MIN_HEIGHT))).toBe(100);
    expect(parseHeightMessage(message(MAX_HEIGHT))).toBe(20_000);
  });

  it.each([
    ['a hexadecimal string', '0x1F4'],
    ['a decimal string', '700'],
    ['an array', [700]],
    ['a boolean', true],
    ['null', null],
    ['a fraction', 700.5],
    ['too small', MIN_HEIGHT - 1],
    ['zero', 0],
    ['negative', -700],
    ['too large', 99_999],
    ['infinite', Infinity],
    ['not a number', NaN],
  ])('refuses a height that is %s', (_, height) => {
    expect(parseHeightMessage(message(height))).toBeUndefined();
  });

  it.each([
    ['another type', { type: 'embed-size', height: 700 }],
    ['no type', { height: 700 }],
    ['a string', 'diplomatic-journey:height'],
    ['the pym.js format', heightMessages(700, 'map')[1]],
    ['null', null],
  ])('refuses a message that is %s', (_, data) => {
    expect(parseHeightMessage(data)).toBeUndefined();
  });
});
