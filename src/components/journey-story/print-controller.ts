import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Fetches the static map's code when the reader starts printing, so that a
 * reader who never prints never downloads it. Browsers lay out the printout
 * right after `beforeprint`; the code arrives a moment later, so the very
 * first print preview may lack the map (print again, or the no-WebGL page
 * has it already).
 */
export class PrintController implements ReactiveController {
  readonly #load = () => void import('../static-map/static-map.ts');
  readonly #media = typeof matchMedia === 'function' ? matchMedia('print') : undefined;
  readonly #change = (e: MediaQueryListEvent) => e.matches && this.#load();

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.#load);
    this.#media?.addEventListener('change', this.#change);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.#load);
    this.#media?.removeEventListener('change', this.#change);
  }
}
