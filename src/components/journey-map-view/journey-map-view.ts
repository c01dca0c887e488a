import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { drawnPosition, positionLabel } from '../../journey/describe.ts';
import type { Journey, StoryEvent } from '../../journey/model.ts';
import type { Timeline } from '../../journey/timeline.ts';
import { sceneFor, type Scene } from '../../map/scene.ts';
import { NO_INSETS, type Insets } from '../../map/camera.ts';
import { PlaceSelectEvent, StepSelectEvent } from '../events.ts';
import { MapController, type MapState } from './map-controller.ts';
import { styles } from './journey-map-view.styles.ts';
import { markerStyles } from './markers.styles.ts';
import '../map-legend/map-key.ts';

export { prefetchMap } from './map-controller.ts';

/**
 * The map: routes, stops and the overview inset, drawn by MapLibre when the
 * browser can, with a note explaining the gap when it can't. MapLibre's code
 * is fetched only when this element first has a journey to show.
 *
 * What the map draws is computed once per change, as a scene (map/scene.ts),
 * which the MapLibre map and the static fallback both draw. A key to the
 * map (map-legend/map-key.ts) sits in its bottom-left corner, above the
 * scale bar; the controls are themed with the story (dark included).
 *
 * Reflects `map-state` (loading, moving, idle, unavailable),
 * `data-camera` ("lng,lat,zoom", as the camera moves) and `data-style` (the
 * style URL drawn, once loaded), and marks
 * `journey-map-idle` in the performance timeline each time the map settles.
 *
 * @event journey-place-select - The reader activated a stop marker (PlaceSelectEvent).
 * @event journey-step-select - The reader pressed "Whole journey" on the map (StepSelectEvent, index -1: the overview).
 * @csspart map - The map's container.
 * @csspart inset - The overview inset.
 * @csspart notice - Notes about missing parts (no WebGL, no basemap).
 */
export class JourneyMapView extends LitElement {
  static override styles = [styles, markerStyles];
  static override properties = {
    journey: { attribute: false },
    step: { attribute: false },
    timeline: { attribute: false },
    time: { type: Number },
    playing: { type: Boolean },
    covered: { attribute: false },
    essential: { attribute: false },
    basemap: {},
    label: {},
    placeholder: {},
    active: { type: Boolean },
    cooperativeGestures: { type: Boolean, attribute: 'cooperative-gestures' },
    hideControls: { type: Boolean, attribute: 'hide-controls', reflect: true },
    mapState: { attribute: 'map-state', reflect: true },
    _unavailable: { state: true },
    _basemapError: { state: true },
  };

  declare journey: Journey | undefined;
  declare step: StoryEvent | undefined;
  /** The time engine for `journey`. */
  declare timeline: Timeline | undefined;
  /** The moment shown (ms since the epoch). */
  declare time: number | undefined;
  /** While playing, each step's view also holds every traveller moving before the next step. */
  declare playing: boolean;
  /**
   * How much of the map the page covers on each side, in CSS pixels (a bottom
   * sheet over it): the camera keeps the step's place in the rest.
   */
  declare covered: Insets;
  /** The move to this step is one the story needs: it animates, gently, even under reduced motion (others cut). */
  declare essential: boolean;
  /** A MapLibre style URL. */
  declare basemap: string;
  /** One sentence that sums up the journey; the map region's accessible name. */
  declare label: string;
  /** Shown in the map's place until it is active. */
  declare placeholder: string;
  /** Until true, MapLibre is not loaded and a light placeholder holds the space. */
  declare active: boolean;
  /** Ctrl/⌘ + wheel and two fingers move the map; the page scrolls otherwise (embeds). */
  declare cooperativeGestures: boolean;
  /** Hides the zoom buttons, "Whole journey" and the key (a scrolling story, while the reader scrolls and the map takes no input). */
  declare hideControls: boolean;
  declare mapState: MapState;
  declare _unavailable: string | undefined;
  declare _basemapError: string | undefined;

