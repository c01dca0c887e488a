import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Follows the host's content width, rounded to `step` pixels so a drawing
 * sized from it is recomputed only when the width really changes. Until the
 * first measurement (and where ResizeObserver is missing) it holds
 * `fallback`.
 */
export class WidthController implements ReactiveController {
  readonly #host: ReactiveControllerHost & Element;
  readonly #step: number;
  #observer: ResizeObserver | undefined;
  /** The width in CSS pixels, a multiple of `step`. */
  width: number;

  constructor(host: ReactiveControllerHost & Element, fallback: number, step = 20) {
    this.#host = host;
    this.#step = step;
    this.width = fallback;
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof ResizeObserver !== 'function') return;
    this.#observer = new ResizeObserver(([entry]) => {
      const measured = entry?.contentRect.width ?? 0;
      // Hidden (display: none, a closed tab panel): keep the last drawing.
      if (measured <= 0) return;
      const width = Math.max(this.#step, Math.round(measured / this.#step) * this.#step);
      if (width === this.width) return;
      this.width = width;
      this.#host.requestUpdate();
    });
    this.#observer.observe(this.#host);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }
}
