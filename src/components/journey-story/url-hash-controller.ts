import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Which zone times are shown in: each place's own, the reader's, or UTC. */
export type ZoneMode = 'local' | 'reader' | 'utc';

/** What the URL hash says: `#event=<id>`, `#t=<ISO time>`, or both, and `tz=reader|utc`. */
export interface HashState {
  readonly event: string | undefined;
  /** ms since the epoch; undefined when absent or unreadable. */
  readonly time: number | undefined;
  readonly zone: ZoneMode;
}

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
    const params = new URLSearchParams(location.hash.replace(/^#/, ''));
    const t = params.get('t');
    const time = t ? Date.parse(t) : Number.NaN;
    const tz = params.get('tz');
    const zone: ZoneMode = tz === 'reader' || tz === 'utc' ? tz : 'local';
    return { event: params.get('event') ?? undefined, time: Number.isFinite(time) ? time : undefined, zone };
  }

  /** Records a step the reader took (a new history entry). */
  push(eventId: string): void {
    this.#cancel();
    const url = this.#url({ event: eventId, time: undefined, zone: this.read().zone });
    if (url !== this.#current()) history.pushState(null, '', url);
  }

  /** Records the zone choice, keeping the rest. */
  setZone(zone: ZoneMode): void {
    const state = this.read();
    const url = this.#url({ ...state, zone });
    if (url !== this.#current()) history.replaceState(null, '', url);
  }

  /** Records a moment the reader scrubbed to (replacing the entry, a little later and at most four times a second). */
  replace(eventId: string, time: number): void {
    this.#cancel();
    const write = () => {
      this.#lastReplace = Date.now();
      const url = this.#url({ event: eventId, time, zone: this.read().zone });
      if (url !== this.#current()) history.replaceState(null, '', url);
    };
    const wait = Math.max(REPLACE_DELAY_MS, REPLACE_INTERVAL_MS - (Date.now() - this.#lastReplace));
    this.#pending = setTimeout(write, wait);
  }

  #current(): string {
    return `${location.pathname}${location.search}${location.hash}`;
  }

  #url(state: HashState): string {
    const params = new URLSearchParams(location.hash.replace(/^#/, ''));
    params.delete('event');
    params.delete('t');
    params.delete('tz');
    if (state.event) params.set('event', state.event);
    if (state.time !== undefined) params.set('t', new Date(state.time).toISOString().replace(/\.000Z$/, 'Z'));
    if (state.zone !== 'local') params.set('tz', state.zone);
    const hash = params.toString().replace(/%3A/gi, ':');
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
