import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Insets } from '../../map/camera.ts';
import type { StepControls } from '../step-controls/step-controls.ts';

/** The phone layout's bottom sheet: its top row only (peek), half the map, or all of it but the slider (full). */
export type SheetState = 'peek' | 'half' | 'full';

/** The states from lowest to highest. */
export const SHEET_STATES: readonly SheetState[] = ['peek', 'half', 'full'];

/** How far a pointer must move before a press on the sheet's head is a drag rather than a tap. */
const DRAG_THRESHOLD_PX = 6;
/** The space the peek keeps under the card's title. */
const PEEK_BELOW_TITLE_PX = 12;
/** Covered insets are reported once the sheet has settled, not at every frame of its transition. */
const SETTLE_MS = 120;

/** The story element the controller serves. */
type SheetHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

export interface BottomSheetOptions {
  /** The state the story holds now. */
  readonly state: () => SheetState;
  /** The reader dragged the sheet and let go: the state nearest to where it was left. */
  readonly setState: (state: SheetState) => void;
  /** How much of the map the sheet and the slider riding on it hide, in CSS px (zero when the layout has no sheet). */
  readonly setCovered: (covered: Insets) => void;
}

/**
 * Drags the phone layout's bottom sheet and measures what it hides of the
 * map. The sheet's three heights are CSS (journey-story.styles.ts, under
 * `data-sheet`); while a finger drags its head, `--_sheet-drag` on the host
 * overrides them, and on release the sheet snaps to the nearest state. Taps
 * are left to the head's toggle button, which also answers ↑ and ↓.
 *
 * Loaded after the first paint: without it the sheet still works from its
 * button, and the camera frames as if nothing covered the map.
 */
export class BottomSheetController implements ReactiveController {
  readonly #host: SheetHost;
  readonly #options: BottomSheetOptions;
  readonly #resize = new ResizeObserver(() => this.#measureLater());
  #observed: Element[] = [];
  #timer: ReturnType<typeof setTimeout> | undefined;
  #last = '';
  #drag: { id: number; y0: number; h0: number; moved: boolean } | undefined;
  #step = -2;

  constructor(host: SheetHost, options: BottomSheetOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
    if (host.isConnected) this.hostConnected();
  }

  hostConnected(): void {
    this.#host.renderRoot.addEventListener('pointerdown', this.#onDown as EventListener);
    this.#resize.observe(this.#host);
    this.hostUpdated();
  }

