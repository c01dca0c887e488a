import { describe, expect, it } from 'vitest';
import { parentOrigin, parseViewportMessage, SCROLL_BRIDGE_HELLO } from './scroll-bridge.ts';
import { isBridgeHello, viewportMessage } from './scroll-bridge-parent.ts';

describe('the scroll bridge', () => {
  it('the parent recognises the frame’s request, and the frame reads the parent’s answer', () => {
    expect(isBridgeHello({ type: SCROLL_BRIDGE_HELLO })).toBe(true);
    expect(parseViewportMessage(viewportMessage(-420.4, 800))).toEqual({ top: -420, height: 800 });
  });

  it.each([
    ['another type', { type: 'diplomatic-journey:height', top: 0, height: 800 }],
    ['a string top', { type: 'diplomatic-journey:viewport', top: '0', height: 800 }],
    ['an infinite top', { type: 'diplomatic-journey:viewport', top: Infinity, height: 800 }],
    ['a huge top', { type: 'diplomatic-journey:viewport', top: 2e6, height: 800 }],
    ['a tiny height', { type: 'diplomatic-journey:viewport', top: 0, height: 50 }],
    ['a missing height', { type: 'diplomatic-journey:viewport', top: 0 }],
    ['a string', 'diplomatic-journey:viewport'],
    ['null', null],
  ])('refuses %s', (_what, data) => {
    expect(parseViewportMessage(data)).toBeUndefined();
  });

  it('ignores anything else as a request', () => {
    expect(isBridgeHello('diplomatic-journey:scroll-bridge')).toBe(false);
    expect(isBridgeHello({ type: 'diplomatic-journey:height' })).toBe(false);
  });

  it('trusts the parent origin the browser names, then the referrer’s, else none', () => {
    expect(parentOrigin({ ancestorOrigins: ['https://news.example'] }, 'https://other.example/a')).toBe('https://news.example');
    expect(parentOrigin({}, 'https://news.example/2025/story.html')).toBe('https://news.example');
    expect(parentOrigin({ ancestorOrigins: [] }, '')).toBeUndefined();
    expect(parentOrigin({}, 'not a url')).toBeUndefined();
  });
});
