/**
 * The scroll bridge, as the iframe page (embed.html?layout=scrolly) speaks
 * it. A frame that the parent page sizes to fit its content never scrolls
 * itself: the parent page does. So the frame asks (SCROLL_BRIDGE_HELLO),
 * and resize.js on the parent page answers with where the frame is in the
 * parent's viewport whenever the page scrolls or resizes. The parent side is
 * scroll-bridge-parent.ts (a separate module: resize.js is a plain script
 * and must not import a chunk); a test checks that the two agree.
 */

/** The frame's request for viewport messages. */
export const SCROLL_BRIDGE_HELLO = 'diplomatic-journey:scroll-bridge';
/** The parent's answer: the frame's top in the parent's viewport and the viewport's height, in CSS px. */
export const VIEWPORT_MESSAGE = 'diplomatic-journey:viewport';

/** Where the frame is in the parent page's viewport. */
export interface BridgedViewport {
  /** The frame's top edge, from the viewport's top (negative once scrolled past). */
  readonly top: number;
  /** The viewport's height. */
  readonly height: number;
}

/** The most a viewport message may say, in px either way: beyond it a page is broken or hostile. */
const LIMIT = 1_000_000;

/**
 * Reads a viewport message, trusting nothing: `top` a finite number within
 * ±1,000,000 px, `height` from 100 to 20,000 px. The caller checks first
 * that the message comes from the parent window, on its origin.
 *
 * @example parseViewportMessage({ type: 'diplomatic-journey:viewport', top: -420, height: 800 }) // { top: -420, height: 800 }
 * @example parseViewportMessage({ type: 'diplomatic-journey:viewport', top: '0', height: 800 }) // undefined
 */
export function parseViewportMessage(data: unknown): BridgedViewport | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { type, top, height } = data as { type?: unknown; top?: unknown; height?: unknown };
  if (type !== VIEWPORT_MESSAGE || typeof top !== 'number' || typeof height !== 'number') return undefined;
  if (!Number.isFinite(top) || Math.abs(top) > LIMIT || !Number.isFinite(height) || height < 100 || height > 20_000) return undefined;
  return { top, height };
}

/**
 * The parent page's origin, which viewport messages must come from:
 * `location.ancestorOrigins` where the browser has it, else the referrer's
 * origin; undefined when neither says (a `no-referrer` policy in a browser
 * without ancestorOrigins), and then no message is trusted.
 */
export function parentOrigin(location: { readonly ancestorOrigins?: { readonly length: number; readonly [i: number]: string } }, referrer: string): string | undefined {
  const ancestor = location.ancestorOrigins?.length ? location.ancestorOrigins[0] : undefined;
  if (ancestor) return ancestor;
  try {
    return referrer ? new URL(referrer).origin : undefined;
  } catch {
    return undefined;
  }
}
