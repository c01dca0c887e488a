/**
 * `embed/diplomatic-journey.js`: one ES module that registers
 * `<diplomatic-journey>`, the whole story for a news page, in a shadow root.
 *
 * Journey names and the basemap resolve against this module's own URL, so a
 * page on another origin can load it (the server must send CORS headers for
 * the module and its files, as module scripts require).
 */
import { LitElement, adoptStyles, css, html, type PropertyValues } from 'lit';
import { JourneyStory } from '../components/journey-story/journey-story.ts';
import { embedLayouts } from '../components/journey-story/embed-layout.styles.ts';
import { elementProperties, formatIsoTime, parseElementOptions, parseIsoTime, type ElementOptions } from '../options/story-options.ts';
import { loadOnce } from '../load-once.ts';
import { NearViewportController } from './near-viewport-controller.ts';
// Types only: the scrolly layout's code is a chunk of its own, loaded for layout="scrolly" only.
import type { ScrollyController } from './scrolly/scrolly-controller.ts';

export { StoryChangeEvent, StoryLoadEvent } from '../components/events.ts';
export type { StoryChangeDetail, StoryLoadDetail } from '../components/events.ts';
export { ScrollProgressEvent, ScrollStepEvent } from './scrolly/scrolly-events.ts';
export type { ScrollProgressDetail, ScrollStepDetail } from './scrolly/scrolly-events.ts';

const OPTION_PROPERTIES = elementProperties();
JourneyStory.addStyles(embedLayouts);

/** The scrolly layout's controllers and styles, fetched once, for the first element that asks. */
const loadScrolly = loadOnce(() => import('./scrolly/scrolly-layout.ts'));

/** Where the built app's files are: the folder above this module's own folder. */
const ASSET_BASE = import.meta.env.DEV ? document.baseURI : new URL(/* @vite-ignore */ "../", import.meta.url).href;

/**
 * A diplomatic journey on a map, for embedding in an article.
 *
 * Keys act only while focus is inside it; it never writes the page's URL or
 * history; the page scrolls under the wheel (Ctrl/⌘ + wheel or two fingers
 * move the map). MapLibre loads only when the element comes near the
 * viewport; until then a light placeholder with the title and the itinerary
 * holds the space.
 *
 * @attr journey - A journey's name (a file in journeys/), or a path to a journey file on the map's site. Default: the Moscow journey.
 * @attr event - The event to open first, by id.
 * @attr time - The moment to show first, ISO 8601 (`2025-12-02T14:00:00Z`).
 * @attr theme - `light` (default), `dark`, or `auto`.
 * @attr basemap - A MapLibre style URL instead of the embedded offline basemap.
 * @attr layout - `fixed` (default: a fixed height that map, controls and card share; side by side from 640 px wide, stacked below), `full` (the long form that grows to fit the card; `compact` is its old name) or `auto` (the standalone page's layout).
 * With `layout="scrolly"` the article's own elements are the steps: each
 * element with `data-journey-step="<event id>"` (or `"overview"`), slotted
 * into the element (or anywhere in the page when none is slotted), takes the
 * story to that event when it crosses the step line as the reader scrolls,
 * down or up; a fast scroll or a jump goes straight to where it stops. The
 * map is sticky beside the steps from 700 px wide and full-bleed behind them
 * as cards when narrower. A step may carry `data-journey-alt` (what the map
 * shows, said to screen readers once and shown without WebGL) and
 * `data-journey-progress="time"` (scrolling through it moves time to the next
 * event). Under reduced motion the camera cuts between steps, except to a
 * step with `data-journey-transition="essential"`, which it eases to
 * (shortly, without zooming out). On phones the camera frames each step's
 * place in the part of the map its card leaves free. Map gestures are off
 * while scrolling; "Explore the map" gives the reader the map, and "Back to
 * the story" (or Escape) returns, to the current step's view.
 *
 * @attr height - A fixed embed's height in CSS px (240–4000; default 600); on a screen shorter than that plus 48 px, the screen's height less 48 px.
 * @attr step-line - Scrolly: where the step line is, as a fraction (`0.5`, the default) or percentage (`50%`) of the viewport's height from its top.
 * @slot - Scrolly: the article's steps (elements with `data-journey-step`) and any text between them.
 * @slot static - Scrolly: a static map or picture for readers without JavaScript (shown as it is then) and for print; hidden while the interactive map runs.
 * @event journey-scroll-step - Scrolly: the reader's scroll came to rest on a new step (ScrollStepEvent; detail: index, eventId, element).
 * @event journey-scroll-progress - Scrolly: the reader scrolled within the current step, at most once a frame (ScrollProgressEvent; detail: index, eventId, element, progress 0–1).
 * @event journey-story-change - The step, the zone or playing changed, or, at most four times a second, the time while the reader scrubs or the story plays; never every frame (StoryChangeEvent; detail: index, eventId, time, zone, overview, playing).
 * @event journey-story-load - The journey was shown (`detail.ok`, `title`, `events`) or could not be (`detail.ok` false, `kind`, `message`); once per load (StoryLoadEvent).
 * @cssproperty --dj-accent - Accent colour: current step, links, focus.
 * @cssproperty --dj-text - Text colour.
 * @cssproperty --dj-muted - Secondary text colour.
 * @cssproperty --dj-bg - Background.
 * @cssproperty --dj-card-bg - Event card background.
 * @cssproperty --dj-line - Rules and borders.
 * @cssproperty --dj-font - Font family.
 * @cssproperty --dj-min-height - Space held while a `full` embed loads (default 560px).
 * @cssproperty --dj-height - A fixed embed's height, any CSS length; overrides the `height` attribute.
 * @cssproperty --dj-panel-width - Width of the story panel beside the map (layout="auto").
 * @cssproperty --dj-sticky-top - Scrolly: the height of the page's own sticky header, which the map stays below (default 0px).
 * @csspart stage - Scrolly: the sticky stage holding the map and the Explore toggle.
 * @csspart story - The whole story (a `<journey-story>`).
 * @csspart header - Title bar.
 * @csspart map - The map area.
 * @csspart slider - The time slider.
 * @csspart panel - Card, controls and itinerary.
 */
