/**
 * The overview inset: a small second map, zoomed far out, with a box that
 * shows where the main view sits. It follows the main map and never takes
 * input.
 */
import { Map as MapLibreMap } from 'maplibre-gl';
import type { GeoJSONSource } from 'maplibre-gl';
import type { FeatureCollection, Point, Polygon } from 'geojson';
import { loadStyle } from './basemap.ts';

const VIEW_SOURCE = 'overview-view';
/** How many zoom levels the inset sits above the main map. */
const ZOOM_OUT = 5;

export class OverviewInset {
  readonly #main: MapLibreMap;
  #inset: MapLibreMap | undefined;
  readonly #sync = () => this.#update();
  #removed = false;

  constructor(main: MapLibreMap, container: HTMLElement, styleUrl: string) {
    this.#main = main;
    loadStyle(styleUrl)
      .then((style) => {
        if (this.#removed) return;
        // Labels are noise at this size.
        style.layers = style.layers.filter((l) => l.type !== 'symbol');
        const inset = new MapLibreMap({
          container,
          style,
          interactive: false,
          attributionControl: false,
          fadeDuration: 0,
          center: main.getCenter(),
          zoom: Math.max(0, main.getZoom() - ZOOM_OUT),
        });
        this.#inset = inset;
        inset.getCanvas().setAttribute('aria-hidden', 'true');
        inset.getCanvasContainer().setAttribute('aria-hidden', 'true');
        inset.once('load', () => {
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
          this.#update();
        });
        main.on('move', this.#sync);
      })
      .catch(() => container.remove());
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

  #update(): void {
    const inset = this.#inset;
    if (!inset) return;
    inset.jumpTo({ center: this.#main.getCenter(), zoom: Math.max(0, this.#main.getZoom() - ZOOM_OUT) });
    (inset.getSource(VIEW_SOURCE) as GeoJSONSource | undefined)?.setData(this.#viewBox());
  }

  destroy(): void {
    this.#removed = true;
    this.#main.off('move', this.#sync);
    this.#inset?.remove();
  }
}
