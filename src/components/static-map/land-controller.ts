import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { parseLand, type LandShape } from '../../map/static/static-map-geometry.ts';

/** Basemap files are a few MB at most; give up on a stalled server after this long. */
const TIMEOUT_MS = 20_000;

/**
 * One request per URL for the whole page: every static map shares it, and a
 * failed one is forgotten so a later map may try again.
 */
const requests = new Map<string, Promise<LandShape[]>>();

const timeout = () => (typeof AbortSignal.timeout === 'function' ? AbortSignal.timeout(TIMEOUT_MS) : undefined);

function requestLand(url: string): Promise<LandShape[]> {
  let request = requests.get(url);
  if (!request) {
    // Started inside a promise, so even a synchronous failure (an old browser
    // without AbortSignal.timeout, a malformed URL) ends as a rejection.
    request = Promise.resolve()
      .then(() => fetch(url, { credentials: 'omit', signal: timeout() }))
      .then((response) => {
        if (!response.ok) throw new Error(`The countries file answered ${response.status} ${response.statusText}`.trim());
        return response.json() as Promise<unknown>;
      })
      .then(parseLand);
    request.catch(() => requests.delete(url));
    requests.set(url, request);
  }
  return request;
}

/**
 * Loads the land outlines drawn under a static map. The map never waits for
 * them and never fails because of them: until they arrive, or when they
 * can't be loaded, `land` is empty and the journey is drawn alone.
 */
export class LandController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #url: string | undefined;
  #generation = 0;
  #connected = false;
  /** The outlines, once loaded; the same array until the URL changes. */
  land: readonly LandShape[] = [];

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** Loads the outlines at `url` (once; again only when it changes). Undefined or '' draws no land. */
  load(url: string | undefined): void {
    if (url === this.#url) return;
    this.#url = url;
    this.land = [];
    this.#generation++;
    if (this.#connected) this.#start();
  }

  #start(): void {
    const url = this.#url;
    if (!url || this.land.length > 0) return;
    const generation = ++this.#generation;
    requestLand(url).then(
      (land) => {
        if (generation !== this.#generation) return;
        this.land = land;
        this.#host.requestUpdate();
      },
      (error: unknown) => {
        if (generation !== this.#generation) return;
        console.warn(`The static map is drawn without land: ${(error as Error).message}`);
      },
    );
  }

  hostConnected(): void {
    this.#connected = true;
    this.#start();
  }

  hostDisconnected(): void {
    this.#connected = false;
    // Late answers are ignored; the shared request itself may still serve another map.
    this.#generation++;
  }
}
