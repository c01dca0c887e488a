import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { ALLOWED_ORIGINS, BUNDLED_JOURNEYS, DEFAULT_JOURNEY } from '../../bundled-journeys.ts';
import { journeySummary, stepAnnouncement } from '../../journey/describe.ts';
import { DEFAULT_MAX_BYTES, loadJourney, loadJourneyFile, resolveJourneyUrl, type LoadResult } from '../../journey/load.ts';
import { nextEventAt, type Journey } from '../../journey/model.ts';
import { storyClock, type StoryClock } from '../../journey/story-clock.ts';
import { PlaceSelectEvent, PlaybackChangeEvent, StepSelectEvent, StoryChangeEvent, TimeChangeEvent } from '../events.ts';
import '../event-card/event-card.ts';
import '../journey-itinerary/journey-itinerary.ts';
import { prefetchMap } from '../journey-map-view/journey-map-view.ts';
import '../step-controls/step-controls.ts';
import '../time-slider/time-slider.ts';
import type { TimeSlider } from '../time-slider/time-slider.ts';
import { styles } from './journey-story.styles.ts';
import { PrintController } from './print-controller.ts';
import { basemapUrl, dropHint, filePicker, keyAction, printSources, storyHeader, zoneSelect } from './story-parts.ts';
import type { HashState, UrlHashController, ZoneMode } from './url-hash-controller.ts';

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
 * @csspart slider - The time slider.
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
    allowFiles: { type: Boolean, attribute: 'allow-files' },
    allowShare: { type: Boolean, attribute: 'allow-share' },
    assetBase: { attribute: 'asset-base' },
    layout: { reflect: true },
    hideChrome: { type: Boolean, attribute: 'hide-chrome' },
    cooperativeGestures: { type: Boolean, attribute: 'cooperative-gestures' },
    theme: { reflect: true },
    mapActive: { type: Boolean, attribute: false },

    _result: { state: true },
    _index: { state: true },
    _time: { state: true },
    _playing: { state: true },
    _zoneMode: { state: true },
    _sheetExpanded: { state: true },
    _announcement: { state: true },
  };

  /** A bundled journey's name, or a path on this site. Empty: the default journey. */
  declare journey: string;
  /** A MapLibre style URL; defaults to the embedded offline basemap. */
  declare basemap: string;
  /** Keep the step in the page's URL hash (the standalone page only). */
  declare syncUrl: boolean;
  /** Offer to open a local journey file, by picker or drag and drop (the standalone page only). */
  declare allowFiles: boolean;
  /** Offer a Share control with the link and embed codes (the standalone page). */
  declare allowShare: boolean;
  /** Where bundled journeys, paths and the basemap resolve from; the page's base by default, the module's own URL in the element. */
  declare assetBase: string;
  /** `auto` (map beside the story on wide screens) or `compact` (stacked, for embeds 300–800 px wide). */
  declare layout: 'auto' | 'compact';
  /** Hide the title bar (for embeds that sit under the article's own headline). */
  declare hideChrome: boolean;
  /** Page scrolls under the wheel and one finger; Ctrl/⌘ + wheel and two fingers move the map (embeds). */
  declare cooperativeGestures: boolean;
  /** `light`, `dark`, or `auto` (follows the reader's system setting). */
  declare theme: 'light' | 'dark' | 'auto';
  /** False keeps MapLibre unloaded, with a light placeholder, until set (embeds far from the viewport). */
  declare mapActive: boolean;
  /** Journey files larger than this many bytes are refused (5 MB unless the page's `max-mb` raises it). */
  maxBytes = DEFAULT_MAX_BYTES;
  declare _result: LoadResult | { ok: false; loading: true } | undefined;
  declare _index: number;
  /** The moment shown, ms since the epoch. */
  declare _time: number;
  declare _playing: boolean;
  declare _zoneMode: ZoneMode;
  /** On phones, whether the bottom sheet is pulled up. */
  declare _sheetExpanded: boolean;
  declare _announcement: string;
  /** The reader's own zone, from the browser. */
  readonly readerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  readonly #print = new PrintController(this);
  /** The URL hash, on the standalone page only; its code loads alongside the journey. */
  #hash: UrlHashController | undefined;
  /** Dropping a file on the story opens it; attached after the first paint, and only where files are allowed. */
  #drop: { dragging: boolean } | undefined;
  #loadToken = 0;
  #clock: StoryClock | undefined;
  #ticks: readonly { time: number; title: string }[] = [];
  #summary = '';

  constructor() {
    super();
    this.journey = '';
    this.basemap = '';
    this.syncUrl = false;
    this.allowFiles = false;
    this.allowShare = false;
    this.assetBase = '';
    this.layout = 'auto';
    this.hideChrome = false;
    this.cooperativeGestures = false;
    this.theme = 'light';
    this.mapActive = true;
    this._index = 0;
    this._time = 0;
    this._playing = false;
    this._zoneMode = 'local';
    this._sheetExpanded = false;
    this._announcement = '';
    this.addEventListener('keydown', (e) => this.#onKey(e));
    this.addEventListener(StepSelectEvent.type, (e) => this.#goTo(e.detail.index));
    this.addEventListener(PlaceSelectEvent.type, (e) => this.#selectPlace(e.detail.placeId));
    this.addEventListener(TimeChangeEvent.type, (e) => this.#setTime(e.detail.time, e.detail.via));
    this.addEventListener(PlaybackChangeEvent.type, (e) => (this._playing = e.detail.playing));
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
    const resolved = resolveJourneyUrl(this.journey || null, BUNDLED_JOURNEYS, DEFAULT_JOURNEY, this.#base(), ALLOWED_ORIGINS);
    if ('error' in resolved) {
      this._result = { ok: false, kind: 'refused', url: this.journey, problems: [{ path: '$', message: resolved.error, severity: 'error' }] };
      return;
    }
    this._result = { ok: false, loading: true };
    if (this.mapActive) prefetchMap();
    const [result] = await Promise.all([loadJourney(resolved.url, { maxBytes: this.maxBytes }), this.#connectHash()]);
    if (token !== this.#loadToken) return;
    this.#show(result, this.#hash?.read());
  }

  async #connectHash(): Promise<void> {
    if (!this.syncUrl || this.#hash) return;
    const { UrlHashController } = await import('./url-hash-controller.ts');
    this.#hash ??= new UrlHashController(this, (state) => this.#restore(state));
  }

  /** The Share dialog's code loads on first use, keeping it out of the first bundle. */
  async #openShare(): Promise<void> {
    await import('../share-dialog/share-dialog.ts');
    await this.updateComplete;
    this.renderRoot.querySelector('share-dialog')?.show();
  }

  #base(): string {
    return this.assetBase || document.baseURI;
  }

  /** Opens an event by id, as if the reader had chosen it. */
  goToEvent(eventId: string): void {
    const index = this.#indexOf(eventId);
    if (index !== undefined) this.#goTo(index);
  }

  /** Shows a moment (ms since the epoch), as if the reader had scrubbed to it. */
  setTime(time: number): void {
    if (Number.isFinite(time)) this.#setTime(time, 'keyboard');
  }

  protected override firstUpdated(): void {
    // Below the fold, not needed for the first paint: fetched right after it,
    // outside the first bundle.
    void import('../shortcuts-help/shortcuts-help.ts');
    void import('../map-legend/map-legend.ts');

    if (this.allowFiles) {
      void import('./file-drop-controller.ts').then(({ FileDropController }) => {
        this.#drop ??= new FileDropController(
          this,
          () => this.allowFiles,
          (file) => void this.openFile(file),
        );
      });
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    const result = this._result;
    if (result && !('loading' in result) && (!result.ok || result.warnings.length > 0)) void import('../journey-problems/journey-problems.ts');
    const step = this.model?.events[this._index];
    if (step && (changed.has('_index') || changed.has('_time'))) {
      this.dispatchEvent(new StoryChangeEvent({ index: this._index, eventId: step.event.id, time: this._time }));
    }
  }

  /**
   * Opens a journey from a local file. It is read in the browser and never
   * sent anywhere; the page URL keeps pointing at the journey it named.
   */
  async openFile(file: File): Promise<void> {
    const token = ++this.#loadToken;
    this._result = { ok: false, loading: true };
    const result = await loadJourneyFile(file, { maxBytes: this.maxBytes });
    if (token !== this.#loadToken) return;
    this.#show(result, undefined);
  }

  #show(result: LoadResult, from: HashState | undefined): void {
    this._result = result;
    if (!result.ok) return;
    this.#clock = storyClock(result.journey);
    // Derived once per journey, so a time change (every frame while playing)
    // hands the slider and the map the same objects and they don't redraw.
    this.#ticks = result.journey.events.map((e) => ({ time: e.start, title: e.event.title }));
    this.#summary = journeySummary(result.journey);
    this.#restore(from ?? { event: undefined, time: undefined, zone: this._zoneMode });
  }

  #indexOf(eventId: string | undefined): number | undefined {
    if (!eventId) return undefined;
    return this.model?.events.find((e) => e.event.id === eventId)?.index;
  }

  /** A step the reader took: go to the event's start, record it, announce it. */
  #goTo(index: number): void {
    const journey = this.model;
    const step = journey?.events[index];
    if (!journey || !step) return;
    this.#slider()?.pause();
    const changed = index !== this._index;
    this._index = index;
    this._time = step.start;
    if (!changed) return;
    this.#announce(index);
    this.#hash?.push(step.event.id);
  }

  /** A moment the reader scrubbed or played to: the current event follows the time. */
  #setTime(time: number, via: 'drag' | 'keyboard' | 'playback'): void {
    const journey = this.model;
    const clock = this.#clock;
    if (!journey || !clock) return;
    this._time = Math.min(Math.max(time, clock.scale.start), clock.scale.end);
    const index = clock.timeline.eventAt(this._time);
    if (index !== this._index) {
      this._index = index;
      this.#announce(index);
    }
    const step = journey.events[index];
    if (step && via !== 'playback') this.#hash?.replace(step.event.id, this._time);
  }

  #announce(index: number): void {
    const journey = this.model;
    const step = journey?.events[index];
    if (journey && step) this._announcement = `Step ${index + 1} of ${journey.events.length}: ${stepAnnouncement(step)}`;
  }

  #setZoneMode(mode: ZoneMode): void {
    this._zoneMode = mode;
    this.#hash?.setZone(mode);
  }

  /** The zone times are shown in at a place, under the current choice. */
  #displayZone(placeZone: string): string {
    return this._zoneMode === 'utc' ? 'UTC' : this._zoneMode === 'reader' ? this.readerZone : placeZone;
  }

  #slider(): TimeSlider | null {
    return this.renderRoot.querySelector('time-slider');
  }

  /** The URL changed (loading, Back, Forward, an edited hash): follow it without adding history. */
  #restore(state: HashState): void {
    const journey = this.model;
    const clock = this.#clock;
    if (!journey || !clock) return;
    this._zoneMode = state.zone;
    const fromEvent = this.#indexOf(state.event);
    if (state.time !== undefined) {
      this._time = Math.min(Math.max(state.time, clock.scale.start), clock.scale.end);
      this._index = fromEvent ?? clock.timeline.eventAt(this._time);
    } else {
      this._index = fromEvent ?? 0;
      this._time = journey.events[this._index]?.start ?? clock.scale.start;
    }
  }

  /** A stop marker: open its first event, or its next one if the current step is already there. */
  #selectPlace(placeId: string): void {
    const next = this.model && nextEventAt(this.model, placeId, this._index);
    if (next) this.#goTo(next.index);
  }

  #onKey(e: KeyboardEvent): void {
    const journey = this.model;
    if (!journey) return;
    const action = keyAction(e, this._index, journey.events.length - 1);
    if (!action) return;
    e.preventDefault();
    if (action === 'help') this.renderRoot.querySelector('shortcuts-help')?.show();
    else this.#goTo(action.step);
  }

  override render() {
    const result = this._result;
    if (!result || 'loading' in result) {
      return html`<p class="loading" role="status">Loading the journey…</p>`;
    }
    if (!result.ok) {
      const retry = result.kind === 'network' || result.kind === 'timeout' || result.kind === 'status';
      return html`<journey-problems .problems=${result.problems} source=${result.url}>
          <div class="actions">
            ${retry ? html`<button type="button" @click=${() => void this.#load()}>Try again</button>` : nothing}
            ${this.allowFiles ? filePicker('Open another file', (file) => void this.openFile(file)) : nothing}
          </div>
        </journey-problems>
        ${dropHint(this.#drop?.dragging ?? false)}`;
    }
    const journey = result.journey;
    const step = journey.events[this._index];
    const clock = this.#clock;
    const meta = journey.file.journey;
    return html`
      ${this.hideChrome
        ? html`<h1 class="visually-hidden">${meta.title}</h1>`
        : storyHeader(meta, {
            openFile: this.allowFiles ? (file) => void this.openFile(file) : undefined,
            share: this.allowShare
              ? { journey: this.journey, eventId: step?.event.id ?? '', time: this._time, theme: this.theme, open: () => void this.#openShare() }
              : undefined,
          })}
      <div class="layout">
        <static-map class="print-only" .journey=${journey} .step=${step} label=${`Static map of ${meta.title}`}></static-map>
        <div class="map-column">
          <journey-map-view
            part="map"
            class="map"
            .journey=${journey}
            .step=${step}
            .timeline=${clock?.timeline}
            .time=${this._time}
            ?playing=${this._playing}
            basemap=${basemapUrl(this.basemap, this.theme, this.#base())}
            label=${this.#summary}
            placeholder=${meta.title}
            ?active=${this.mapActive}
            ?cooperative-gestures=${this.cooperativeGestures}
          ></journey-map-view>
          <time-slider
            part="slider"
            .scale=${clock?.scale}
            .ticks=${this.#ticks}
            .time=${this._time}
            zone=${this.#displayZone(step?.place.properties.timeZone ?? 'UTC')}
            day-zone=${this._zoneMode === 'local' ? (clock?.mainZone ?? 'UTC') : this.#displayZone('UTC')}
          ></time-slider>
        </div>
        <div part="panel" class=${this._sheetExpanded ? 'panel expanded' : 'panel'}>
          <button class="sheet-toggle" type="button" aria-expanded=${this._sheetExpanded ? 'true' : 'false'} @click=${() => (this._sheetExpanded = !this._sheetExpanded)}>
            ${this._sheetExpanded ? 'Show less' : 'Show more of the story'}
          </button>
          <step-controls .current=${this._index} .total=${journey.events.length}></step-controls>
          ${result.warnings.length ? html`<journey-problems mode="warnings" .problems=${result.warnings} source=${result.url}></journey-problems>` : nothing}
          <event-card .journey=${journey} .step=${step} reader-zone=${this.readerZone} zone-mode=${this._zoneMode}></event-card>
          ${zoneSelect(this._zoneMode, this.readerZone, (mode) => this.#setZoneMode(mode))}
          <journey-itinerary .journey=${journey} .current=${this._index} display-zone=${this._zoneMode === 'local' ? '' : this.#displayZone('UTC')}></journey-itinerary>
          <map-legend .journey=${journey}></map-legend>
          ${printSources(journey)}
          <shortcuts-help></shortcuts-help>
        </div>
      </div>
      <div class="visually-hidden" aria-live="polite" aria-atomic="true">${this._announcement}</div>
      ${dropHint(this.#drop?.dragging ?? false)}
    `;
  }
}

customElements.define('journey-story', JourneyStory);

declare global {
  interface HTMLElementTagNameMap {
    'journey-story': JourneyStory;
  }
}
