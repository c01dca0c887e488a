import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { StoryEvent } from '../../journey/model.ts';
import { orderWords, participantWords } from '../../journey/event-words.ts';
import type { Journey } from '../../journey/model.ts';
import { zoneShown, type ZoneMode } from '../../journey/story-state.ts';
import { formatTime, placeLocality } from '../../journey/time.ts';
import { StepSelectEvent } from '../events.ts';
import { PrintingController } from '../journey-story/print-controller.ts';
import { statusLabel } from '../status.ts';
import { base, statusBadge } from '../theme.ts';

/** Journeys longer than this get a virtualised list. */
const VIRTUAL_FROM = 200;
/** Items rendered at once in a virtualised list, and how many of them lie beyond what is in view on each side. */
const WINDOW = 40;
const OVERSCAN = 10;

/**
 * The whole journey as an ordered list of events, always available and in
 * step with the map and the card. Each item is a button that opens its event;
 * the current one carries `aria-current="step"`.
 *
 * The list is built once per journey and zone; a change of the current step
 * only moves `aria-current` from one button to another, so scrubbing through
 * a journey of thousands of events does not rebuild thousands of items.
 *
 * A journey of more than `VIRTUAL_FROM` events is virtualised (issue 19): the
 * list becomes its own scroll box and holds only the items around what is in
 * view (`WINDOW` of them), the rest standing in as padding, so 10,000 events
 * cost a few hundred DOM nodes, not 300,000. Each item says its place in the
 * whole list (`aria-posinset`, `aria-setsize`), so a screen reader still says
 * "item 57 of 10,000"; ↑ ↓ Home End PageUp PageDown move between items (the
 * window follows); the current step's item is brought into the window and
 * scrolled into view; printing renders every item.
 *
 * @event journey-step-select - The reader chose an item (StepSelectEvent).
 * @csspart list - The `<ol>`.
 */
export class JourneyItinerary extends LitElement {
  static override properties = {
    journey: { attribute: false },
    current: { type: Number },
    zoneMode: { attribute: 'zone-mode' },
    readerZone: { attribute: 'reader-zone' },
    _start: { state: true },
  };
  /** The first item rendered, in a virtualised list. */
  declare private _start: number;
  readonly #printing = new PrintingController(this);
  /** Estimated height of an item, px, for the padding that stands in for items not rendered; measured as items render. */
  #row = 64;
  declare journey: Journey | undefined;
  /** Index of the current event in story order; -1 for the overview. */
  declare current: number;
  /** Show times in each place's zone (`local`), the reader's, or `utc`. */
  declare zoneMode: ZoneMode;
  /** The reader's IANA zone; defaults to the browser's. */
  declare readerZone: string;

  constructor() {
    super();
    this.current = 0;
    this.zoneMode = 'local';
    this.readerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    this._start = 0;
  }

