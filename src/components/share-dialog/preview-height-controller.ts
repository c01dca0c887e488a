import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { HEIGHT_MESSAGE } from '../../embed/height-messages.ts';

/** Heights outside this range are ignored (the same sanity bound as `embed/resize.ts`). */
const MAX_HEIGHT = 100_000;

/**
 * Sizes the share dialog's preview iframe the way `embed/resize.js` sizes a
 * newsroom's iframe: from the height messages the embed page posts, accepted
 * only from the preview's own window and the app's origin.
 */
export class PreviewHeightController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #frame: () => HTMLIFrameElement | null | undefined;
  readonly #initial: number;
  readonly #listener = (event: MessageEvent) => this.#onMessage(event);
  /** The origin messages must come from; '' accepts none. */
  origin = '';
  /** The preview's height in CSS pixels. */
  height: number;

  /**
   * @param frame Finds the preview iframe (it exists only while the dialog is open).
   * @param initial The height before the first message.
   */
  constructor(host: ReactiveControllerHost, frame: () => HTMLIFrameElement | null | undefined, initial: number) {
    this.#host = host;
    this.#frame = frame;
    this.#initial = initial;
    this.height = initial;
    host.addController(this);
  }

  /** Back to the starting height, for a new preview. */
  reset(): void {
    this.height = this.#initial;
  }

  #onMessage(event: MessageEvent): void {
    const data = event.data as { type?: unknown; height?: unknown } | null;
    if (!this.origin || event.origin !== this.origin || typeof data !== 'object' || data?.type !== HEIGHT_MESSAGE) return;
    const frame = this.#frame();
    if (!frame || event.source !== frame.contentWindow) return;
    const height = Math.ceil(Number(data.height));
    if (!(height > 0 && height < MAX_HEIGHT) || height === this.height) return;
    this.height = height;
    this.#host.requestUpdate();
  }

  hostConnected(): void {
    window.addEventListener('message', this.#listener);
  }

  hostDisconnected(): void {
    window.removeEventListener('message', this.#listener);
  }
}
