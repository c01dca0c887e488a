import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { frame, now } from '../../components/animation-frame.ts';
import { pickStep, type StepPick } from './step-picker.ts';

/**
 * Where the reader's viewport is, for the step line: `offset` is added to a
 * step element's client rect to get its place in the viewport (0 in a
 * page; the frame's top in the parent's viewport inside an iframe), and
 * `height` is the viewport's height.
 */
export interface Viewport {
  readonly offset: number;
  readonly height: number;
}

export interface ScrollStepsOptions {
  /** The step elements, in reading order (asked on every measure: steps may come and go). */
  readonly steps: () => readonly Element[];
  /** Where the line is, 0 (the viewport's top) to 1 (its foot). */
  readonly line: () => number;
  /** A new current step, once the scroll has rested on it (never the steps a fast scroll or a jump passes). */
  readonly onStep: (index: number) => void;
  /** How far the line is through the current step, 0 to 1, as the reader scrolls through it. */
  readonly onProgress: (index: number, progress: number) => void;
}

/**
 * The story goes to a new step once the scroll has rested for this long on
 * it, or once the step has stayed current for MAX_WAIT_MS while the reader
 * keeps scrolling slowly. A fast scroll, a fling or a jump (End, a link)
 * passes the steps between in less, so the story goes straight to where
 * the scroll stops: one camera move and one announcement, not a chain.
 */
export const REST_MS = 160;
export const MAX_WAIT_MS = 600;

/**
 * Watches the page scroll (or, inside an iframe, the viewport the parent
 * page reports through the scroll bridge) and tells the host which step
 * is current and how far through it the reader is. The picking itself is
 * pure (step-picker.ts); this owns the listeners, the frame and the timer,
 * and undoes them when the host leaves.
 */
export class ScrollStepsController implements ReactiveController {
  readonly #options: ScrollStepsOptions;
  #viewport: Viewport | undefined;
  #frame: { cancel(): void } | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #current: number | undefined;
  #pending: number | undefined;
  #pendingSince = 0;
  #connected = false;

  constructor(host: ReactiveControllerHost, options: ScrollStepsOptions) {
    this.#options = options;
    host.addController(this);
  }

  /** The step that is current, once one is; undefined before the first measure. */
  get current(): number | undefined {
    return this.#current;
  }

  /** Inside an iframe: the viewport the parent page reports (the frame itself never scrolls). */
  setViewport(viewport: Viewport): void {
    this.#viewport = viewport;
    this.measure();
  }

  /** Measures at the next frame (after a scroll, a resize, new steps). */
  measure(): void {
    if (!this.#connected || this.#frame) return;
    this.#frame = frame(() => {
      this.#frame = undefined;
      this.#update();
    });
  }

  /** The step and progress where the page is now; undefined when no step is laid out (none, or not rendered yet). */
  pick(): StepPick | undefined {
    const viewport = this.#viewport ?? { offset: 0, height: innerHeight };
    // Steps that are not rendered (display: none, not yet slotted) have no place to cross the line.
    const shown = this.#options.steps().flatMap((el, index) => (el.getClientRects().length > 0 ? [{ el, index }] : []));
    const boxes = shown.map(({ el }) => {
      const r = el.getBoundingClientRect();
      return { top: r.top + viewport.offset, bottom: r.bottom + viewport.offset };
    });
    const pick = pickStep(boxes, this.#options.line() * viewport.height);
    return pick && { index: shown[pick.index]!.index, progress: pick.progress };
  }

  #update(): void {
    const pick = this.pick();
    if (!pick) return;
    if (pick.index === this.#current) {
      // Back on the current step before the wait was over: nothing of the other was shown.
      this.#cancelPending();
      this.#options.onProgress(pick.index, pick.progress);
      return;
    }
    // The first step is shown at once: the story opens there.
    if (this.#current === undefined || (pick.index === this.#pending && now() - this.#pendingSince >= MAX_WAIT_MS)) {
      this.#cancelPending();
      this.#commit(pick);
      return;
    }
    if (pick.index !== this.#pending) {
      this.#pending = pick.index;
      this.#pendingSince = now();
    }
    // Every scroll restarts the wait for rest.
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#cancelPending();
      const rested = this.pick();
      if (!rested) return;
      if (rested.index === this.#current) this.#options.onProgress(rested.index, rested.progress);
      else this.#commit(rested);
    }, REST_MS);
  }

  #commit(pick: StepPick): void {
    this.#current = pick.index;
    this.#options.onStep(pick.index);
    this.#options.onProgress(pick.index, pick.progress);
  }

  #cancelPending(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#pending = undefined;
  }

  readonly #onScroll = () => this.measure();

  hostConnected(): void {
    this.#connected = true;
    addEventListener('scroll', this.#onScroll, { passive: true });
    addEventListener('resize', this.#onScroll, { passive: true });
    this.measure();
  }

  hostDisconnected(): void {
    this.#connected = false;
    removeEventListener('scroll', this.#onScroll);
    removeEventListener('resize', this.#onScroll);
    this.#frame?.cancel();
    this.#frame = undefined;
    this.#cancelPending();
  }
}
