/**
 * What the parent-page snippet (resize.ts) accepts as a height message. Its
 * own module, apart from height-messages.ts, because resize.js is a plain
 * script: a module it shared with the embed page would become a chunk that
 * it `import`s. So the message type is written out here; a test checks that
 * it reads exactly what heightMessages sends.
 */

/**
 * The heights a parent page accepts, in CSS pixels. Below 100 px the story
 * can't show even its title bar; above 20,000 px (about twenty screens) a
 * height is a hostile or broken page trying to push the article away, not
 * content.
 */
export const MIN_HEIGHT = 100;
export const MAX_HEIGHT = 20_000;

/**
 * Reads our own height message as the parent page receives it, trusting
 * nothing: the height must be a number that is a whole count of pixels
 * within MIN_HEIGHT..MAX_HEIGHT. Strings (`"700"`, `"0x1F4"`), arrays,
 * booleans, fractions and out-of-range values are refused, where `Number()`
 * would have let most of them through.
 *
 * @param data A message event's `data`.
 * @returns The height, or undefined when `data` is not a valid height message.
 * @example parseHeightMessage({ type: 'diplomatic-journey:height', height: 812 }) // 812
 * @example parseHeightMessage({ type: 'diplomatic-journey:height', height: '812' }) // undefined
 */
export function parseHeightMessage(data: unknown): number | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { type, height } = data as { type?: unknown; height?: unknown };
  if (type !== 'diplomatic-journey:height' || typeof height !== 'number' || !Number.isInteger(height)) return undefined;
  return height >= MIN_HEIGHT && height <= MAX_HEIGHT ? height : undefined;
}