export class DiplomaticJourney extends LitElement {
  // Each attribute's name comes from the option table (src/options/story-options.ts).
  // The keys are spelled out so that the custom-elements manifest sees them.
  static override properties = {
    journey: OPTION_PROPERTIES.journey,
    event: OPTION_PROPERTIES.event,
    time: OPTION_PROPERTIES.time,
    theme: OPTION_PROPERTIES.theme,
    basemap: OPTION_PROPERTIES.basemap,
    layout: OPTION_PROPERTIES.layout,
    height: OPTION_PROPERTIES.height,
    stepLine: OPTION_PROPERTIES.stepLine,
    _near: { state: true },
  };

  declare journey: string;
  declare event: string;
  declare time: string;
  declare theme: 'light' | 'dark' | 'auto';
  declare basemap: string;
  declare layout: string;
  declare height: string;
  declare stepLine: string;
  declare _near: boolean;

  #loaded = false;
  /** Scrolly: the controller, once its chunk has loaded. */
  #scrolly: ScrollyController | undefined;
  #scrollyLoading = false;
  /** Scrolly in an iframe: the parent's latest viewport, kept until the controller exists. */
  #pendingViewport: [number, number] | undefined;
  /** The attributes, read through the option table. */
  #options: ElementOptions;

  constructor() {
    super();
    this.journey = '';
    this.event = '';
    this.time = '';
    this.theme = 'light';
    this.basemap = '';
    this.layout = 'fixed';
    this.height = '';
    this.stepLine = '';
    this._near = false;
    this.#options = parseElementOptions(this);
    new NearViewportController(this, () => (this._near = true));
  }

