/**
 * What the stop and traveller markers need from the MapLibre map, and
 * nothing more: a layer to put their elements in, screen positions, camera
 * changes, and a way to zoom in on points. The markers themselves
 * (stop-markers.ts, traveller-markers.ts) have no map code.
 */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { MARKER_SPACE_CELL, MARKER_SPACE_IMAGE, MARKER_SPACE_SOURCE, markerSpaceCells } from './journey-layers.ts';
import { listen } from './map-events.ts';

export interface MarkerView {
  readonly width: number;
  readonly height: number;
  /** The part of the map not under the page's cover, in pixels from its top left. */
  readonly area: { x: number; y: number; w: number; h: number };
  /** What is drawn over the map, in pixels from its top left. */
  readonly overlays: readonly { x: number; y: number; w: number; h: number }[];
}

export interface MarkerHostOptions {
  /** How much of each side the page covers now (a bottom sheet). */
  readonly covered?: () => { top: number; right: number; bottom: number; left: number };
  /** A selector for what is drawn over the map, looked up around its container. */
  readonly overlays?: string;
  /** More overlays (the inset). */
  readonly extraOverlays?: readonly HTMLElement[];
}

export interface MarkerHost {
  /** The element the markers go in: it covers the map and moves with nothing. */
  readonly layer: HTMLElement;
  /** Where a point is on screen, in CSS pixels from the map's top left; of a point's copies east and west, the nearest to the centre. */
  project(lngLat: readonly [number, number]): { x: number; y: number };
  /** The map's size, the part of it the page leaves uncovered (a bottom sheet over it), and the overlays on it (controls, inset, key). */
  view(): MarkerView;
  /** Calls back on every camera change, `settled` once it has stopped. Returns the function that stops listening. */
  onMove(listener: (settled: boolean) => void): () => void;
  /**
   * Zooms in on these points just enough that every two lie `apart` pixels
   * apart, or, where that would not keep them all in view, as far as it does
   * (choosing again then zooms further). False when it can zoom in no further.
   */
  fitPoints(points: readonly (readonly [number, number])[], apart: number): boolean;
  /**
   * Keeps the basemap's labels out of these boxes (screen pixels): where the markers and labels are now;
   * and out from under the overlays (controls, inset, key), where a label would show cut ("• M" for Munich beside the zoom buttons),
   * and off the edges of what the reader sees ("rdeaux"; a label half under the phone's sheet).
   */
  reserve(boxes: readonly { x: number; y: number; w: number; h: number }[]): void;
  /** Removes the layer. */
  remove(): void;
}

/** Thin strips along the edges of the part of the map the reader sees (the map's, or the top of a sheet over it): a basemap label across one would show cut. */
function edges({ x, y, w, h }: MarkerView['area']): { x: number; y: number; w: number; h: number }[] {
  return [
    { x, y, w, h: 1 },
    { x, y: y + h - 1, w, h: 1 },
    { x, y, w: 1, h },
    { x: x + w - 1, y, w: 1, h },
  ];
}

/** Inside the canvas container, as MapLibre's own markers are, so that a drag starting on a marker still pans the map. */
export function markerHost(map: MapLibreMap, options: MarkerHostOptions = {}): MarkerHost {
  const layer = document.createElement('div');
  layer.className = 'markers';
  map.getCanvasContainer().append(layer);
  // The marker space layer's invisible square: added now, and again for any new style that lacks it.
  const addImage = (id: string) => {
    if (id !== MARKER_SPACE_IMAGE || map.hasImage(MARKER_SPACE_IMAGE)) return;
    map.addImage(MARKER_SPACE_IMAGE, { width: MARKER_SPACE_CELL, height: MARKER_SPACE_CELL, data: new Uint8Array(MARKER_SPACE_CELL * MARKER_SPACE_CELL * 4) });
  };
  addImage(MARKER_SPACE_IMAGE);
  map.setMissingStyleImageResolver(addImage);
  const offImage = () => map.setMissingStyleImageResolver(null);
  return {
    layer,
    project([lng, lat]) {
      const centre = map.getCenter().lng;
      let l = lng;
      while (l - centre > 180) l -= 360;
      while (l - centre < -180) l += 360;
      const { x, y } = map.project([l, lat]);
      return { x, y };
    },
    view() {
      const c = map.getContainer();
      const width = c.clientWidth;
      const height = c.clientHeight;
      const cover = options.covered?.() ?? { top: 0, right: 0, bottom: 0, left: 0 };
      const area = { x: cover.left, y: cover.top, w: Math.max(0, width - cover.left - cover.right), h: Math.max(0, height - cover.top - cover.bottom) };
      const origin = c.getBoundingClientRect();
      const root = c.parentElement ?? c;
      const elements = new Set([...(options.overlays ? root.querySelectorAll(options.overlays) : []), ...(options.extraOverlays ?? [])]);
      const overlays = [...elements].flatMap((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0 ? [{ x: r.left - origin.left, y: r.top - origin.top, w: r.width, h: r.height }] : [];
      });
      return { width, height, area, overlays };
    },
    onMove(listener) {
      return listen(map, { move: () => listener(false), moveend: () => listener(true), resize: () => listener(true) });
    },
    fitPoints(points, apart) {
      if (points.length === 0) return false;
      // The short way round: longitudes near the first point's.
      const near = points.map(([lng, lat]) => [lng + 360 * Math.round((points[0]![0] - lng) / 360), lat] as const);
      const lngs = near.map((p) => p[0]);
      const lats = near.map((p) => p[1]);
      const { width, height } = this.view();
      const padding = Math.max(24, Math.min(width, height) * 0.2);
      const fit = map.cameraForBounds(
        [
          [Math.min(...lngs), Math.min(...lats)],
          [Math.max(...lngs), Math.max(...lats)],
        ],
        { padding },
      );
      if (!fit) return false;
      const screen = near.map((p) => this.project(p));
      let closest = Infinity;
      for (let i = 0; i < screen.length; i++) for (let j = i + 1; j < screen.length; j++) closest = Math.min(closest, Math.hypot(screen[i]!.x - screen[j]!.x, screen[i]!.y - screen[j]!.y));
      const needed = closest > 0 ? map.getZoom() + Math.log2((apart * 1.25) / closest) : Infinity;
      const zoom = Math.min(needed, fit.zoom ?? map.getMaxZoom(), map.getMaxZoom());
      if (zoom < map.getZoom() + 0.05) return false;
      map.easeTo({ center: fit.center, zoom, duration: 600, essential: false });
      return true;
    },
    reserve(boxes) {
      const source = map.getSource(MARKER_SPACE_SOURCE) as GeoJSONSource | undefined;
      if (!source) return;
      const { overlays, area } = this.view();
      source.setData({
        type: 'FeatureCollection',
        features: markerSpaceCells([...boxes, ...overlays, ...edges(area)]).map(({ x, y }) => {
          const { lng, lat } = map.unproject([x, y]);
          return { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [lng, lat] } };
        }),
      });
    },
    remove() {
      offImage();
      layer.remove();
    },
  };
}
