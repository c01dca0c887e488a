import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Keeps the step in the page URL's hash (`#event=<id>`), so a link restores
 * it and the browser's Back button returns to the previous step. Each step a
 * reader takes adds a history entry; restoring from the URL adds none.
 *
 * Only the standalone page uses this: an embed never writes its host's URL.
 */
export class UrlHashController implements ReactiveController {
  readonly #onChange: (eventId: string | undefined) => void;
  readonly #listener = () => this.#onChange(this.read());

  constructor(host: ReactiveControllerHost, onChange: (eventId: string | undefined) => void) {
    this.#onChange = onChange;
    host.addController(this);
  }

  /** The event id in the current URL, if any. */
  read(): string | undefined {
    const params = new URLSearchParams(location.hash.replace(/^#/, ''));
    return params.get('event') ?? undefined;
  }

  /** Records a step the reader took. */
  push(eventId: string): void {
    if (this.read() === eventId) return;
    const params = new URLSearchParams(location.hash.replace(/^#/, ''));
    params.set('event', eventId);
    history.pushState(null, '', `${location.pathname}${location.search}#${params.toString()}`);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.#listener);
    window.addEventListener('hashchange', this.#listener);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.#listener);
    window.removeEventListener('hashchange', this.#listener);
  }
}
