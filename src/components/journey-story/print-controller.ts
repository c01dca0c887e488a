import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether the page is being printed: true from `beforeprint` (or the print
 * media query matching, as when a test emulates print) until `afterprint`.
 * The host updates when it changes, so print-only parts (the printed source
 * list, the static map, the itinerary in full) are built only then (issue 19:
 * at 10,000 events they were 400,000 DOM nodes that a screen never shows).
 * Browsers lay out the printout right after `beforeprint`, once the host's
 * update (a microtask) has run.
 */
export class PrintingController implements ReactiveController {
  #printing = false;
  readonly #host: ReactiveControllerHost;
  readonly #media = typeof matchMedia === 'function' ? matchMedia('print') : undefined;
  readonly #start = () => this.#set(true);
  readonly #end = () => this.#set(this.#media?.matches ?? false);
  readonly #change = (e: MediaQueryListEvent) => this.#set(e.matches);

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** True while the page is being printed. */
  get printing(): boolean {
    return this.#printing;
  }

  /** Called when printing starts, before the host updates. */
  protected onPrint(): void {}

  #set(printing: boolean): void {
    if (printing) this.onPrint();
    if (printing === this.#printing) return;
    this.#printing = printing;
    this.#host.requestUpdate();
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.#start);
    window.addEventListener('afterprint', this.#end);
    this.#media?.addEventListener('change', this.#change);
    if (this.#media?.matches) this.#set(true);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.#start);
    window.removeEventListener('afterprint', this.#end);
    this.#media?.removeEventListener('change', this.#change);
  }
}

/**
 * The story's printing state, which also fetches the static map's code when
 * the reader starts printing, so that a reader who never prints never
 * downloads it. The code arrives a moment after the printout's layout, so the
 * very first print preview may lack the map (print again, or the no-WebGL
 * page has it already).
 */
export class PrintController extends PrintingController {
  protected override onPrint(): void {
    void import('../static-map/static-map.ts');
  }
}
