/**
 * The overview inset: a small second map, zoomed far out, with a box that
 * shows where the main view sits, the routes, and every traveller. When a
 * traveller is off the main map (Zelensky in Dublin while the envoys walk in
 * Moscow), the inset widens to show them too. It follows the main map and
 * never takes input. When the main map's style changes, the inset takes the
 * same style (`setStyle`) and keeps its own layers. Its container reflects
 * `data-camera` ("lng,lat,zoom") each time it follows, gets `data-ready`
 * once the inset has drawn (an empty frame is never shown), and
 * `data-redundant` while the main map is zoomed out so far that the inset
 * would show nothing more.
 */
import { Map as MapLibreMap } from 'maplibre-gl';
import type { GeoJSONSource, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection, LineString, Point, Polygon } from 'geojson';
import { guardRequest, loadStyle } from './basemap.ts';
import { watchBasemapData } from './basemap-watch.ts';

const VIEW_SOURCE = 'overview-view';
const LEGS_SOURCE = 'overview-legs';
const TRAVELLERS_SOURCE = 'overview-travellers';
const OWN_SOURCES = new Set([VIEW_SOURCE, LEGS_SOURCE, TRAVELLERS_SOURCE]);

/** A traveller's dot on the inset. */
export interface InsetTraveller {
  readonly coordinates: [number, number];
  readonly color: string;
  readonly estimated: boolean;
}
/** How many zoom levels the inset sits above the main map. */
const ZOOM_OUT = 5;
/**
 * Below this zoom the main map already shows a good part of the world, and
 * the inset (at zoom 0 at most) could show little more: it steps aside.
 */
const MIN_MAIN_ZOOM = 3.5;
/**
 * The inset redraws at most this often. It is a glance at where things are,
 * and each redraw is a second map's frame, which during playback would
 * double the GPU work for no visible gain.
 */
const REDRAW_INTERVAL_MS = 200;

export class OverviewInset {
  readonly #main: MapLibreMap;
  #inset: MapLibreMap | undefined;
  readonly #sync = () => this.#schedule();
  #removed = false;
  #travellers: readonly InsetTraveller[] = [];
  #travellersKey = '';
  #travellersChanged = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #lastRedraw = 0;
  readonly #legs: FeatureCollection<LineString>;
  /** The style asked for last; the one the inset opens with, if it is not open yet. */
  #styleUrl: string;
  #styleGeneration = 0;

