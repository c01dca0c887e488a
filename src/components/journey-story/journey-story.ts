import { LitElement, html, nothing, type CSSResult, type PropertyValues } from 'lit';
import { DEFAULT_MAX_BYTES } from '../../journey/load.ts';
import type { Journey } from '../../journey/model.ts';
// Types only: the camera's code stays with the map, out of the first bundle.
import type { Insets } from '../../map/camera.ts';
import { startFrom, type StoryAction } from '../../journey/story-state.ts';
import { PlaceSelectEvent, PlaybackRequestEvent, StepSelectEvent, TimeChangeEvent } from '../events.ts';
import '../event-card/event-card.ts';
import '../journey-itinerary/journey-itinerary.ts';
import '../step-controls/step-controls.ts';
import '../time-slider/time-slider.ts';
import type { SheetState } from './bottom-sheet-controller.ts';
import { ColorSchemeController } from './color-scheme-controller.ts';
import { styles } from './journey-story.styles.ts';
import { PrintController } from './print-controller.ts';
import { helpChunk, legendChunk, mapViewChunk, overviewChunk, problemsChunk, shareChunk } from './story-chunks.ts';
import { StoryController } from './story-controller.ts';
import { basemapUrl, dropHint, failure, folded, partFailure, printSources, sheetToggle, shownWarnings, storyHeader, storyKey, warningsList, zoneSelect } from './story-parts.ts';

