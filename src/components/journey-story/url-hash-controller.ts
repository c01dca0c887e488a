import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { formatHash, parseHash } from '../../options/story-options.ts';

import type { HashState } from '../../journey/story-state.ts';

export type { HashState, ZoneMode } from '../../journey/story-state.ts';

/** replaceState is rate-limited by browsers; scrubbing writes at most this often. */
const REPLACE_INTERVAL_MS = 250;
/**
 * And never at once: writing the URL costs several milliseconds, which
 * belong after the frame that shows the new moment, not before it.
 */
const REPLACE_DELAY_MS = 100;

/**
 * Keeps the step and the time in the page URL's hash (`#event=<id>&t=<ISO>`),
 * so a link restores them and the browser's Back button returns to the
 * previous step. Each step a reader takes adds a history entry; scrubbing
 * through time replaces the current one; restoring from the URL adds none.
 *
 * Only the standalone page uses this: an embed never writes its host's URL.
 */
export class UrlHashController implements ReactiveController {
  readonly #onChange: (state: HashState) => void;
  readonly #listener = () => this.#onChange(this.read());
  #pending: ReturnType<typeof setTimeout> | undefined;
  #lastReplace = 0;

  constructor(host: ReactiveControllerHost, onChange: (state: HashState) => void) {
    this.#onChange = onChange;
    host.addController(this);
  }

  read(): HashState {
    return parseHash(location.hash);
  }

  /** Records a step the reader took (a new history entry). */
  push(state: HashState): void {
    this.#cancel();
    const url = this.#url(state);
    if (url !== this.#current()) history.pushState(null, '', url);
  }

  /** Rewrites the current entry (a moment scrubbed to, a zone chosen): a little later, and at most four times a second. */
  replace(state: HashState): void {
    this.#cancel();
    const write = () => {
      this.#lastReplace = Date.now();
      const url = this.#url(state);
      if (url !== this.#current()) history.replaceState(null, '', url);
    };
    const wait = Math.max(REPLACE_DELAY_MS, REPLACE_INTERVAL_MS - (Date.now() - this.#lastReplace));
    this.#pending = setTimeout(write, wait);
  }

  #current(): string {
    return `${location.pathname}${location.search}${location.hash}`;
  }

  #url(state: HashState): string {
    const hash = formatHash(state);
    return `${location.pathname}${location.search}${hash ? `#${hash}` : ''}`;
  }

  #cancel(): void {
    if (this.#pending !== undefined) clearTimeout(this.#pending);
    this.#pending = undefined;
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.#listener);
    window.addEventListener('hashchange', this.#listener);
  }

  hostDisconnected(): void {
    this.#cancel();
    window.removeEventListener('popstate', this.#listener);
    window.removeEventListener('hashchange', this.#listener);
  }
}