  constructor(main: MapLibreMap, container: HTMLElement, styleUrl: string, legs: FeatureCollection<LineString>) {
    this.#main = main;
    this.#legs = legs;
    this.#styleUrl = styleUrl;
    const generation = this.#styleGeneration;
    insetStyle(styleUrl)
      .then((style) => {
        if (this.#removed) return;
        // The style changed while this one loaded: open on the new one.
        if (generation !== this.#styleGeneration) return insetStyle(this.#styleUrl);
        return style;
      })
      .then((style) => {
        if (this.#removed || !style) return;
        const inset = new MapLibreMap({
          container,
          style,
          interactive: false,
          attributionControl: false,
          fadeDuration: 0,
          center: main.getCenter(),
          zoom: Math.max(0, main.getZoom() - ZOOM_OUT),
          transformRequest: guardRequest(),
        });
        this.#inset = inset;
        // Slow basemap data is dropped (the main map says so), so the inset still loads.
        inset.once('remove', watchBasemapData(inset, OWN_SOURCES, () => undefined));
        inset.getCanvas().setAttribute('aria-hidden', 'true');
        inset.getCanvasContainer().setAttribute('aria-hidden', 'true');
        inset.once('load', () => {
          inset.addSource(LEGS_SOURCE, { type: 'geojson', data: this.#legs });
          inset.addLayer({ id: 'overview-legs', type: 'line', source: LEGS_SOURCE, paint: { 'line-color': ['get', 'color'], 'line-width': 1.2, 'line-opacity': 0.8 } });
          inset.addSource(TRAVELLERS_SOURCE, { type: 'geojson', data: this.#travellerPoints() });
          inset.addSource(VIEW_SOURCE, { type: 'geojson', data: this.#viewBox() });
          inset.addLayer({ id: 'overview-view-fill', type: 'fill', source: VIEW_SOURCE, paint: { 'fill-color': '#c2410c', 'fill-opacity': 0.15 } });
          inset.addLayer({ id: 'overview-view-line', type: 'line', source: VIEW_SOURCE, paint: { 'line-color': '#c2410c', 'line-width': 1.5 } });
          inset.addLayer({
            id: 'overview-view-point',
            type: 'circle',
            source: VIEW_SOURCE,
            paint: { 'circle-radius': 3, 'circle-color': '#c2410c' },
            filter: ['==', ['geometry-type'], 'Point'],
          });
          inset.addLayer({
            id: 'overview-travellers',
            type: 'circle',
            source: TRAVELLERS_SOURCE,
            paint: {
              'circle-radius': 3.5,
              'circle-color': ['case', ['get', 'estimated'], '#ffffff', ['get', 'color']],
              'circle-stroke-color': ['get', 'color'],
              'circle-stroke-width': 1.5,
            },
          });
          this.#update();
          inset.once('idle', () => container.setAttribute('data-ready', ''));
        });
        main.on('move', this.#sync);
      })
      .catch(() => container.remove());
  }

  /**
   * Takes another basemap style, keeping the inset's own sources and layers
   * (carried over by `transformStyle`), drawn on top.
   */
  setStyle(styleUrl: string): void {
    if (styleUrl === this.#styleUrl) return;
    this.#styleUrl = styleUrl;
    const generation = ++this.#styleGeneration;
    // Not open yet: it opens on the latest style (see the constructor).
    if (!this.#inset) return;
    insetStyle(styleUrl).then(
      (style) => {
        const inset = this.#inset;
        if (this.#removed || !inset || generation !== this.#styleGeneration) return;
        inset.setStyle(style, {
          transformStyle: (previous, next) => {
            if (!previous) return next;
            const sources = { ...next.sources };
            for (const [id, source] of Object.entries(previous.sources)) if (OWN_SOURCES.has(id)) sources[id] = source;
            const own: LayerSpecification[] = previous.layers.filter((l) => 'source' in l && OWN_SOURCES.has(l.source));
            return { ...next, sources, layers: [...next.layers, ...own] };
          },
        });
        inset.once('style.load', () => this.#update());
      },
      // The inset is a glance: without its new background it keeps the old one.
      () => undefined,
    );
  }

  /** The main view as a box, plus its centre as a dot that stays visible when the box is tiny. */
  #viewBox(): FeatureCollection<Polygon | Point> {
    const b = this.#main.getBounds();
    const [w, s, e, n] = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
    const c = this.#main.getCenter();
    return {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] } },
        { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [c.lng, c.lat] } },
      ],
    };
  }

  /** Updates the travellers' dots, widening the inset if one is off the main map. */
  setTravellers(travellers: readonly InsetTraveller[]): void {
    // To a tenth of a pixel at the inset's scale, most frames move nobody.
    const key = travellers.map((t) => `${t.coordinates[0].toFixed(3)},${t.coordinates[1].toFixed(3)},${t.estimated}`).join(';');
    if (key === this.#travellersKey) return;
    this.#travellersKey = key;
    this.#travellers = travellers;
    this.#travellersChanged = true;
    this.#schedule();
  }

  /** One redraw soon: at once if the last was long enough ago, else when it will be. */
  #schedule(): void {
    if (this.#timer !== undefined || this.#removed) return;
    const wait = Math.max(0, this.#lastRedraw + REDRAW_INTERVAL_MS - performance.now());
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#lastRedraw = performance.now();
      if (this.#travellersChanged) {
        this.#travellersChanged = false;
        (this.#inset?.getSource(TRAVELLERS_SOURCE) as GeoJSONSource | undefined)?.setData(this.#travellerPoints());
      }
      this.#update();
    }, wait);
  }

  #travellerPoints(): FeatureCollection<Point> {
    return {
      type: 'FeatureCollection',
      features: this.#travellers.map((t) => ({ type: 'Feature', properties: { color: t.color, estimated: t.estimated }, geometry: { type: 'Point', coordinates: t.coordinates } })),
    };
  }

  #update(): void {
    const inset = this.#inset;
    if (!inset) return;
    const view = this.#main.getBounds();
    const center = this.#main.getCenter();
    const offscreen = this.#travellers.filter((t) => !view.contains(t.coordinates));
    const zoom = Math.max(0, this.#main.getZoom() - ZOOM_OUT);
    if (offscreen.length === 0) inset.jumpTo({ center, zoom });
    else {
      // Each longitude the short way from the view's centre, so a box across ±180° stays narrow.
      const xs = [view.getWest(), view.getEast(), ...offscreen.map((t) => nearestLongitude(t.coordinates[0], center.lng))];
      const ys = [view.getSouth(), view.getNorth(), ...offscreen.map((t) => t.coordinates[1])];
      const camera = inset.cameraForBounds([Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)], { padding: 10 });
      if (camera) inset.jumpTo({ ...camera, zoom: Math.min(camera.zoom ?? zoom, zoom) });
    }
    (inset.getSource(VIEW_SOURCE) as GeoJSONSource | undefined)?.setData(this.#viewBox());
    inset.getContainer().toggleAttribute('data-redundant', this.#main.getZoom() < MIN_MAIN_ZOOM);
    // For tests and debugging, as the main map's data-camera: where the inset looks.
    const c = inset.getCenter();
    inset.getContainer().dataset.camera = `${c.lng.toFixed(3)},${c.lat.toFixed(3)},${inset.getZoom().toFixed(2)}`;
  }

  destroy(): void {
    this.#removed = true;
    clearTimeout(this.#timer);
    this.#main.off('move', this.#sync);
    this.#inset?.remove();
  }
}

/** A basemap style for the inset: labels are noise at its size. */
async function insetStyle(styleUrl: string): Promise<StyleSpecification> {
  const style = await loadStyle(styleUrl);
  return { ...style, layers: style.layers.filter((l) => l.type !== 'symbol') };
}

/**
 * The longitude equal to `lng` (give or take whole turns) nearest to
 * `reference`: for boxes that cross the antimeridian, which MapLibre frames
 * the short way when their east edge lies past 180°.
 *
 * @example nearestLongitude(-170, 175) // 190
 */
export function nearestLongitude(lng: number, reference: number): number {
  return lng + 360 * Math.round((reference - lng) / 360);
}
