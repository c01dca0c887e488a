import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Opening a journey by dropping a file on the story. Listens on the host
 * element (never the window) while `enabled()` says files are allowed, and
 * tells the host whether a file is being dragged over it.
 */
export class FileDropController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #enabled: () => boolean;
  readonly #open: (file: File) => void;
  /** True while a file is dragged over the story. */
  dragging = false;

  readonly #over = (e: DragEvent) => {
    if (!this.#enabled() || !e.dataTransfer?.types.includes('Files')) return;
    e.preventDefault();
    this.#set(true);
  };
  readonly #leave = (e: DragEvent) => {
    if (e.target === this.#host) this.#set(false);
  };
  readonly #drop = (e: DragEvent) => {
    if (!this.#enabled()) return;
    e.preventDefault();
    this.#set(false);
    const file = e.dataTransfer?.files[0];
    if (file) this.#open(file);
  };

  constructor(host: ReactiveControllerHost & HTMLElement, enabled: () => boolean, open: (file: File) => void) {
    this.#host = host;
    this.#enabled = enabled;
    this.#open = open;
    host.addController(this);
  }

  #set(dragging: boolean): void {
    if (this.dragging === dragging) return;
    this.dragging = dragging;
    this.#host.requestUpdate();
  }

  hostConnected(): void {
    this.#host.addEventListener('dragover', this.#over);
    this.#host.addEventListener('dragleave', this.#leave);
    this.#host.addEventListener('drop', this.#drop);
  }

  hostDisconnected(): void {
    this.#host.removeEventListener('dragover', this.#over);
    this.#host.removeEventListener('dragleave', this.#leave);
    this.#host.removeEventListener('drop', this.#drop);
  }
}
