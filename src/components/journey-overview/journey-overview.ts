import { LitElement, css, html, nothing } from 'lit';
import { formatTime } from '../../journey/time.ts';
import type { Journey } from '../../journey/model.ts';
import { StepSelectEvent } from '../events.ts';
import { base } from '../theme.ts';

/**
 * The overview: the story's first view, as StoryMapJS's overview slide and
 * the Mapbox template's first chapter are. The map shows the whole journey;
 * this card beside it gives the title, the summary, when it happens and who
 * travels, and a Start button that opens the first event.
 *
 * Journey text is set as text, never as HTML.
 *
 * @event journey-step-select - The reader pressed Start (index 0).
 * @csspart title - The journey's title (the phone layout sets it smaller).
 */
export class JourneyOverview extends LitElement {
  static override properties = {
    journey: { attribute: false },
  };

  declare journey: Journey | undefined;

  override render() {
    const journey = this.journey;
    if (!journey) return nothing;
    const meta = journey.file.journey;
    const events = journey.events;
    const first = events[0];
    const last = events[events.length - 1];
    const from = first ? formatTime(first.event.start, first.place.properties.timeZone).date : '';
    const to = last ? formatTime(last.event.start, last.place.properties.timeZone).date : '';
    const places = new Set(events.map((e) => e.place.id)).size;
    return html`
      <section class="card" aria-labelledby="overview-title">
        <p class="eyebrow"><span>Overview</span><span>${events.length} ${events.length === 1 ? 'event' : 'events'} at ${places} ${places === 1 ? 'place' : 'places'}</span></p>
        <h2 id="overview-title" part="title">${meta.title}</h2>
        ${from ? html`<p class="when">${from === to ? from : `${from} to ${to}`}</p>` : nothing}
        ${first
          ? html`<button type="button" class="start" @click=${() => this.dispatchEvent(new StepSelectEvent({ index: 0, via: 'controls' }))}>
              Start<span class="first">: ${first.event.title}</span> <span aria-hidden="true">→</span>
            </button>`
          : nothing}
        ${meta.summary ? html`<p class="summary">${meta.summary}</p>` : nothing}
        <dl>
          <dt>Who</dt>
          <dd>
            <ul class="travellers">
              ${journey.file.travellers.map((t) => html`<li><span class="swatch" .style=${`--swatch: ${t.color}`} aria-hidden="true"></span>${t.name}</li>`)}
            </ul>
          </dd>
        </dl>
        <p class="hint">Step through with Next, the itinerary or the map’s numbered stops; press Home to come back here.</p>
      </section>
    `;
  }

  static override styles = [
    base,
    css`
      :host {
        display: block;
      }
      .card {
        background: var(--_card-bg);
        border: 1px solid var(--_line);
        border-radius: 10px;
        padding: 1rem 1.1rem;
        line-height: 1.45;
      }
      .eyebrow {
        display: flex;
        justify-content: space-between;
        gap: 0.5rem;
        margin: 0 0 0.4rem;
        font-size: 0.85rem;
        color: var(--_muted);
      }
      h2 {
        margin: 0 0 0.6rem;
        font-size: 1.35rem;
        line-height: 1.25;
      }
      .when {
        margin: -0.3rem 0 0.8rem;
        color: var(--_muted);
      }
      .summary {
        margin: 1rem 0 0.8rem;
      }
      dl {
        display: grid;
        grid-template-columns: auto 1fr;
        gap: 0.3rem 0.9rem;
        margin: 0;
      }
      dt {
        font-weight: 600;
        color: var(--_muted);
      }
      dd {
        margin: 0;
      }
      .travellers {
        list-style: none;
        margin: 0;
        padding: 0;
        display: flex;
        flex-wrap: wrap;
        gap: 0.2rem 0.9rem;
      }
      .travellers li {
        display: inline-flex;
        align-items: center;
        gap: 0.35rem;
      }
      .swatch {
        inline-size: 0.8rem;
        block-size: 0.8rem;
        border-radius: 50%;
        background: var(--swatch);
        flex: none;
        box-shadow: 0 0 0 1px var(--_card-bg), 0 0 0 2px var(--_line);
      }
      .start {
        font: inherit;
        font-weight: 600;
        min-height: 44px;
        padding: 0.5rem 1rem;
        border-radius: 8px;
        border: 1.5px solid var(--_accent);
        background: var(--_accent);
        color: var(--_on-accent);
        cursor: pointer;
        max-inline-size: 100%;
        text-align: start;
      }
      .start:focus-visible {
        outline: 3px solid var(--_accent);
        outline-offset: 2px;
      }
      .first {
        font-weight: 400;
      }
      .hint {
        margin: 0.8rem 0 0;
        font-size: 0.85rem;
        color: var(--_muted);
      }
    `,
  ];
}

customElements.define('journey-overview', JourneyOverview);

declare global {
  interface HTMLElementTagNameMap {
    'journey-overview': JourneyOverview;
  }
}