  /** Whether the list holds only a window of its items. */
  get #virtual(): boolean {
    return (this.journey?.events.length ?? 0) > VIRTUAL_FROM && !this.#printing.printing;
  }

  #window(total: number): [number, number] {
    const start = Math.max(0, Math.min(this._start, total - WINDOW));
    return [start, Math.min(total, start + WINDOW)];
  }

  override render() {
    const journey = this.journey;
    if (!journey) return nothing;
    return html`
      <h2 id="heading">Itinerary</h2>
      <button
        type="button"
        class="overview"
        aria-current="false"
        @click=${() => this.dispatchEvent(new StepSelectEvent({ index: -1, via: 'itinerary' }))}
      >
        <span class="num" aria-hidden="true">⤢</span>
        <span class="body"><span class="title">Overview</span><span class="meta">The whole journey: ${journey.events.length} events</span></span>
      </button>
      ${this.#virtual ? this.#virtualList(journey) : html`<ol part="list" aria-labelledby="heading">
        ${guard([journey, this.zoneMode, this.readerZone], () => journey.events.map((step) => this.#item(journey, step)))}
      </ol>`}
    `;
  }

  #virtualList(journey: Journey) {
    const total = journey.events.length;
    const [start, end] = this.#window(total);
    const padding = { paddingTop: `${start * this.#row}px`, paddingBottom: `${(total - end) * this.#row}px` };
    // The box scrolls; the list's padding inside it stands in for the items not rendered.
    return html`<div class="virtual" @scroll=${this.#onScroll} @keydown=${this.#onKey} @focusin=${this.#onFocus} @focusout=${this.#onFocus}>
      <ol part="list" aria-labelledby="heading" style=${styleMap(padding)}>
        ${repeat(journey.events.slice(start, end), (step) => step.index, (step) => this.#item(journey, step, total))}
      </ol>
    </div>`;
  }

  #item(journey: Journey, step: StoryEvent, setSize?: number) {
    const zone = step.place.properties.timeZone;
    const locality = this.zoneMode === 'reader' ? 'your' : placeLocality(step.place.properties);
    const t = formatTime(step.event.start, zone, undefined, 'en-GB', zoneShown(this.zoneMode, zone, this.readerZone), undefined, locality);
    // Which members of a delegation took part, and what the start came after or before, where the file says.
    const order = orderWords(journey, step.event.start);
    const members = Object.keys(step.event.members ?? {}).map((id) => participantWords(journey, step.event, id));
    const detail = [...members, ...(order ? [`began ${order}`] : [])].join(' · ');
    // No whitespace between the tags where it is inert (flex boxes): 9 fewer text nodes an item (issue 19's DOM budget).
    // prettier-ignore
    return html`<li aria-posinset=${setSize ? step.index + 1 : nothing} aria-setsize=${setSize ?? nothing}><button
        type="button"
        aria-current=${setSize && step.index === this.current ? 'step' : 'false'}
        data-index=${step.index}
        class=${`status-${step.event.status}`}
        @click=${() => this.dispatchEvent(new StepSelectEvent({ index: step.index, via: 'itinerary' }))}
      ><span class="num" aria-hidden="true">${step.index + 1}</span><span class="body"
        ><span class="title">${step.event.title}</span><span class="meta"
            ><time datetime=${t.datetime}>${t.full}</time> · ${step.place.properties.names.en} · <span class="status" data-status=${step.event.status}
              >${statusLabel(step.event.status)}</span
            ></span
          >${detail ? html`<span class="detail">${detail}</span>` : nothing}</span
        ></button
      ></li>`;
  }

  /** The item that has the focus, which the window keeps (removing it would drop the focus). */
  #focused: number | undefined;
  readonly #onFocus = (e: FocusEvent) => {
    const index = Number((e.type === 'focusin' ? (e.target as HTMLElement) : undefined)?.closest('button')?.dataset.index);
    this.#focused = Number.isFinite(index) ? index : undefined;
  };

  /** Follows the list's own scrolling: the window moves when what is in view nears its edge. */
  readonly #onScroll = (e: Event) => {
    const box = e.currentTarget as HTMLElement;
    const first = Math.floor(box.scrollTop / this.#row);
    const shown = Math.ceil(box.clientHeight / this.#row);
    const [start, end] = this.#window(this.journey?.events.length ?? 0);
    if (first >= start + OVERSCAN / 2 && first + shown <= end - OVERSCAN / 2) return;
    const next = Math.max(0, first - OVERSCAN);
    const focused = this.#focused;
    this._start = focused === undefined ? next : Math.min(focused, Math.max(focused - WINDOW + 1, next));
  };

  /** ↑ ↓ Home End PageUp PageDown between items, with the window following the focus. */
  readonly #onKey = (e: KeyboardEvent) => {
    const from = Number((e.target as HTMLElement).closest('button')?.dataset.index);
    const total = this.journey?.events.length ?? 0;
    const page = Math.max(1, Math.floor(((e.currentTarget as HTMLElement).clientHeight || 400) / this.#row) - 1);
    const to = { ArrowDown: from + 1, ArrowUp: from - 1, Home: 0, End: total - 1, PageDown: from + page, PageUp: from - page }[e.key];
    if (to === undefined || !Number.isFinite(from)) return;
    e.preventDefault();
    void this.#bringIntoView(Math.max(0, Math.min(total - 1, to)), true);
  };

  /** Brings an item into the window, scrolls it into view in the list, and focuses it if asked. */
  async #bringIntoView(index: number, focus: boolean): Promise<void> {
    const [start, end] = this.#window(this.journey?.events.length ?? 0);
    // While the reader moves through the list, the window stays with the focus, not with the story's step.
    if (!focus && this.#focused !== undefined && (index < start || index >= end)) return;
    if (index < start + 2 || index >= end - 2) this._start = Math.max(0, index - OVERSCAN);
    await this.updateComplete;
    const button = this.renderRoot.querySelector<HTMLElement>(`ol button[data-index="${index}"]`);
    if (!button) return;
    if (focus) button.focus({ preventScroll: true });
    this.#scrollTo(button);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.#virtual) return this.#updatedVirtual(changed);
    if (!changed.has('current') && !changed.has('journey') && !changed.has('zoneMode') && !changed.has('readerZone')) return;
    const button =
      this.current < 0
        ? this.renderRoot.querySelector<HTMLElement>('button.overview')
        : this.renderRoot.querySelector('ol')?.children[this.current]?.querySelector('button');
    for (const marked of this.renderRoot.querySelectorAll('[aria-current="step"]')) if (marked !== button) marked.setAttribute('aria-current', 'false');
    if (!button) return;
    button.setAttribute('aria-current', 'step');
    // Scrolling needs the layout: read it once, in the next frame, when
    // every element has updated, rather than forcing it now.
    cancelAnimationFrame(this.#reveal);
    this.#reveal = requestAnimationFrame(() => this.#scrollTo(button));
  }

  #reveal = 0;
  /** Whether `#row` was measured for this journey and zone. */
  #measured = false;

  #updatedVirtual(changed: PropertyValues<this>): void {
    // Measure the items rendered, so the padding matches them: once per journey and zone, not on every move
    // of the window (each measurement is a forced layout, the scrub profile's second largest self time).
    const rebuilt = changed.has('journey') || changed.has('zoneMode') || changed.has('readerZone');
    if (rebuilt) this.#measured = false;
    if (!this.#measured && (rebuilt || (changed as Map<PropertyKey, unknown>).has('_start'))) {
      const items = this.renderRoot.querySelectorAll<HTMLElement>('ol > li');
      const first = items[0];
      const last = items[items.length - 1];
      if (first && last && items.length > 1) {
        const row = (last.offsetTop + last.offsetHeight - first.offsetTop) / items.length;
        // Not laid out yet (a folded panel): measured again when the window next moves.
        if (row > 20) {
          this.#measured = true;
          if (Math.abs(row - this.#row) > 4) {
            this.#row = row;
            this.requestUpdate();
          }
        }
      }
    }
    if (changed.has('current') && this.current >= 0) {
      cancelAnimationFrame(this.#reveal);
      this.#reveal = requestAnimationFrame(() => void this.#bringIntoView(this.current, false));
    }
  }

  /** Keeps an item visible inside the list's own scroll box, without moving the page. */
  #scrollTo(button: HTMLElement): void {
    const scroller = this.renderRoot.querySelector<HTMLElement>('.virtual');
    if (scroller) {
      const top = button.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
      if (top < scroller.scrollTop) scroller.scrollTop = top;
      else if (top + button.offsetHeight > scroller.scrollTop + scroller.clientHeight) scroller.scrollTop = top + button.offsetHeight - scroller.clientHeight;
      return;
    }
    const box = this.renderRoot.querySelector<HTMLElement>('ol');
    if (!box || !button.isConnected || box.scrollHeight <= box.clientHeight) return;
    const top = button.offsetTop - box.offsetTop;
    if (top < box.scrollTop) box.scrollTop = top;
    else if (top + button.offsetHeight > box.scrollTop + box.clientHeight) box.scrollTop = top + button.offsetHeight - box.clientHeight;
  }

  static override styles = [
    base,
    statusBadge,
    css`
      :host {
        display: block;
      }
      h2 {
        font-size: 0.85rem;
        text-transform: uppercase;
        letter-spacing: 0.04em;
        color: var(--_muted);
        margin: 0 0 0.4rem;
      }
      ol {
        list-style: none;
        margin: 0;
        padding: 0;
        max-height: var(--dj-itinerary-max-height, none);
        overflow-y: auto;
        position: relative;
      }
      li {
        /* Off-screen items skip layout and paint: long journeys stay cheap. */
        content-visibility: auto;
        contain-intrinsic-size: auto 4rem;
      }
      /* A virtualised list scrolls in its own box; its padding stands in for the items not rendered. */
      .virtual {
        max-height: var(--dj-itinerary-max-height, min(70vh, 36rem));
        overflow-y: auto;
        overscroll-behavior: contain;
      }
      .virtual ol {
        max-height: none;
        overflow: visible;
      }
      .virtual li {
        content-visibility: visible;
      }
      li + li {
        border-top: 1px solid var(--_line);
      }
      .overview {
        border-bottom: 1px solid var(--_line);
        border-radius: 6px 6px 0 0;
      }
      button {
        all: unset;
        box-sizing: border-box;
        display: flex;
        gap: 0.6rem;
        width: 100%;
        min-height: 44px;
        padding: 0.5rem 0.4rem;
        cursor: pointer;
        border-radius: 6px;
        border-left: 4px solid transparent;
      }
      button:hover {
        background: color-mix(in srgb, var(--_accent) 6%, transparent);
      }
      button:focus-visible {
        outline: 3px solid var(--_accent);
        outline-offset: -3px;
      }
      button[aria-current='step'] {
        background: color-mix(in srgb, var(--_accent) 11%, transparent);
        border-left-color: var(--_accent);
      }
      .num {
        flex: none;
        width: 1.6rem;
        height: 1.6rem;
        border-radius: 50%;
        background: #3a4350;
        color: #fff;
        font-size: 0.8rem;
        font-weight: 700;
        display: grid;
        place-items: center;
      }
      [aria-current='step'] .num {
        background: var(--_accent);
        color: var(--_on-accent);
      }
      .status-did-not-happen .num,
      .status-planned .num,
      .status-announced .num {
        background: #fff;
        color: #3a4350;
        border: 2px dashed #3a4350;
        box-sizing: border-box;
      }
      .body {
        display: flex;
        flex-direction: column;
        gap: 0.15rem;
        min-width: 0;
      }
      .title {
        font-weight: 600;
      }
      .status-did-not-happen .title {
        text-decoration: line-through;
      }
      .meta {
        font-size: 0.85rem;
        color: var(--_muted);
      }
      .meta .status {
        font-size: 0.75rem;
      }
      .detail {
        font-size: 0.8rem;
        color: var(--_muted);
        font-style: italic;
      }
    `,
  ];
}

customElements.define('journey-itinerary', JourneyItinerary);

declare global {
  interface HTMLElementTagNameMap {
    'journey-itinerary': JourneyItinerary;
  }
}
