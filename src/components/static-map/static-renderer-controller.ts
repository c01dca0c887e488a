import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { StaticRenderer } from '../../map/static/static-renderer.ts';
import type { StaticDrawing } from '../../map/static/static-drawing.ts';

/**
 * Owns a `<static-map>`'s renderer: made when the host connects, destroyed
 * when it leaves (late land answers are then ignored), and each new drawing
 * asks the host to render.
 */
export class StaticRendererController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #width: number;
  #renderer: StaticRenderer | undefined;

  constructor(host: ReactiveControllerHost, width: number) {
    this.#host = host;
    this.#width = width;
    host.addController(this);
  }

  /** The renderer while the host is connected. */
  get renderer(): StaticRenderer | undefined {
    return this.#renderer;
  }

  /** The last drawing, if any. */
  get drawing(): StaticDrawing | undefined {
    return this.#renderer?.drawing;
  }

  hostConnected(): void {
    this.#renderer = new StaticRenderer(() => this.#host.requestUpdate(), this.#width);
    // A reconnected host is fed its scene again.
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#renderer?.destroy();
    this.#renderer = undefined;
  }
}
