import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { orderWords, participantWords } from '../../journey/event-words.ts';
import type { Journey } from '../../journey/model.ts';
import { zoneShown, type ZoneMode } from '../../journey/story-state.ts';
import { formatTime, placeLocality } from '../../journey/time.ts';
import { StepSelectEvent } from '../events.ts';
import { statusLabel } from '../status.ts';
import { base, statusBadge } from '../theme.ts';

/**
 * The whole journey as an ordered list of events, always available and in
 * step with the map and the card. Each item is a button that opens its event;
 * the current one carries `aria-current="step"`.
 *
 * The list is built once per journey and zone; a change of the current step
 * only moves `aria-current` from one button to another, so scrubbing through
 * a journey of thousands of events does not rebuild thousands of items.
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
  };
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
      <ol part="list" aria-labelledby="heading">
        ${guard([journey, this.zoneMode, this.readerZone], () => this.#items(journey))}
      </ol>
    `;
  }

  #items(journey: Journey) {
    return journey.events.map((step) => {
      const zone = step.place.properties.timeZone;
      const locality = this.zoneMode === 'reader' ? 'your' : placeLocality(step.place.properties);
      const t = formatTime(step.event.start, zone, undefined, 'en-GB', zoneShown(this.zoneMode, zone, this.readerZone), undefined, locality);
      // Which members of a delegation took part, and what the start came after or before, where the file says.
      const order = orderWords(journey, step.event.start);
      const members = Object.keys(step.event.members ?? {}).map((id) => participantWords(journey, step.event, id));
      const detail = [...members, ...(order ? [`began ${order}`] : [])].join(' · ');
      return html`<li>
        <button
          type="button"
          aria-current="false"
          class=${`status-${step.event.status}`}
          @click=${() => this.dispatchEvent(new StepSelectEvent({ index: step.index, via: 'itinerary' }))}
        >
          <span class="num" aria-hidden="true">${step.index + 1}</span>
          <span class="body">
            <span class="title">${step.event.title}</span>
            <span class="meta"
              ><time datetime=${t.datetime}>${t.full}</time> · ${step.place.properties.names.en} ·
              <span class="status" data-status=${step.event.status}>${statusLabel(step.event.status)}</span></span
            >${detail ? html`<span class="detail">${detail}</span>` : nothing}
          </span>
        </button>
      </li>`;
    });
  }

  protected override updated(changed: PropertyValues<this>): void {
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

  /** Keeps an item visible inside the list's own scroll box, without moving the page. */
  #scrollTo(button: HTMLElement): void {
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
