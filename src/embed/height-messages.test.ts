import { describe, expect, it } from 'vitest';
import { HEIGHT_MESSAGE, heightMessages } from './height-messages.ts';

describe('heightMessages', () => {
  it('sends our message, pym.js and AMP formats, with the height rounded up', () => {
    expect(heightMessages(811.2, 'map')).toEqual([
      { type: HEIGHT_MESSAGE, height: 812 },
      'pymxPYMxmapxPYMxheightxPYMx812',
      { sentinel: 'amp', type: 'embed-size', height: 812 },
    ]);
  });
});
