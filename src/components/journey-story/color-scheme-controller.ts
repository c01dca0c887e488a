import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Re-renders its host when the reader's system switches between light and
 * dark, for `theme="auto"`: the basemap style follows (through MapLibre's
 * `setStyle`, without a new map).
 */
export class ColorSchemeController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #media = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : undefined;
  readonly #change = () => this.#host.requestUpdate();

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** Whether the system asks for dark colours now. */
  get dark(): boolean {
    return this.#media?.matches ?? false;
  }

  hostConnected(): void {
    this.#media?.addEventListener('change', this.#change);
  }

  hostDisconnected(): void {
    this.#media?.removeEventListener('change', this.#change);
  }
}
