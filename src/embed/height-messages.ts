/**
 * The messages an embedded page sends its parent when its height changes:
 * our own JSON message, plus the pym.js and AMP formats, so pages that
 * already use those libraries resize the iframe too.
 */

/** The `type` of our own height message. */
export const HEIGHT_MESSAGE = 'diplomatic-journey:height';

export interface HeightMessage {
  readonly type: typeof HEIGHT_MESSAGE;
  readonly height: number;
}

/**
 * Every message for one height.
 *
 * @param height In CSS pixels, rounded up.
 * @param pymId The pym.js child id (from the `childId` query parameter pym adds), if any.
 * @example heightMessages(812, 'map') // [{ type: 'diplomatic-journey:height', height: 812 }, 'pymxPYMxmapxPYMxheightxPYMx812', { sentinel: 'amp', type: 'embed-size', height: 812 }]
 */
export function heightMessages(height: number, pymId = ''): readonly unknown[] {
  const h = Math.ceil(height);
  const ours: HeightMessage = { type: HEIGHT_MESSAGE, height: h };
  return [ours, `pymxPYMx${pymId}xPYMxheightxPYMx${h}`, { sentinel: 'amp', type: 'embed-size', height: h }];
}