  hostDisconnected(): void {
    this.#host.renderRoot.removeEventListener('pointerdown', this.#onDown as EventListener);
    this.#endDrag();
    this.#resize.disconnect();
    this.#observed = [];
    if (this.#timer !== undefined) clearTimeout(this.#timer);
  }

  /** The sheet and the slider are re-created when the story's view changes (loading, ready): watch the current ones. */
  hostUpdated(): void {
    this.#toTop();
    const parts = [this.#part('.panel'), this.#part('time-slider')].filter((e): e is HTMLElement => e !== null);
    if (parts.length === this.#observed.length && parts.every((p, i) => p === this.#observed[i])) return;
    for (const old of this.#observed) this.#resize.unobserve(old);
    for (const part of parts) this.#resize.observe(part);
    this.#observed = parts;
    this.#measureLater();
  }

  /**
   * A new step's card starts at its top where the card scrolls in a panel of
   * its own (the phone's sheet, a fixed embed), not where the last card was
   * left (after Start at the foot of the overview, the new title was out of sight).
   */
  #toTop(): void {
    // The step the controls show (-1 on the overview).
    const step = this.#part<StepControls>('step-controls')?.current ?? -2;
    if (step === this.#step) return;
    this.#step = step;
    const panel = this.#part('.panel');
    if (!panel) return;
    if (this.#sheeted(panel)) this.#part('.sheet-body')?.scrollTo({ top: 0 });
    else if (this.#host.getAttribute('layout') === 'fixed') panel.scrollTo({ top: 0 });
    // The new card's title may take more or fewer lines: the peek follows it.
    this.#measureLater();
  }

  /**
   * The peek's height: the sheet's head and the card down to the foot of its
   * title (the step's or the overview's), however many lines it takes, so
   * that the peek never ends in the middle of a line. At most 40% of the
   * layout, so that the map stays the larger part; undefined before the card
   * is drawn.
   */
  #fitPeek(panel: HTMLElement): number | undefined {
    const body = this.#part('.sheet-body');
    const card = this.#part('event-card') ?? this.#part('journey-overview');
    const title = card?.shadowRoot?.querySelector('h2');
    if (!body || !title) return undefined;
    // Below the title, its gap, but none of the next line (the overview's dates sit close under its title).
    const next = title.nextElementSibling?.getBoundingClientRect().top ?? Infinity;
    const foot = Math.min(title.getBoundingClientRect().bottom + PEEK_BELOW_TITLE_PX, next - 1);
    const bottom = foot - panel.getBoundingClientRect().top + body.scrollTop;
    if (!(bottom > 0)) return undefined;
    const most = (panel.parentElement?.clientHeight ?? 0) * 0.4;
    return Math.round(Math.min(bottom, most || Infinity));
  }

  #part<E extends HTMLElement = HTMLElement>(selector: string): E | null {
    return this.#host.renderRoot.querySelector<E>(selector);
  }

  /** Whether the layout has a sheet over the map (the phone layout), rather than a panel beside or below it. */
  #sheeted(panel: HTMLElement): boolean {
    return getComputedStyle(panel).position === 'absolute';
  }

  #measureLater(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#measure(), SETTLE_MS);
  }

  #measure(): void {
    this.#timer = undefined;
    const panel = this.#part('.panel');
    const slider = this.#part('time-slider');
    const map = this.#part('.map');
    let bottom = 0;
    if (panel && map && this.#sheeted(panel)) {
      const peek = this.#fitPeek(panel);
      if (peek !== undefined) this.#host.style.setProperty('--_peek-fit', `${peek}px`);
      const top = Math.min(panel.getBoundingClientRect().top, slider?.getBoundingClientRect().top ?? Infinity);
      bottom = Math.max(0, Math.round(map.getBoundingClientRect().bottom - top));
      if (slider) this.#host.style.setProperty('--_slider-h', `${Math.ceil(slider.getBoundingClientRect().height)}px`);
    }
    const key = String(bottom);
    if (key === this.#last) return;
    this.#last = key;
    this.#options.setCovered({ top: 0, right: 0, bottom, left: 0 });
  }

  /** The sheet's height in each state, in px, read from the layout as it is now. */
  #heights(panel: HTMLElement): Record<SheetState, number> {
    const layout = panel.parentElement as HTMLElement;
    const total = layout.clientHeight;
    const peek = parseFloat(getComputedStyle(layout).getPropertyValue('--_peek')) || 136;
    const slider = this.#part('time-slider')?.getBoundingClientRect().height ?? 0;
    return { peek, half: total / 2, full: total - slider };
  }

  readonly #onDown = (e: PointerEvent): void => {
    if (e.button !== 0 || this.#drag) return;
    const path = e.composedPath();
    // The head (its grip and toggle) drags; Previous and Next stay buttons.
    const head = path.find((n) => n instanceof HTMLElement && n.classList.contains('sheet-head'));
    if (!head || path.some((n) => n instanceof HTMLElement && n.localName === 'step-controls')) return;
    const panel = this.#part('.panel');
    if (!panel || !this.#sheeted(panel)) return;
    this.#drag = { id: e.pointerId, y0: e.clientY, h0: panel.getBoundingClientRect().height, moved: false };
    window.addEventListener('pointermove', this.#onMove);
    window.addEventListener('pointerup', this.#onUp);
    window.addEventListener('pointercancel', this.#onUp);
  };

  readonly #onMove = (e: PointerEvent): void => {
    const drag = this.#drag;
    const panel = this.#part('.panel');
    if (!drag || e.pointerId !== drag.id || !panel) return;
    const dy = drag.y0 - e.clientY;
    if (!drag.moved && Math.abs(dy) < DRAG_THRESHOLD_PX) return;
    drag.moved = true;
    e.preventDefault();
    const h = this.#heights(panel);
    const height = Math.min(Math.max(drag.h0 + dy, h.peek), h.full);
    this.#host.toggleAttribute('data-dragging', true);
    this.#host.style.setProperty('--_sheet-drag', `${Math.round(height)}px`);
  };

  readonly #onUp = (e: PointerEvent): void => {
    const drag = this.#drag;
    if (!drag || e.pointerId !== drag.id) return;
    const panel = this.#part('.panel');
    if (drag.moved && panel) {
      const h = this.#heights(panel);
      const now = panel.getBoundingClientRect().height;
      // The nearest state, leaning the way the finger went: a short flick still moves one state.
      const lean = Math.sign(drag.y0 - e.clientY) * 24;
      const nearest = SHEET_STATES.reduce((best, s) => (Math.abs(h[s] - (now + lean)) < Math.abs(h[best] - (now + lean)) ? s : best), this.#options.state());
      // The click that ends a drag must not also toggle the sheet.
      window.addEventListener('click', swallow, { capture: true, once: true });
      setTimeout(() => window.removeEventListener('click', swallow, { capture: true }), 0);
      this.#options.setState(nearest);
    }
    this.#endDrag();
  };

  #endDrag(): void {
    this.#drag = undefined;
    this.#host.removeAttribute('data-dragging');
    this.#host.style.removeProperty('--_sheet-drag');
    window.removeEventListener('pointermove', this.#onMove);
    window.removeEventListener('pointerup', this.#onUp);
    window.removeEventListener('pointercancel', this.#onUp);
  }
}

function swallow(e: Event): void {
  e.stopPropagation();
  e.preventDefault();
}