  readonly #controller = new MapController(this, {
    onState: (state, reason) => {
      this.mapState = state;
      if (state === 'unavailable') this._unavailable = reason;
      // Each settle is marked, so tests and the benchmark can wait for the next one.
      if (state === 'idle') performance.mark('journey-map-idle');
    },
    onBasemapError: (message) => (this._basemapError = message),
    onSelectPlace: (placeId) => this.dispatchEvent(new PlaceSelectEvent(placeId)),
    // Index -1: the overview, before the first event.
    onOverview: () => this.dispatchEvent(new StepSelectEvent({ index: -1, via: 'controls' })),
    // Exposed for tests and debugging: where the camera is.
    onCamera: (camera) => this.setAttribute('data-camera', camera),
    onStyle: (styleUrl) => this.setAttribute('data-style', styleUrl),
  });
  /** What the map draws now: the step, at the current time. */
  #scene: Scene | undefined;
  #shownScene = false;

  constructor() {
    super();
    this.basemap = 'basemap/style.json';
    this.label = 'Map of the journey';
    this.playing = false;
    this.covered = NO_INSETS;
    this.essential = false;
    this.placeholder = '';
    this.active = true;
    this.cooperativeGestures = false;
    this.hideControls = false;
    this.mapState = 'loading';
  }

  override render() {
    return html`
      <div class="frame" .style=${`--_covered-bottom: ${Math.max(0, this.covered?.bottom ?? 0)}px`}>
        <div part="map" class="map"></div>
        ${this.active ? nothing : html`<div class="placeholder" aria-hidden="true"><span>${this.placeholder}</span><span class="muted">The map loads as you scroll to it.</span></div>`}
        <div part="inset" class="inset" aria-hidden="true" data-map-overlay></div>
        <map-key .journey=${this.journey} data-map-overlay></map-key>
        ${this._unavailable ? this.#fallback(this._unavailable) : nothing}
        ${this._basemapError
          ? html`<div part="notice" class="notice basemap" role="note">
              The background map could not be loaded, so only the journey is drawn. (${this._basemapError})
            </div>`
          : nothing}
      </div>
    `;
  }

  /** Without WebGL: a static SVG map of the same journey, and a note saying why. */
  #fallback(reason: string) {
    // d3-geo and the static map load only when they are needed.
    void import('../static-map/static-map.ts');
    // It may scroll, so keyboard users can focus it.
    return html`<div class="fallback" tabindex="0" role="region" aria-label="Static map of the journey">
      <static-map
        .journey=${this.journey}
        .step=${this.step}
        .scene=${this.#scene}
        basemap=${this.basemap}
        label=${`Static map of ${this.journey?.file.journey.title ?? 'the journey'}`}
      >
        <p part="notice" class="notice-inline" role="note">
          <strong>The interactive map is not available.</strong> ${reason} This static map, the itinerary and the event
          cards still tell the whole story.
        </p>
      </static-map>
    </div>`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const journey = this.journey;
    if (!journey) {
      this.#scene = undefined;
      return;
    }
    if (!(changed.has('journey') || changed.has('step') || changed.has('time') || changed.has('timeline') || changed.has('playing')) && this.#scene) return;
    const timeline = this.timeline?.journey === journey ? this.timeline : undefined;
    const t = this.time;
    this.#scene = sceneFor(journey, this.step, timeline && t !== undefined ? (legId) => timeline.legProgress(legId, t) : undefined, { playing: this.playing });
  }

  protected override updated(changed: PropertyValues<this>): void {
    const journey = this.journey;
    const scene = this.#scene;
    if (!journey || !scene) return;
    const map = this.renderRoot.querySelector<HTMLElement>('.map');
    const inset = this.renderRoot.querySelector<HTMLElement>('.inset') ?? undefined;
    if (map && this.active) this.#controller.ensure(map, inset, journey, this.basemap, this.label, this.cooperativeGestures);
    const stepChanged = changed.has('step') || changed.has('journey');
    // With a new step, the new insets are for it: it frames with them, in one move.
    if (changed.has('covered')) this.#controller.setCovered(this.covered, !stepChanged);
    if (stepChanged || changed.has('time') || changed.has('timeline')) {
      // The first scene opens the map where it is; later ones fly to a new step.
      this.#controller.showScene(scene, this.#shownScene, this.essential);
      this.#shownScene = true;
    }
    if ((changed.has('time') || changed.has('timeline')) && this.timeline && this.time !== undefined) this.#showTravellers(this.timeline, this.time);
  }

  /** Frames the step again, after the reader moved the map (a flight, or a cut under reduced motion). */
  frameAgain(): void {
    this.#controller.frameAgain();
  }

  #showTravellers(timeline: Timeline, t: number): void {
    const positions = timeline.positionsAt(t);
    const travellers = positions.map((p) => {
      const drawn = drawnPosition(p);
      return {
        id: p.traveller,
        label: positionLabel(timeline.journey.travellers.get(p.traveller)?.name ?? p.traveller, p),
        coordinates: drawn?.coordinates,
        mark: drawn?.mark ?? 'known',
        color: timeline.journey.travellers.get(p.traveller)?.color ?? '#555555',
      };
    });
    // The camera does not chase anyone: each step's view already holds who moves before the next (scene.ts focusFor).
    this.#controller.setTravellers(travellers);
  }
}

customElements.define('journey-map-view', JourneyMapView);

declare global {
  interface HTMLElementTagNameMap {
    'journey-map-view': JourneyMapView;
  }
}
