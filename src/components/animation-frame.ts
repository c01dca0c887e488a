/**
 * Time and animation frames for the components go through here, so there is
 * one place that knows about the clock and about reduced motion.
 */

/** Milliseconds from an arbitrary origin, for measuring intervals. */
export const now = (): number => performance.now();

/** Runs `fn` on the next animation frame; `cancel` stops it. */
export function frame(fn: (time: number) => void): { cancel(): void } {
  const id = requestAnimationFrame(fn);
  return { cancel: () => cancelAnimationFrame(id) };
}

/** Whether the reader has asked for reduced motion. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