  get #story(): JourneyStory | null {
    return this.renderRoot.querySelector('journey-story');
  }

  /** Opens an event by id. */
  goToEvent(eventId: string): void {
    this.#story?.goToEvent(eventId);
  }

  /**
   * Scrolly, for pages with their own scroll logic: moves time through the
   * current event, from its start (0) to just before the next event (1).
   */
  setStepProgress(progress: number): void {
    if (Number.isFinite(progress)) this.#scrolly?.setProgress(progress);
  }

  /** Scrolly: gives the reader the map (gestures on) or returns to the story. */
  explore(on = true): void {
    this.#scrolly?.setExploring(on);
  }

  /**
   * Scrolly inside an iframe (embed.html?layout=scrolly): where the frame is
   * in the parent page's viewport, as the scroll bridge in resize.js reports it.
   */
  setBridgedViewport(top: number, height: number): void {
    if (this.#scrolly) this.#scrolly.setBridgedViewport(top, height);
    else this.#pendingViewport = [top, height];
  }

  /** Loads the scrolly layout's code and styles (once), then renders with them. */
  #startScrolly(): void {
    if (this.#scrollyLoading) return;
    this.#scrollyLoading = true;
    loadScrolly()
      .then(({ ScrollyController, scrollyHostStyles }) => {
        const root = this.renderRoot;
        if (root instanceof ShadowRoot) adoptStyles(root, [...DiplomaticJourney.elementStyles, scrollyHostStyles]);
        this.#scrolly = new ScrollyController(this, { story: () => this.#story, line: () => this.#options.stepLine });
        if (this.#pendingViewport) this.#scrolly.setBridgedViewport(...this.#pendingViewport);
        this.requestUpdate();
      })
      .catch((error: Error) => {
        // The article still reads as it is: its steps and the static picture, as without JavaScript.
        this.#scrollyLoading = false;
        console.error(error);
      });
  }

  /** The loaded journey, once it is valid (read-only). */
  get model() {
    return this.#story?.model;
  }

  /** Shows a moment: ms since the epoch, or an ISO 8601 string. */
  setTime(time: number | string): void {
    const ms = typeof time === 'number' ? time : parseIsoTime(time);
    if (ms !== undefined && Number.isFinite(ms)) this.#story?.setTime(ms);
  }

  protected override willUpdate(): void {
    this.#options = parseElementOptions(this);
    // The height is the host's own, so that the article's layout knows it before the story renders.
    const { layout, height } = this.#options;
    this.toggleAttribute('data-fixed', layout === 'fixed');
    if (layout === 'scrolly' && !this.#scrolly) this.#startScrolly();
    if (height === undefined) this.style.removeProperty('--_dj-height');
    else this.style.setProperty('--_dj-height', `${height}px`);
  }

  /** Once the journey is in, a new `event` or `time` moves the story there (the starting ones went with the load). */
  protected override updated(changed: PropertyValues<this>): void {
    if (!this.#loaded) return;
    const { event, time } = this.#options;
    if (changed.has('event') && event) this.goToEvent(event);
    if (changed.has('time') && time !== undefined) this.setTime(time);
  }

  override render() {
    const options = this.#options;
    if (options.layout === 'scrolly') {
      const scrolly = this.#scrolly;
      // Until its code is in (a few ms), the article shows as it would without JavaScript.
      if (!scrolly) return html`<slot name="static"></slot><slot></slot>`;
      return scrolly.render(this.#storyTemplate(options, scrolly.startEvent));
    }
    return this.#storyTemplate(options, options.event ?? '');
  }

  #storyTemplate(options: ElementOptions, startEvent: string) {
    const scrolly = options.layout === 'scrolly';
    return html`<journey-story
      part="story"
      exportparts="header, map, slider, panel"
      journey=${options.journey}
      basemap=${options.basemap}
      theme=${options.theme}
      layout=${options.layout}
      start-event=${startEvent}
      start-time=${options.time === undefined ? '' : formatIsoTime(options.time)}
      asset-base=${ASSET_BASE}
      ?hide-chrome=${scrolly}
      ?cooperative-gestures=${!scrolly}
      ?hide-map-controls=${scrolly && !this.#scrolly?.exploring}
      .mapActive=${this._near}
      @journey-story-load=${() => {
        this.#loaded = true;
        if (scrolly) this.#scrolly?.loaded();
      }}
    ></journey-story>`;
  }

  static override styles = [css`
    /* Holds the space while the journey loads, so the article doesn't shift. */
    :host {
      display: block;
      contain: layout;
      min-height: var(--dj-min-height, 560px);
    }
    /* Fixed (the default): the editor's height, or 600 px; never taller than the screen less a margin. */
    :host([data-fixed]) {
      min-height: 0;
      height: var(--dj-height, min(var(--_dj-height, 600px), calc(100svh - 48px)));
    }
    :host([data-fixed]) journey-story {
      height: 100%;
    }
  `];
}

if (!customElements.get('diplomatic-journey')) customElements.define('diplomatic-journey', DiplomaticJourney);

declare global {
  interface HTMLElementTagNameMap {
    'diplomatic-journey': DiplomaticJourney;
  }
}
