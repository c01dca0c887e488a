/**
 * The map adapter: the one module that imports maplibre-gl. The rest of the
 * app talks to it through `JourneyMap`, a small typed API (show a scene,
 * swap the style, destroy: see renderer.ts), and never sees MapLibre objects.
 * What it draws comes from the scene (scene.ts), as for the static map.
 *
 * It is loaded with a dynamic `import()`, so MapLibre's code stays out of the
 * page's first bundle.
 */
import { AttributionControl, Map as MapLibreMap, NavigationControl, ScaleControl, prewarm, setWorkerUrl } from 'maplibre-gl';
import type { GeoJSONSource, StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import mapCss from 'maplibre-gl/dist/maplibre-gl.css?inline';
import type { Journey, StoryEvent } from '../../journey/model.ts';
import { NO_INSETS, cameraFor, detailOf, flightDuration, type BasemapDetail, type Camera, type Insets } from '../camera.ts';
import { OVERLAYS, labelWidth, viewportOf } from './framing.ts';
import { matchBasemap, wholeJourneyControl } from './map-chrome.ts';
import { guardRequest, loadStyle } from './basemap.ts';
import { keepBasemapFromFailingTheStory } from './basemap-watch.ts';
import type { SceneRenderer, ShowSceneOptions } from '../renderer.ts';
import { placeAreas, type Scene } from '../scene.ts';
import {
  AREAS_SOURCE,
  JOURNEY_LAYERS,
  LEGS_SOURCE,
  MARKER_SPACE_SOURCE,
  TRAVELLED_SOURCE,
  areasData,
  featureIdsByLeg,
  flagChanges,
  legsData,
  travelledLines,
  type LegFeatureState,
} from './journey-layers.ts';
import { OUR_SOURCES, emptyStyle } from './journey-style.ts';
import { CONTEXT_SOURCE, withContext } from './context-layers.ts';
import { withContextDetail } from '../context.ts';
import { listen, whenLoaded } from './map-events.ts';
import { StyleSwap } from './style-swap.ts';
import { OverviewInset } from './overview-inset.ts';
import { foldAttribution, isSmallMap } from './attribution.ts';
import { markerHost, type MarkerHost } from './marker-host.ts';
import { StopMarkers } from './stop-markers.ts';
import { TravellerMarkers, type TravellerMarkerState } from './traveller-markers.ts';

setWorkerUrl(workerUrl);
// This module is fetched while the journey loads (see prefetchMap): start
// MapLibre's worker now, so it is ready when the map is created. Only on the
// map's own origin: on another (the element in a news page) MapLibre makes
// the worker from a blob: URL, which the page's CSP may block, and a worker
// that fails before a map exists fails unheard (see whenLoaded).
if (new URL(workerUrl, location.href).origin === location.origin) prewarm();

/** MapLibre's stylesheet, for adoption into the shadow root that holds the map. */
export { mapCss };

export interface JourneyMapOptions {
  readonly container: HTMLElement;
  /** Where the overview inset goes; no inset when omitted. */
  readonly insetContainer?: HTMLElement;
  /** A MapLibre style URL (the embedded basemap or a newsroom's own). */
  readonly styleUrl: string;
  readonly journey: Journey;
  /** The one-sentence label of the map region, for screen readers. */
  readonly label: string;
  /** Called when a reader activates a stop marker. */
  readonly onSelectPlace: (placeId: string) => void;
  /** Called when a reader asks for the whole journey (the map's "Whole journey" button); no button when omitted. */
  readonly onOverview?: () => void;
  /** Called when the basemap can't be loaded; the journey layers still draw. */
  readonly onBasemapError?: (message: string) => void;
  readonly cooperativeGestures?: boolean;
  /** The scene to open on (its frame is the first view); the whole journey when omitted. */
  readonly initialScene?: Scene;
  /** How much of the map the page covers at first (see `setCovered`). */
  readonly covered?: Insets;
}

/** A map smaller than this either way is not framed (it is hidden or being laid out); it is framed once it has grown. */
const MIN_FRAMED_PX = 60;
/** Under reduced motion, how long an essential transition eases (flights otherwise take 1–3 s). */
const ESSENTIAL_EASE_MS = 700;
/** The journey's own layers, above which nothing of the context is drawn. */
const JOURNEY_LAYER_IDS: ReadonlySet<string> = new Set(JOURNEY_LAYERS.map((l) => l.id));
/** The map's own zoom limit: no basemap we know of has more detail. */
const MAX_ZOOM = 18;


export class JourneyMap implements SceneRenderer {
  readonly #map: MapLibreMap;
  readonly #markers: StopMarkers;
  #inset: OverviewInset | undefined;
  readonly #travellers: TravellerMarkers;
  readonly #markerHost: MarkerHost;
  readonly #journey: Journey;
  /** The features drawn for each leg, for feature state. */
  readonly #legFeatures: ReadonlyMap<string, readonly number[]>;
  #activeLegs: ReadonlySet<string> = new Set();
  /** Before any time is set, every leg counts as travelled: the whole journey shows. */
  #pendingLegs: ReadonlySet<string> = new Set();
  #travelledKey = '';
  /** The current place whose area is drawn stronger ('' for none), as last sent. */
  #areasKey: string | undefined;
  /** The step last framed (undefined: the whole journey): the camera moves when the step changes, not while time runs within it. */
  #framedStep: StoryEvent | undefined | null = null;
  /** Where the basemap has detail, from its style's metadata. */
  #detail: BasemapDetail;
  /** What the page has drawn over the map (a bottom sheet), besides the map's own controls and inset. */
  #covered: Insets = NO_INSETS;
  /** The reader moved the map since it was last framed: a resize then leaves it where they put it. */
  #readerMoved = false;
  #scene: Scene | undefined;
  readonly #style: StyleSwap;
  #removed = false;

  private constructor(map: MapLibreMap, options: JourneyMapOptions, legs: ReturnType<typeof legsData>, detail: BasemapDetail) {
    this.#map = map;
    this.#detail = detail;
    this.#covered = options.covered ?? NO_INSETS;
    // The scene on view until the first showScene: a cover set before then frames it again.
    this.#scene = options.initialScene;
    this.#journey = options.journey;
    this.#markerHost = markerHost(map, {
      covered: () => this.#covered,
      overlays: OVERLAYS,
      extraOverlays: options.insetContainer ? [options.insetContainer] : [],
    });
    this.#travellers = new TravellerMarkers(options.journey.file.travellers, this.#markerHost.layer);
    this.#markers = new StopMarkers(options.journey, options.onSelectPlace, this.#travellers, this.#markerHost);
    this.#legFeatures = featureIdsByLeg(legs);
    this.#style = new StyleSwap(map, {
      styleUrl: options.styleUrl,
      transform: (style) => withContext(style, this.#journey.file.context, JOURNEY_LAYER_IDS),
      reapply: () => this.#reapplyScene(),
      onError: options.onBasemapError,
      onChange: (styleUrl) => this.#inset?.setStyle(styleUrl),
    });
    // The first view already frames the initial scene.
    // (Unless the map had no room to frame it in yet: then the first scene shown is framed, or the first resize frames it.)
    this.#framedStep = options.initialScene && options.container.clientHeight >= MIN_FRAMED_PX && options.container.clientWidth >= MIN_FRAMED_PX ? options.initialScene.step : null;
    map.on('dragstart', () => (this.#readerMoved = true));
    map.on('zoomstart', (e: { originalEvent?: Event }) => {
      if (e.originalEvent) this.#readerMoved = true;
    });
    map.on('resize', () => this.#reframe());
    // The inset is a second MapLibre map: it waits until the main one has
    // drawn, so that it never slows the first view.
    const insetContainer = options.insetContainer;
    if (insetContainer) {
      map.once('idle', () => {
        if (!this.#removed) this.#inset = new OverviewInset(map, insetContainer, options.styleUrl, legs);
      });
    }
  }

  /**
   * Creates the map and resolves once the journey layers are on it.
   *
   * @throws When MapLibre can't start (no WebGL2): callers show the fallback.
   */
  static async create(options: JourneyMapOptions): Promise<JourneyMap> {
    const basemap: StyleSpecification = await loadStyle(options.styleUrl).catch((error: Error) => {
      options.onBasemapError?.(error.message);
      return emptyStyle();
    });
    const j = options.journey;
    // The journey's own schematic context (streets, squares…) goes into the style, and declares its street-scale detail.
    const style = withContext(basemap, j.file.context);
    const detail = withContextDetail(detailOf(basemap, MAX_ZOOM), j.file.context);
    const initial = options.initialScene;
    // The camera `showScene` will ask for, so the first tiles loaded are the ones seen.
    const room = options.container.clientWidth >= MIN_FRAMED_PX && options.container.clientHeight >= MIN_FRAMED_PX;
    const first = initial && room ? cameraFor(initial.focus, viewportOf(options.container, options.insetContainer, options.covered ?? NO_INSETS), detail, { labelWidth: labelWidth(initial), maxZoom: MAX_ZOOM }) : undefined;
    const map = new MapLibreMap({
      container: options.container,
      style,
      ...(first ? { center: first.center, zoom: first.zoom } : { bounds: j.bounds }),
      maxZoom: MAX_ZOOM,
      attributionControl: false,
      cooperativeGestures: options.cooperativeGestures ?? false,
      fadeDuration: 0,
      maxPitch: 0,
      dragRotate: false,
      locale: { 'Map.Title': options.label },
      // The style is checked before this (loadStyle); requests MapLibre builds itself are held to the same origins.
      transformRequest: guardRequest(),
    });
    map.touchZoomRotate.disableRotation();
    map.keyboard.disableRotation();
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    if (options.onOverview) map.addControl(wholeJourneyControl(options.onOverview), 'top-right');
    map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
    map.addControl(
      new AttributionControl({
        compact: true,
        customAttribution: 'Journey: sources cited in each event card',
      }),
      'bottom-right',
    );
    if (isSmallMap(options.container)) foldAttribution(options.container);
    keepBasemapFromFailingTheStory(map, new Set([...OUR_SOURCES, CONTEXT_SOURCE]), (message) => options.onBasemapError?.(message));
    await whenLoaded(map);
    const legs = legsData(j);
    map.addSource(LEGS_SOURCE, { type: 'geojson', data: legs });
    map.addSource(TRAVELLED_SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
    map.addSource(AREAS_SOURCE, { type: 'geojson', data: areasData(placeAreas(j, undefined)) });
    map.addSource(MARKER_SPACE_SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
    for (const layer of JOURNEY_LAYERS) map.addLayer(layer);
    matchBasemap(map);
    return new JourneyMap(map, options, legs, detail);
  }

  /**
   * Draws a scene: its legs, its place and area, how far the journey has got;
   * and frames it when its frame is not the one shown. Cheap enough to call
   * every animation frame: the legs are never re-sent (only the feature state
   * of those whose state changed), the areas only when the current place
   * changes, and the travelled parts only when they moved.
   *
   * @param options.animate Fly to a new frame (MapLibre itself jumps under prefers-reduced-motion).
   */
  showScene(scene: Scene, options: ShowSceneOptions = {}): void {
    if (scene.journey !== this.#journey) throw new Error('JourneyMap.showScene: the scene is of another journey; make a new map for it.');
    this.#scene = scene;
    if (this.#style.contextLost) return;
    this.#setLegFlag('active', this.#activeLegs, scene.activeLegs);
    this.#activeLegs = scene.activeLegs;
    this.#setLegFlag('pending', this.#pendingLegs, scene.pendingLegs);
    this.#pendingLegs = scene.pendingLegs;
    if (scene.underWayKey !== this.#travelledKey) {
      this.#travelledKey = scene.underWayKey;
      this.#source(TRAVELLED_SOURCE)?.setData(travelledLines(this.#journey, scene.underWay));
    }
    const areasKey = scene.currentPlace ?? '';
    if (areasKey !== this.#areasKey) {
      this.#areasKey = areasKey;
      this.#source(AREAS_SOURCE)?.setData(areasData(scene.areas));
    }
    this.#markers.setCurrent(scene.step);
    if (scene.step === this.#framedStep) return;
    this.#framedStep = scene.step;
    const animate = options.animate ?? false;
    if (animate) this.#minimizeAttribution();
    this.#frame(scene, animate, options.essential ?? false);
  }

  /**
   * Frames the current scene again even though the reader moved the map
   * (a scrolling story's "Back to the story"): a flight, or a cut under
   * reduced motion.
   */
  frameAgain(): void {
    const scene = this.#scene;
    if (scene && !this.#style.contextLost) this.#frame(scene, true, false);
  }

  /**
   * Moves the camera to a scene's focus (camera.ts): a flight whose length
   * follows the distance, or a cut under reduced motion and when not
   * animating; under reduced motion an essential transition is a short,
   * gentle ease (no zoom out and in).
   */
  #frame(scene: Scene, animate: boolean, essential: boolean): void {
    const camera = this.#cameraFor(scene);
    // A map with no room yet (hidden, or mid-layout) is framed when it gets some: see the resize listener.
    if (!camera) {
      this.#readerMoved = false;
      return;
    }
    this.#readerMoved = false;
    // MapLibre also honours reduced motion; asking for a jump makes it certain.
    const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
    if (animate && !reduced) {
      const here: Camera = { center: this.#map.getCenter().toArray() as [number, number], zoom: this.#map.getZoom() };
      // flyTo zooms out on the way and back in, so a long move always shows where it goes.
      this.#map.flyTo({ center: camera.center, zoom: camera.zoom, duration: flightDuration(here, camera), curve: 1.42, essential: false });
    } else if (animate && essential) {
      this.#map.easeTo({ center: camera.center, zoom: camera.zoom, duration: ESSENTIAL_EASE_MS, essential: true });
    } else this.#map.jumpTo({ center: camera.center, zoom: camera.zoom });
  }

  #cameraFor(scene: Scene): Camera | undefined {
    const container = this.#map.getContainer();
    if (container.clientWidth < MIN_FRAMED_PX || container.clientHeight < MIN_FRAMED_PX) return undefined;
    return cameraFor(scene.focus, viewportOf(container, undefined, this.#covered), this.#detail, { labelWidth: labelWidth(scene), maxZoom: MAX_ZOOM });
  }

  /** After a resize, or when the page covers more or less of the map: the same scene, framed again (unless the reader has moved the map). */
  #reframe(): void {
    const scene = this.#scene;
    if (!scene || this.#readerMoved || this.#style.contextLost || this.#map.isMoving()) return;
    const camera = this.#cameraFor(scene);
    if (camera) this.#map.jumpTo(camera);
    this.#readerMoved = false;
  }

  /**
   * Tells the camera how much of the map the page covers on each side (a
   * bottom sheet over it), so the step's place stays in the part the reader
   * sees. The view is framed again at once when it changes, unless
   * `reframe` is false (a new scene follows at once and frames with them).
   */
  setCovered(covered: Insets, reframe = true): void {
    const c = this.#covered;
    if (c.top === covered.top && c.right === covered.right && c.bottom === covered.bottom && c.left === covered.left) return;
    this.#covered = covered;
    if (reframe) this.#reframe();
  }

  /**
   * Shows where each traveller is (markers on the map and dots on the
   * inset). Called every animation frame during playback.
   *
   * @param follow During playback, a point to keep in view (the camera pans, never zooms, to keep it).
   */
  setTravellers(travellers: readonly TravellerMarkerState[]): void {
    this.#travellers.update(travellers);
    this.#markers.layout();
    this.#inset?.setTravellers(
      travellers.flatMap((t) =>
        t.coordinates ? [{ coordinates: [t.coordinates[0] as number, t.coordinates[1] as number] as [number, number], color: t.color, estimated: t.mark !== 'known' }] : [],
      ),
    );
  }

  /**
   * Swaps the basemap for another style without rebuilding the map: the
   * journey's sources and layers are carried into the new style (above it),
   * and the current scene's feature state is applied again once it has
   * loaded. The overview inset follows. A style that can't be loaded leaves
   * the journey on a plain background, as at creation.
   */
  setStyle(styleUrl: string): void {
    this.#style.setStyle(styleUrl);
  }

  /**
   * Sets the whole scene on the map again, as if nothing had been drawn: after
   * a style change, which may have rebuilt the sources and dropped their
   * feature state.
   */
  #reapplyScene(): void {
    this.#activeLegs = new Set();
    this.#pendingLegs = new Set();
    this.#travelledKey = '';
    this.#areasKey = undefined;
    const scene = this.#scene;
    if (scene) this.showScene(scene);
  }

  /** Asks for one more frame (and so one more `idle`), e.g. after the map's element moved in the page. */
  redraw(): void {
    if (this.#style.contextLost) return;
    this.#map.resize();
    this.#map.triggerRepaint();
  }

  /** Listens for a style change having been applied (see `setStyle`). Returns the function that stops listening. */
  onStyle(listener: (styleUrl: string) => void): () => void {
    return this.#style.onStyle(listener);
  }

  /** Sets a feature-state flag on the legs that gain it and clears it on those that lose it. */
  #setLegFlag(flag: keyof LegFeatureState, previous: ReadonlySet<string>, next: ReadonlySet<string>): void {
    const { on, off } = flagChanges(previous, next);
    for (const [legIds, value] of [[on, true], [off, false]] as const) {
      for (const legId of legIds) {
        for (const id of this.#legFeatures.get(legId) ?? []) this.#map.setFeatureState({ source: LEGS_SOURCE, id }, { [flag]: value });
      }
    }
  }

  #source(id: string): GeoJSONSource | undefined {
    return this.#map.getSource(id) as GeoJSONSource | undefined;
  }

  /**
   * Listens for the map settling (`idle`: nothing moving, everything drawn)
   * and starting to move again. Returns the function that stops listening.
   */
  onRenderState(listener: (state: 'idle' | 'moving') => void): () => void {
    return listen(this.#map, { idle: () => listener('idle'), movestart: () => listener('moving') });
  }

  /**
   * Listens for the WebGL context being lost and restored (MapLibre redraws
   * by itself on restore). Returns the function that stops listening.
   */
  onContext(listener: (state: 'lost' | 'restored') => void): () => void {
    return listen(this.#map, { webglcontextlost: () => listener('lost'), webglcontextrestored: () => listener('restored') });
  }

  /** Listens for camera changes: "lng,lat,zoom". Returns the function that stops listening. */
  onCamera(listener: (camera: string) => void): () => void {
    const move = () => {
      const c = this.#map.getCenter();
      listener(`${c.lng.toFixed(5)},${c.lat.toFixed(5)},${this.#map.getZoom().toFixed(2)}`);
    };
    move();
    // MapLibre 6 batches camera events; 'moveend' carries the settled camera.
    return listen(this.#map, { move, moveend: move });
  }

  /**
   * MapLibre shows the compact attribution open until the first drag; a
   * reader who steps instead of dragging should get the map back too. The
   * (i) button still opens it.
   */
  #minimizeAttribution(): void {
    foldAttribution(this.#map.getContainer());
  }

  /** Removes the map, its markers and its inset. */
  destroy(): void {
    this.#removed = true;
    this.#style.destroy();
    this.#markers.destroy();
    this.#travellers.destroy();
    this.#markerHost.remove();
    this.#inset?.destroy();
    this.#map.remove();
  }
}
