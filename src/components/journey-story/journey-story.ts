import { LitElement, html, type PropertyValues } from 'lit';
import { BUNDLED_JOURNEYS, DEFAULT_JOURNEY } from '../../bundled-journeys.ts';
import { journeySummary, stepAnnouncement } from '../../journey/describe.ts';
import { loadJourney, resolveJourneyUrl, type LoadResult } from '../../journey/load.ts';
import type { Journey } from '../../journey/model.ts';
import { PlaceSelectEvent, StepSelectEvent } from '../events.ts';
import { safeHref } from '../safe-href.ts';
import '../event-card/event-card.ts';
import '../journey-itinerary/journey-itinerary.ts';
import '../journey-map-view/journey-map-view.ts';
import '../journey-problems/journey-problems.ts';
import '../map-legend/map-legend.ts';
import '../step-controls/step-controls.ts';
import { styles } from './journey-story.styles.ts';
import { UrlHashController } from './url-hash-controller.ts';

/**
 * The whole story: the mediator that owns the journey and the current step,
 * and hands them down to the map, the card, the itinerary and the controls.
 * Children report what the reader did with events; only this element changes
 * the step.
 *
 * Keys, while focus is inside: ← and → step, Home and End go to the ends.
 *
 * @csspart header - Title and summary.
 * @csspart map - The map area.
 * @csspart panel - The card, controls and itinerary.
 * @cssproperty --dj-accent - Accent colour for the current step, links and focus.
 * @cssproperty --dj-font - Font family.
 */
export class JourneyStory extends LitElement {
  static override styles = styles;
  static override properties = {
    journey: {},
    basemap: {},
    syncUrl: { type: Boolean, attribute: 'sync-url' },
    _result: { state: true },
    _index: { state: true },
    _announcement: { state: true },
  };

  /** A bundled journey's name, or a path on this site. Empty: the default journey. */
  declare journey: string;
  /** A MapLibre style URL; defaults to the embedded offline basemap. */
  declare basemap: string;
  /** Keep the step in the page's URL hash (the standalone page only). */
  declare syncUrl: boolean;
  declare _result: LoadResult | { ok: false; loading: true } | undefined;
  declare _index: number;
  declare _announcement: string;

  readonly #hash = new UrlHashController(this, (id) => this.#restore(id));
  #loadToken = 0;

  constructor() {
    super();
    this.journey = '';
    this.basemap = '';
    this.syncUrl = false;
    this._index = 0;
    this._announcement = '';
    this.addEventListener('keydown', (e) => this.#onKey(e));
    this.addEventListener(StepSelectEvent.type, (e) => this.#goTo(e.detail.index));
    this.addEventListener(PlaceSelectEvent.type, (e) => this.#selectPlace(e.detail.placeId));
  }

  /** The loaded journey, once it is valid. */
  get model(): Journey | undefined {
    return this._result && 'journey' in this._result ? this._result.journey : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('journey')) void this.#load();
  }

  async #load(): Promise<void> {
    const token = ++this.#loadToken;
    const resolved = resolveJourneyUrl(this.journey || null, BUNDLED_JOURNEYS, DEFAULT_JOURNEY, document.baseURI);
    if ('error' in resolved) {
      this._result = { ok: false, url: this.journey, problems: [{ path: '$', message: resolved.error, severity: 'error' }] };
      return;
    }
    this._result = { ok: false, loading: true };
    const result = await loadJourney(resolved.url);
    if (token !== this.#loadToken) return;
    this._result = result;
    if (result.ok) {
      for (const w of result.warnings) console.warn(`Journey warning at ${w.path}: ${w.message}`);
      const fromUrl = this.syncUrl ? this.#hash.read() : undefined;
      this._index = this.#indexOf(fromUrl) ?? 0;
    }
  }

  #indexOf(eventId: string | undefined): number | undefined {
    if (!eventId) return undefined;
    return this.model?.events.find((e) => e.event.id === eventId)?.index;
  }

  /** A step the reader took: record it, announce it. */
  #goTo(index: number): void {
    const journey = this.model;
    const step = journey?.events[index];
    if (!journey || !step || index === this._index) return;
    this._index = index;
    this._announcement = `Step ${index + 1} of ${journey.events.length}: ${stepAnnouncement(step)}`;
    if (this.syncUrl) this.#hash.push(step.event.id);
  }

