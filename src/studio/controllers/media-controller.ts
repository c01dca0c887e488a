import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Whether a media query matches, kept up to date for its host. */
export class MediaController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #query: MediaQueryList;
  matches: boolean;
  readonly #change = () => {
    this.matches = this.#query.matches;
    this.#host.requestUpdate();
  };

  constructor(host: ReactiveControllerHost, query: string) {
    this.#host = host;
    this.#query = matchMedia(query);
    this.matches = this.#query.matches;
    host.addController(this);
  }

  hostConnected(): void {
    this.matches = this.#query.matches;
    this.#query.addEventListener('change', this.#change);
  }

  hostDisconnected(): void {
    this.#query.removeEventListener('change', this.#change);
  }
}
