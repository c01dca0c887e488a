import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Calls back once, the first time the host comes within `margin` of the
 * viewport (IntersectionObserver), then stops watching.
 */
export class NearViewportController implements ReactiveController {
  readonly #host: ReactiveControllerHost & Element;
  readonly #onNear: () => void;
  readonly #margin: string;
  #observer: IntersectionObserver | undefined;
  #done = false;

  constructor(host: ReactiveControllerHost & Element, onNear: () => void, margin = '400px') {
    this.#host = host;
    this.#onNear = onNear;
    this.#margin = margin;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.#done) return;
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        this.#done = true;
        this.#observer?.disconnect();
        this.#onNear();
      },
      { rootMargin: this.#margin },
    );
    this.#observer.observe(this.#host);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }
}