  /** The URL changed (Back, Forward, an edited hash): follow it without adding history. */
  #restore(eventId: string | undefined): void {
    if (!this.model) return;
    this._index = this.#indexOf(eventId) ?? 0;
  }

  /** A stop marker: open its first event, or its next one if the current step is already there. */
  #selectPlace(placeId: string): void {
    const events = this.model?.events.filter((e) => e.place.id === placeId) ?? [];
    if (events.length === 0) return;
    const here = events.findIndex((e) => e.index === this._index);
    const next = here >= 0 ? events[(here + 1) % events.length] : events[0];
    if (next) this.#goTo(next.index);
  }

  #onKey(e: KeyboardEvent): void {
    const journey = this.model;
    if (!journey || e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    const path = e.composedPath();
    const inField = path.some(
      (n) => n instanceof HTMLElement && (n.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(n.tagName)),
    );
    // The map canvas uses the arrow keys to pan.
    const inMap = path.some((n) => n instanceof HTMLElement && n.classList.contains('maplibregl-canvas'));
    if (inField || inMap) return;
    const last = journey.events.length - 1;
    const target = { ArrowLeft: this._index - 1, ArrowRight: this._index + 1, Home: 0, End: last }[e.key];
    if (target === undefined) return;
    e.preventDefault();
    this.#goTo(Math.max(0, Math.min(last, target)));
  }

  override render() {
    const result = this._result;
    if (!result || 'loading' in result) {
      return html`<p class="loading" role="status">Loading the journey…</p>`;
    }
    if (!result.ok) {
      return html`<journey-problems .problems=${result.problems} source=${result.url}></journey-problems>`;
    }
    const journey = result.journey;
    const step = journey.events[this._index];
    const meta = journey.file.journey;
    return html`
      <header part="header">
        <h1>${meta.title}</h1>
        <details class="about">
          <summary>About this journey</summary>
          <p>${meta.summary}</p>
        </details>
      </header>
      <div class="layout">
        <journey-map-view
          part="map"
          class="map"
          .journey=${journey}
          .step=${step}
          basemap=${this.basemap || 'basemap/style.json'}
          label=${journeySummary(journey)}
        ></journey-map-view>
        <div part="panel" class="panel">
          <step-controls .current=${this._index} .total=${journey.events.length}></step-controls>
          <event-card .journey=${journey} .step=${step}></event-card>
          <journey-itinerary .journey=${journey} .current=${this._index}></journey-itinerary>
          <map-legend .journey=${journey}></map-legend>
          <details class="all-sources">
            <summary>All sources (${journey.file.sources.length})</summary>
            <ul>
              ${journey.file.sources.map(
                (s) => html`<li>
                  <a href=${safeHref(s.url)} target="_blank" rel="noopener noreferrer">${s.publisher}</a>
                  (${s.date}): ${s.title}
                </li>`,
              )}
            </ul>
            <p class="muted">Map data: Natural Earth (public domain); city names: GeoNames (CC BY 4.0); central Moscow drawn schematically.</p>
          </details>
          <p class="keys muted">Keys: ← → previous and next event, Home and End the first and last.</p>
        </div>
      </div>
      <div class="visually-hidden" aria-live="polite" aria-atomic="true">${this._announcement}</div>
    `;
  }
}

customElements.define('journey-story', JourneyStory);

declare global {
  interface HTMLElementTagNameMap {
    'journey-story': JourneyStory;
  }
}
