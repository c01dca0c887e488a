import { loadOnce } from '../../load-once.ts';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Journey } from '../../journey/model.ts';
import type { JourneyMap } from '../../map/maplibre/journey-map.ts';
import type { Scene } from '../../map/scene.ts';
import { NO_INSETS, type Insets } from '../../map/camera.ts';
import type { TravellerMarkerState } from '../../map/maplibre/traveller-markers.ts';
import { hasWebGL2 } from '../../map/maplibre/webgl.ts';

export type MapState = 'loading' | 'moving' | 'idle' | 'lost' | 'unavailable';

/** How long a lost WebGL context may take to come back before the static fallback shows. */
const CONTEXT_RESTORE_MS = 5000;

export interface MapControllerOptions {
  readonly onState: (state: MapState, reason?: string) => void;
  readonly onBasemapError: (message: string) => void;
  readonly onSelectPlace: (placeId: string) => void;
  /** The reader asked for the whole journey (the map's "Whole journey" button). */
  readonly onOverview?: () => void;
  /** The camera as "lng,lat,zoom", whenever it moves. */
  readonly onCamera?: (camera: string) => void;
  /** The style URL the map draws with, once it has loaded (at creation and after each change). */
  readonly onStyle?: (styleUrl: string) => void;
}

/** MapLibre's code and the adapter: fetched once, shared by every map on the page. */
const loadMapModule = loadOnce(() => import('../../map/maplibre/journey-map.ts'));

/**
 * Starts fetching the map's code now, while the journey is still loading,
 * so the two arrive together rather than one after the other.
 */
export function prefetchMap(): void {
  // A guess, free: the real test (a WebGL context, tens of ms) runs before the map is made.
  if (typeof WebGL2RenderingContext !== 'undefined') loadMapModule().catch(() => undefined);
}

/**
 * Owns the map's life: loads MapLibre's code only when there is a journey to
 * show, creates the map once, hands it each scene, swaps its style in place
 * when the style URL changes, and removes it when the host leaves the page
 * for good (a move in the page keeps it).
 */