/**
 * The whole story, as a view: it binds the story's state to the map, the
 * card, the itinerary and the controls, and turns what the reader does with
 * them into actions. The state and its side effects live in
 * `StoryController` (loading, playback, the URL hash, announcements,
 * events); what each action does lives in `journey/story-state.ts`.
 *
 * Keys, while focus is inside: ← and → step, Home goes to the overview of
 * the whole journey (where the story opens without a link), End to the last
 * event.
 *
 * @event journey-story-change - The step or the zone changed, or (at most four times a second) the time while scrubbing or playing (StoryChangeEvent).
 * @event journey-story-load - A journey was shown, or refused with a message (StoryLoadEvent); once per load.
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
    startEvent: { attribute: 'start-event' },
    startTime: { attribute: 'start-time' },
    syncUrl: { type: Boolean, attribute: 'sync-url' },
    allowFiles: { type: Boolean, attribute: 'allow-files' },
    allowShare: { type: Boolean, attribute: 'allow-share' },
    assetBase: { attribute: 'asset-base' },
    layout: { reflect: true },
    hideChrome: { type: Boolean, attribute: 'hide-chrome' },
    check: { type: Boolean },
    cooperativeGestures: { type: Boolean, attribute: 'cooperative-gestures' },
    hideMapControls: { type: Boolean, attribute: 'hide-map-controls' },
    theme: { reflect: true },
    mapActive: { type: Boolean, attribute: false },
    mapCovered: { attribute: false },
    _essential: { state: true },
    _sheet: { state: true },
    _covered: { state: true },
  };

  /** A journey's name (a file in journeys/), or a path on this site. Empty: the default journey. */
  declare journey: string;
  /** A MapLibre style URL; defaults to the embedded offline basemap. */
  declare basemap: string;
  /** The event to open on, by id (`overview` for the whole journey), unless the URL hash says otherwise. */
  declare startEvent: string;
  /** The moment to open on, ISO 8601, unless the URL hash says otherwise. */
  declare startTime: string;
  /** Keep the step in the page's URL hash (the standalone page only). */
  declare syncUrl: boolean;
  /** Offer to open a local journey file, by picker or drag and drop (the standalone page only). */
  declare allowFiles: boolean;
  /** Offer a Share control with the link and embed codes (the standalone page). */
  declare allowShare: boolean;
  /** Where journey names (journeys/<name>.json), paths and the basemap resolve from; the page's base by default, the module's own URL in the element. */
  declare assetBase: string;
  /**
   * `auto` (the standalone page: map beside the story on wide screens, a bottom sheet on phones);
   * for embeds, `fixed` (the story fills the height it is given) or `full` (stacked, growing to fit the card).
   * The embeds' layouts come with `embedLayouts` (embed-layout.styles.ts), which the embed entries add.
   */
  declare layout: 'auto' | 'fixed' | 'full';
  /** Hide the title bar (for embeds that sit under the article's own headline). */
  declare hideChrome: boolean;
  /** Editors' view (`?check=1`): list every warning. Readers see only warnings that change what is shown (an inferred time zone). */
  declare check: boolean;
  /** Page scrolls under the wheel and one finger; Ctrl/⌘ + wheel and two fingers move the map (embeds). */
  declare cooperativeGestures: boolean;
  /** Hide the map's zoom buttons and key (a scrolling story while the map takes no input). */
  declare hideMapControls: boolean;
  /** `light`, `dark`, or `auto` (follows the reader's system setting). */
  declare theme: 'light' | 'dark' | 'auto';
  /** False keeps MapLibre unloaded, with a light placeholder, until set (embeds far from the viewport). */
  declare mapActive: boolean;
  /** How much of the map the page around the story covers (a scrolling story's cards on phones); when set, instead of the bottom sheet's. */
  declare mapCovered: Insets | undefined;
  /** The last step was opened as an essential transition (goToEvent): the map moves to it even under reduced motion. */
  declare _essential: boolean;
  /** Journey files larger than this many bytes are refused (5 MB unless the page's `max-mb` raises it). */
  maxBytes = DEFAULT_MAX_BYTES;
  /** On phones, how far the bottom sheet is pulled up. */
  declare _sheet: SheetState;
  /** How much of the map the bottom sheet hides (phones), for the camera to frame around. */
  declare _covered: Insets;
  /** The reader's own zone, from the browser. */
  readonly readerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  readonly #story = new StoryController(this, {
    syncUrl: () => this.syncUrl,
    // Below the fold or on demand: fetched once the story is shown, so they work offline later.
    later: () => [legendChunk, helpChunk, ...(this.allowShare ? [shareChunk] : [])],
    showHelp: () => this.#story.openPart(helpChunk, 'The list of shortcuts', () => this.renderRoot.querySelector('shortcuts-help')?.show()),
  });
  readonly #scheme = new ColorSchemeController(this);
  /** Print-only parts (static map, source list) are built only while printing (issue 19). */
  readonly #print = new PrintController(this);
  /** Dropping a file on the story opens it; attached after the first paint, and only where files are allowed. */
  #drop: { dragging: boolean } | undefined;

  constructor() {
    super();
    this.journey = '';
    this.basemap = '';
    this.startEvent = '';
    this.startTime = '';
    this.syncUrl = false;
    this.allowFiles = false;
    this.allowShare = false;
    this.assetBase = '';
    this.layout = 'auto';
    this.hideChrome = false;
    this.check = false;
    this.cooperativeGestures = false;
    this.hideMapControls = false;
    this.theme = 'light';
    this.mapActive = true;
    this.mapCovered = undefined;
    this._essential = false;
    this._sheet = 'peek';
    this._covered = { top: 0, right: 0, bottom: 0, left: 0 };
    const act = (action: StoryAction) => {
      this._essential = false;
      this.#story.dispatch(action);
    };
    this.addEventListener('keydown', (e) => {
      const key = storyKey(e);
      if (!key || this.#story.view.kind !== 'ready') return;
      e.preventDefault();
      act({ type: 'key', key });
    });
    this.addEventListener(StepSelectEvent.type, (e) => act({ type: 'step', index: e.detail.index }));
    this.addEventListener(PlaceSelectEvent.type, (e) => act({ type: 'place', placeId: e.detail.placeId }));
    this.addEventListener(TimeChangeEvent.type, (e) => act({ type: 'scrub', time: e.detail.time }));
    this.addEventListener(PlaybackRequestEvent.type, (e) => (e.detail.playing ? this.#story.play(e.detail.seconds) : act({ type: 'pause' })));
  }

  /**
   * Adds styles to every story created from now on. The embed entries add
   * their layouts this way (see embed-layout.styles.ts), so that the
   * standalone page's first bundle does without them.
   */
  static addStyles(styles: CSSResult): void {
    this.finalize();
    if (!this.elementStyles.includes(styles)) this.elementStyles.push(styles);
  }

  /** The loaded journey, once it is valid. */
  get model(): Journey | undefined {
    const view = this.#story.view;
    return view.kind === 'ready' ? view.ctx.journey : undefined;
  }

  /** The event shown, by id (`overview` for the whole journey); empty until the journey is in. */
  get eventId(): string {
    const view = this.#story.view;
    if (view.kind !== 'ready') return '';
    return view.state.overview ? 'overview' : (view.ctx.journey.events[view.state.index]?.event.id ?? '');
  }

  /**
   * Opens an event by id (`overview` for the whole journey), as if the reader had chosen it.
   *
   * @param options.essential The move is one the story needs: the map eases to it even under reduced motion (otherwise it cuts).
   */
  goToEvent(eventId: string, options: { essential?: boolean } = {}): void {
    this._essential = options.essential ?? false;
    this.#story.dispatch({ type: 'event', eventId });
  }

  /** Frames the current step again on the map, after the reader moved it (a scrolling story's "Back to the story"), once the map view has taken the latest properties (its controls shown or hidden change the room the camera frames in). */
  async frameMap(): Promise<void> {
    await this.updateComplete;
    const view = this.renderRoot.querySelector('journey-map-view');
    await view?.updateComplete;
    // The map view's code may not have loaded yet: then there is nothing to frame.
    view?.frameAgain?.();
  }

  /** Shows a moment (ms since the epoch), as if the reader had scrubbed to it. */
  setTime(time: number): void {
    this.#story.dispatch({ type: 'scrub', time });
  }

  /** Opens a journey from a local file. It is read in the browser and never sent anywhere. */
  async openFile(file: File): Promise<void> {
    this.#story.openFile(file, this.maxBytes);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('journey')) this.#load();
  }

  #load(): void {
    this.#story.openPart(mapViewChunk, 'The map', () => void mapViewChunk().then((m) => this.mapActive && m.prefetchMap()));
    this.#story.openPart(overviewChunk, 'The overview', () => undefined);
    this.#story.load(this.journey, this.assetBase || document.baseURI, this.maxBytes, startFrom(this.startEvent, this.startTime));
  }

  protected override firstUpdated(): void {
    void import('./print.styles.ts').then(({ printStyles }) => {
      JourneyStory.addStyles(printStyles);
      const root = this.renderRoot as ShadowRoot;
      const sheet = printStyles.styleSheet;
      if (sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    });
    void import('./bottom-sheet-controller.ts').then(({ BottomSheetController }) => {
      new BottomSheetController(this, { state: () => this._sheet, setState: (state) => (this._sheet = state), setCovered: (covered) => (this._covered = covered) });
    });
    if (!this.allowFiles) return;
    void import('./file-drop-controller.ts').then(({ FileDropController }) => {
      this.#drop ??= new FileDropController(this, () => this.allowFiles, (file) => void this.openFile(file));
    });
  }

  protected override updated(): void {
    const view = this.#story.view;
    if (view.kind === 'failed' || (view.kind === 'ready' && shownWarnings(view.result.warnings, this.check).length > 0)) problemsChunk().catch(() => undefined);
  }

  /** On phones, the keyboard moving into the story below the sheet's top row pulls the sheet up (a tap there does not). */
  readonly #onSheetFocus = (e: FocusEvent) => {
    if (this._sheet === 'peek' && (e.composedPath()[0] as Element).matches(':focus-visible')) this._sheet = 'half';
  };

  override render() {
    const view = this.#story.view;
    if (view.kind === 'loading') return html`<p class="loading" role="status">Loading the journey…</p>`;
    const openFile = this.allowFiles ? (file: File) => void this.openFile(file) : undefined;
    if (view.kind === 'failed') return html`${failure(view.result, { retry: () => this.#load(), openFile })}${dropHint(this.#drop?.dragging ?? false)}`;
    const { result, ctx, state, ticks, summary } = view;
    const journey = ctx.journey;
    const step = journey.events[state.index];
    const meta = journey.file.journey;
    // The panel comes first in the page, the map second (CSS puts the map first on screen): Tab reaches Previous and Next
    // right after the title bar, before the map's own controls (issue 12). Readers' notes ("About this map") follow the
    // card, so a phone's sheet still peeks at the card's title; editors' warnings (?check=1) come first.
    return html`
      ${storyHeader(meta, {
        hidden: this.hideChrome,
        openFile,
        share: this.allowShare ? { journey: this.journey, eventId: step?.event.id ?? '', time: state.time, theme: this.theme, open: () => this.#story.openPart(shareChunk, 'Sharing', () => this.renderRoot.querySelector('share-dialog')?.show()) } : undefined,
      })}
      <div class="layout" data-sheet=${this._sheet}>
        ${this.#print.printing ? html`<static-map class="print-only" .journey=${journey} .step=${step} label=${`Static map of ${meta.title}`}></static-map>` : nothing}
        <div part="panel" class="panel">
          <div class="sheet-head">
            ${sheetToggle(this._sheet, (sheet) => (this._sheet = sheet))}
            <step-controls .current=${state.overview ? -1 : state.index} .total=${journey.events.length}></step-controls>
          </div>
          <div class="sheet-body" @focusin=${this.#onSheetFocus}>
            ${state.notice ? html`<p class="story-notice" role="note">${state.notice}</p>` : nothing}
            ${this.check ? warningsList(result, true) : nothing}
            ${state.overview
              ? html`<journey-overview .journey=${journey}></journey-overview>`
              : html`<event-card .journey=${journey} .step=${step} reader-zone=${this.readerZone} zone-mode=${state.zone}></event-card>`}
            ${this.check ? nothing : warningsList(result, false)}
            ${zoneSelect(state.zone, this.readerZone, (zone) => this.#story.dispatch({ type: 'zone', zone }))}
            ${folded(
              this.layout !== 'auto',
              `All ${journey.events.length} events`,
              html`<journey-itinerary .journey=${journey} .current=${state.overview ? -1 : state.index} zone-mode=${state.zone} reader-zone=${this.readerZone}></journey-itinerary>`,
            )}
            <map-legend .journey=${journey}></map-legend>
            ${this.#print.printing ? printSources(journey) : nothing}
            <shortcuts-help></shortcuts-help>
          </div>
        </div>
        <div class="map-column">
          <journey-map-view
            part="map"
            class="map"
            .journey=${journey}
            .step=${state.overview ? undefined : step}
            .timeline=${ctx.clock.timeline}
            .time=${state.time}
            ?playing=${state.playing}
            basemap=${basemapUrl(this.basemap, this.theme, this.assetBase || document.baseURI, this.#scheme.dark)}
            label=${summary}
            placeholder=${meta.title}
            ?active=${this.mapActive}
            ?cooperative-gestures=${this.cooperativeGestures}
            ?hide-controls=${this.hideMapControls}
            .covered=${this.mapCovered ?? this._covered}
            .essential=${this._essential}
          ></journey-map-view>
          <time-slider
            part="slider"
            .scale=${ctx.clock.scale}
            .ticks=${ticks}
            .time=${state.time}
            .current=${state.overview ? -1 : state.index}
            ?playing=${state.playing}
            zone-mode=${state.zone}
            reader-zone=${this.readerZone}
            place-zone=${step?.place.properties.timeZone ?? 'UTC'}
            main-zone=${ctx.clock.mainZone}
          ></time-slider>
          ${partFailure(this.#story.problem)}
        </div>
      </div>
      <div class="visually-hidden" aria-live="polite" aria-atomic="true">${this.#story.announcement}</div>
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
