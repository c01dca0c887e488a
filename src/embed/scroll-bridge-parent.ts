/**
 * The scroll bridge, as the parent page's snippet (resize.js) speaks it: it
 * recognises a frame's request and writes the viewport messages. Its own
 * module, apart from scroll-bridge.ts, because resize.js is a plain script
 * (a shared module would become a chunk it imports), so the message types
 * are written out here; a test checks that they match.
 */

/** Whether a message is a frame asking for viewport messages. */
export function isBridgeHello(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'diplomatic-journey:scroll-bridge';
}

/** The message telling a frame where it is in this page's viewport (whole px). */
export function viewportMessage(top: number, height: number): { type: string; top: number; height: number } {
  return { type: 'diplomatic-journey:viewport', top: Math.round(top), height: Math.round(height) };
}