export class MapController implements ReactiveController {
  readonly #host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment };
  readonly #options: MapControllerOptions;
  #map: JourneyMap | undefined;
  #unlisten: (() => void) | undefined;
  /** The latest scene, shown as soon as the map exists (and again if it is made anew). */
  #scene: { scene: Scene; animate: boolean; essential: boolean } | undefined;
  #pendingTravellers: Parameters<JourneyMap['setTravellers']> | undefined;
  #covered: Insets = NO_INSETS;
  #generation = 0;
  /** What the map was made for, and the style it was last asked to draw. */
  #startedWith: { journey: Journey; styleUrl: string } | undefined;
  /** A teardown waiting for the end of the task: a host that reconnects before then (a DOM move) keeps its map. */
  #teardownTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment }, options: MapControllerOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /**
   * Makes sure a map for `journey` exists in `container`, creating it the
   * first time and again only when the journey changes; a new `styleUrl`
   * is swapped into the existing map. Call it after each render.
   */
  ensure(container: HTMLElement, inset: HTMLElement | undefined, journey: Journey, styleUrl: string, label: string, cooperativeGestures = false): void {
    const s = this.#startedWith;
    if (s && s.journey === journey) {
      if (s.styleUrl === styleUrl) return;
      this.#startedWith = { journey, styleUrl };
      // Still being made: it takes the new style once it exists (see #start).
      if (!this.#map) return;
      this.#options.onState('loading');
      this.#map.setStyle(styleUrl);
      return;
    }
    this.#startedWith = { journey, styleUrl };
    void this.#start(container, inset, journey, styleUrl, label, cooperativeGestures);
  }

  async #start(
    container: HTMLElement,
    inset: HTMLElement | undefined,
    journey: Journey,
    styleUrl: string,
    label: string,
    cooperativeGestures: boolean,
  ): Promise<void> {
    const generation = ++this.#generation;
    this.#teardown();
    if (!hasWebGL2()) {
      this.#options.onState('unavailable', 'This browser or device has no WebGL2, which the interactive map needs.');
      return;
    }
    this.#options.onState('loading');
    try {
      const { JourneyMap, mapCss } = await loadMapModule();
      adoptCss(this.#host.renderRoot, mapCss);
      const shown = this.#scene?.scene;
      const map = await JourneyMap.create({
        container,
        insetContainer: inset,
        styleUrl,
        journey,
        label,
        cooperativeGestures,
        // Open on the step the reader will see, not on the whole journey first.
        initialScene: shown?.journey === journey ? shown : undefined,
        covered: this.#covered,
        onSelectPlace: this.#options.onSelectPlace,
        onOverview: this.#options.onOverview,
        onBasemapError: this.#options.onBasemapError,
      });
      if (generation !== this.#generation) {
        map.destroy();
        return;
      }
      this.#map = map;
      const stopState = map.onRenderState((state) => this.#options.onState(state));
      const stopCamera = this.#options.onCamera ? map.onCamera(this.#options.onCamera) : undefined;
      const onStyle = this.#options.onStyle;
      const stopStyle = onStyle ? map.onStyle(onStyle) : undefined;
      onStyle?.(styleUrl);
      let giveUp: ReturnType<typeof setTimeout> | undefined;
      const stopContext = map.onContext((state) => {
        clearTimeout(giveUp);
        if (state === 'restored') {
          this.#options.onState('loading');
          return;
        }
        this.#options.onState('lost');
        giveUp = setTimeout(() => {
          this.#teardown();
          this.#options.onState('unavailable', 'The map’s graphics context was lost and did not come back.');
        }, CONTEXT_RESTORE_MS);
      });
      this.#unlisten = () => {
        clearTimeout(giveUp);
        stopState();
        stopCamera?.();
        stopStyle?.();
        stopContext();
      };
      // The style may have changed while the map was being made.
      const latest = this.#startedWith?.styleUrl;
      if (latest && latest !== styleUrl) map.setStyle(latest);
      if (this.#pendingTravellers) map.setTravellers(...this.#pendingTravellers);
      map.setCovered(this.#covered);
      if (this.#scene?.scene.journey === journey) map.showScene(this.#scene.scene, { animate: false });
    } catch (error) {
      console.error(error);
      this.#options.onState('unavailable', `The interactive map could not start: ${(error as Error).message}`);
    }
  }

  /** Draws a scene now, or as soon as the map exists (`essential`: it moves even under reduced motion, see ShowSceneOptions). */
  showScene(scene: Scene, animate: boolean, essential = false): void {
    this.#scene = { scene, animate, essential };
    if (this.#map && scene.journey === this.#startedWith?.journey) this.#map.showScene(scene, { animate, essential });
  }

  /** Frames the current scene again, even after the reader moved the map. */
  frameAgain(): void {
    this.#map?.frameAgain();
  }

  /** Shows the travellers at the current time, now or as soon as the map exists. */
  setTravellers(travellers: readonly TravellerMarkerState[]): void {
    this.#pendingTravellers = [travellers];
    this.#map?.setTravellers(travellers);
  }

  /** How much of the map the page covers on each side, now or as soon as the map exists (see JourneyMap.setCovered). */
  setCovered(covered: Insets, reframe = true): void {
    this.#covered = covered;
    this.#map?.setCovered(covered, reframe);
  }

  hostConnected(): void {
    if (this.#teardownTimer !== undefined) {
      // Moved in the page: the map stayed; draw once more so it settles (idle) where it is now.
      clearTimeout(this.#teardownTimer);
      this.#teardownTimer = undefined;
      this.#map?.redraw();
      return;
    }
    // Back after a teardown: render, so that `ensure` makes the map again.
    if (!this.#startedWith) this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    // A DOM move disconnects and reconnects in the same task: wait for the end
    // of it before removing the map, so that a move keeps it.
    clearTimeout(this.#teardownTimer);
    this.#teardownTimer = setTimeout(() => {
      this.#teardownTimer = undefined;
      this.#generation++;
      this.#startedWith = undefined;
      this.#teardown();
    }, 0);
  }

  #teardown(): void {
    this.#unlisten?.();
    this.#unlisten = undefined;
    this.#map?.destroy();
    this.#map = undefined;
  }
}

const adopted = new WeakSet<DocumentFragment | HTMLElement>();

/** Adds MapLibre's stylesheet to the shadow root that holds the map, once. */
function adoptCss(root: HTMLElement | DocumentFragment, cssText: string): void {
  if (adopted.has(root) || !(root instanceof ShadowRoot)) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(cssText);
  root.adoptedStyleSheets = [sheet, ...root.adoptedStyleSheets];
  adopted.add(root);
}
