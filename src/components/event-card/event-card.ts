import { LitElement, html, nothing } from 'lit';
import { orderWords, participantWords } from '../../journey/event-words.ts';
import type { Journey, StoryEvent } from '../../journey/model.ts';
import type { JourneyEvent, PlaceFeature } from '../../journey/schema.ts';
import { zoneShown, type ZoneMode } from '../../journey/story-state.ts';
import { formatDay, formatTime, placeLocality } from '../../journey/time.ts';
import { renderRichText } from '../rich-text.ts';
import { safeHref } from '../safe-href.ts';
import { statusLabel } from '../status.ts';
import { styles } from './event-card.styles.ts';

/**
 * One event, as a card: title and status, the local time with its qualifier
 * and zone and the same time in the reader's zone, the place and how precise
 * it is, who took part, the summary and quotes, and the sources.
 *
 * Journey text is always rendered as text, never as HTML. The summary, quotes
 * and outcome allow the small Markdown subset of `journey/rich-text.ts`.
 *
 * @csspart card - The card's outer box.
 * @csspart title - The event title.
 * @cssproperty --dj-card-bg - Card background.
 * @cssproperty --dj-text - Text colour.
 * @cssproperty --dj-muted - Secondary text colour.
 * @cssproperty --dj-accent - Accent colour (links, focus).
 */
export class EventCard extends LitElement {
  static override styles = styles;
  static override properties = {
    journey: { attribute: false },
    step: { attribute: false },
    readerZone: { attribute: 'reader-zone' },
    zoneMode: { attribute: 'zone-mode' },
  };

  declare journey: Journey | undefined;
  declare step: StoryEvent | undefined;
  /** The reader's IANA zone; defaults to the browser's. */
  declare readerZone: string;
  /** Show times in the place's zone (`local`, with the reader's second), the reader's, or `utc` (each with local time second). */
  declare zoneMode: ZoneMode;

  constructor() {
    super();
    this.readerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    this.zoneMode = 'local';
  }

  override render() {
    const { journey, step } = this;
    if (!journey || !step) return nothing;
    const { event, place } = step;
    const zone = place.properties.timeZone;
    const display = zoneShown(this.zoneMode, zone, this.readerZone);
    // Each zone named for the place ("Geneva time (CET)", "Apia time (UTC+13)") or the reader ("your time (EST)"), as the slider's readout names it.
    const placeTown = placeLocality(place.properties);
    const [second, secondLocality] = display === zone ? [this.readerZone, 'your'] : [zone, placeTown];
    const locality = this.zoneMode === 'reader' ? 'your' : placeTown;
    const start = formatTime(event.start, zone, second, 'en-GB', display, secondLocality, locality);
    const end = event.end ? formatTime(event.end, zone, second, 'en-GB', display, secondLocality, locality) : undefined;
    return html`
      <article part="card" class="card status-${event.status}" aria-labelledby="title">
        <p class="eyebrow">
          <span class="step">Step ${step.index + 1} of ${journey.events.length}</span>
          <span class="status" data-status=${event.status}>${statusLabel(event.status)}</span>
        </p>
        <h2 id="title" part="title">${event.title}</h2>
        <dl class="facts">
          <dt>When</dt>
          <dd>
            <time datetime=${start.datetime}>${start.full}</time>${end
              ? html` – <time datetime=${end.datetime}>${end.date === start.date ? end.time : end.full}</time>`
              : nothing}
            ${start.elsewhere ? html`<div class="muted">${start.elsewhere}${end?.elsewhere ? html` – ${end.elsewhere}` : nothing}</div>` : nothing}
            ${this.#order('Began', event.start)}${this.#order('Ended', event.end)}
            ${event.start.note ? html`<div class="muted note">${event.start.note}</div>` : nothing}
            ${event.end?.note ? html`<div class="muted note">${event.end.note}</div>` : nothing}
          </dd>
          <dt>Where</dt>
          <dd>${placeText(place)}</dd>
          <dt>Who</dt>
          <dd>${[...event.participants.map((id) => participantWords(journey, event, id)), ...(event.others ?? [])].join('; ')}</dd>
        </dl>
        <p class="summary">${renderRichText(event.summary)}</p>
        ${event.quotes?.length
          ? event.quotes.map(
              (q) => html`<figure class="quote">
                <blockquote>${renderRichText(q.text)}</blockquote>
                <figcaption>— ${q.speaker}${q.context ? html`, ${q.context}` : nothing} (${this.#sourceName(q.source)})</figcaption>
              </figure>`,
            )
          : nothing}
        ${event.outcome
          ? html`<section class="outcome" aria-label="What actually happened">
              <h3>What actually happened</h3>
              <p>${renderRichText(event.outcome.summary)}</p>
              ${this.#sourceList(event.outcome.sources)}
            </section>`
          : nothing}
        <section class="sources" aria-label="Sources">
          <h3>Sources</h3>
          ${this.#sourceList(event.sources)}
        </section>
      </article>
    `;
  }

  /** "Began after “Landing at Vnukovo-2” (step 5)", for a time placed by other events (afterEvent, beforeEvent). */
  #order(what: string, time: JourneyEvent['start'] | undefined) {
    const words = this.journey && orderWords(this.journey, time);
    return words ? html`<div class="muted note">${what} ${words}</div>` : nothing;
  }

  #sourceName(id: string): string {
    const s = this.journey?.sources.get(id);
    if (!s) return id;
    return s.date ? `${s.publisher}, ${formatDay(s.date)}` : s.publisher;
  }

  #sourceList(ids: readonly string[]) {
    return html`<ul class="source-list">
      ${ids.map((id) => {
        const s = this.journey?.sources.get(id);
        if (!s) return nothing;
        return html`<li>
          <a href=${safeHref(s.url)} target="_blank" rel="noopener noreferrer">${s.publisher}${s.via ? ` (via ${s.via})` : ''}</a>${s.date
            ? html`, <time datetime=${s.date}>${formatDay(s.date)}</time>`
            : nothing}: <span class="muted">${s.title}</span>
        </li>`;
      })}
    </ul>`;
  }
}

/** The place's name and, where it is not precise, how precise it is. */
export function placeText(place: PlaceFeature): string {
  const p = place.properties;
  const local = Object.entries(p.names)
    .filter(([lang]) => lang !== 'en')
    .map(([, name]) => name);
  const name = local.length ? `${p.names.en} (${local.join(', ')})` : p.names.en;
  switch (p.precision) {
    case 'exact':
    case 'building':
      return name;
    case 'approximate':
      return `${name} — location approximate, within about ${formatDistance(p.radiusMeters ?? 0)}`;
    case 'city':
      return `${name} — city; exact location not known`;
    case 'region':
      return `${name} — ${place.geometry ? 'somewhere in the area shown' : 'not named; not shown as a point'}`;
  }
}

function formatDistance(metres: number): string {
  return metres >= 1000 ? `${Math.round(metres / 100) / 10} km` : `${Math.round(metres)} m`;
}

customElements.define('event-card', EventCard);

declare global {
  interface HTMLElementTagNameMap {
    'event-card': EventCard;
  }
}
