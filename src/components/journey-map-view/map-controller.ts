import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Journey, StoryEvent } from '../../journey/model.ts';
import type { JourneyMap } from '../../map/journey-map.ts';
import type { LegProgress } from '../../map/journey-layers.ts';
import type { TravellerMarkerState } from '../../map/traveller-markers.ts';
import { hasWebGL2 } from '../../map/webgl.ts';

export type MapState = 'loading' | 'moving' | 'idle' | 'lost' | 'unavailable';

/** How long a lost WebGL context may take to come back before the static fallback shows. */
const CONTEXT_RESTORE_MS = 5000;

export interface MapControllerOptions {
  readonly onState: (state: MapState, reason?: string) => void;
  readonly onBasemapError: (message: string) => void;
  readonly onSelectPlace: (placeId: string) => void;
  /** The camera as "lng,lat,zoom", whenever it moves. */
  readonly onCamera?: (camera: string) => void;
}

let mapModule: Promise<typeof import('../../map/journey-map.ts')> | undefined;

/** MapLibre's code and the adapter: fetched once, shared by every map on the page. */
function loadMapModule() {
  mapModule ??= import('../../map/journey-map.ts').catch((error: unknown) => {
    mapModule = undefined; // A failed chunk may load on the next try.
    throw error;
  });
  return mapModule;
}

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
 * show, creates the map once, hands it each step, and removes it when the
 * host leaves the page.
 */
export class MapController implements ReactiveController {
  readonly #host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment };
  readonly #options: MapControllerOptions;
  #map: JourneyMap | undefined;
  #unlisten: (() => void) | undefined;
  #pending: { step: StoryEvent | undefined; animate: boolean } | undefined;
  #pendingTime: Parameters<JourneyMap['setTime']> | undefined;
  #generation = 0;

  constructor(host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment }, options: MapControllerOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  #startedWith: { journey: Journey; styleUrl: string } | undefined;

  /**
   * Makes sure a map for `journey` and `styleUrl` exists in `container`,
   * creating it the first time and again only when either changes. Call it
   * after each render.
   */
  ensure(container: HTMLElement, inset: HTMLElement | undefined, journey: Journey, styleUrl: string, label: string, cooperativeGestures = false): void {
    const s = this.#startedWith;
    if (s && s.journey === journey && s.styleUrl === styleUrl) return;
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
      const map = await JourneyMap.create({
        container,
        insetContainer: inset,
        styleUrl,
        journey,
        label,
        cooperativeGestures,
        // Open on the step the reader will see, not on the whole journey first.
        initialStep: this.#pending?.step,
        onSelectPlace: this.#options.onSelectPlace,
        onBasemapError: this.#options.onBasemapError,
      });
      if (generation !== this.#generation) {
        map.destroy();
        return;
      }
      this.#map = map;
      const stopState = map.onRenderState((state) => this.#options.onState(state));
      const stopCamera = this.#options.onCamera ? map.onCamera(this.#options.onCamera) : undefined;
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
        stopContext();
      };
      const pending = this.#pending;
      if (this.#pendingTime) map.setTime(...this.#pendingTime);
      if (pending) map.show(pending.step, false);
    } catch (error) {
      console.error(error);
      this.#options.onState('unavailable', `The interactive map could not start: ${(error as Error).message}`);
    }
  }

  /** Shows a step now, or as soon as the map exists. */
  show(step: StoryEvent | undefined, animate: boolean): void {
    this.#pending = { step, animate };
    this.#map?.show(step, animate);
  }

  /** Shows the journey at a moment, now or as soon as the map exists. */
  setTime(progress: LegProgress, travellers: readonly TravellerMarkerState[], follow?: [number, number]): void {
    this.#pendingTime = [progress, travellers, follow];
    this.#map?.setTime(progress, travellers, follow);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.#generation++;
    this.#startedWith = undefined;
    this.#teardown();
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
