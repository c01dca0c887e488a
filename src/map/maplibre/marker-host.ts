/**
 * What the stop and traveller markers need from the MapLibre map, and
 * nothing more: a layer to put their elements in, screen positions, camera
 * changes, and a way to zoom in on points. The markers themselves
 * (stop-markers.ts, traveller-markers.ts) have no map code.
 */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { MARKER_SPACE_CELL, MARKER_SPACE_IMAGE, MARKER_SPACE_SOURCE, markerSpaceCells } from './journey-layers.ts';
import { listen } from './map-events.ts';

export interface MarkerHost {
  /** The element the markers go in: it covers the map and moves with nothing. */
  readonly layer: HTMLElement;
  /** Where a point is on screen, in CSS pixels from the map's top left; of a point's copies east and west, the nearest to the centre. */
  project(lngLat: readonly [number, number]): { x: number; y: number };
  size(): { width: number; height: number };
  /** Calls back on every camera change, `settled` once it has stopped. Returns the function that stops listening. */
  onMove(listener: (settled: boolean) => void): () => void;
  /** Zooms in so these points lie well apart on screen. */
  fitPoints(points: readonly (readonly [number, number])[]): void;
  /** Keeps the basemap's labels out of these boxes (screen pixels): where the markers and labels are now. */
  reserve(boxes: readonly { x: number; y: number; w: number; h: number }[]): void;
  /** Removes the layer. */
  remove(): void;
}

/** Inside the canvas container, as MapLibre's own markers are, so that a drag starting on a marker still pans the map. */
export function markerHost(map: MapLibreMap): MarkerHost {
  const layer = document.createElement('div');
  layer.className = 'markers';
  map.getCanvasContainer().append(layer);
  // The marker space layer's invisible square, added again whenever a new style lacks it.
  const addImage = (e: { id: string }) => {
    if (e.id !== MARKER_SPACE_IMAGE || map.hasImage(MARKER_SPACE_IMAGE)) return;
    map.addImage(MARKER_SPACE_IMAGE, { width: MARKER_SPACE_CELL, height: MARKER_SPACE_CELL, data: new Uint8Array(MARKER_SPACE_CELL * MARKER_SPACE_CELL * 4) });
  };
  map.on('styleimagemissing', addImage);
  const offImage = () => map.off('styleimagemissing', addImage);
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
    size() {
      const c = map.getContainer();
      return { width: c.clientWidth, height: c.clientHeight };
    },
    onMove(listener) {
      return listen(map, { move: () => listener(false), moveend: () => listener(true), resize: () => listener(true) });
    },
    fitPoints(points) {
      if (points.length === 0) return;
      // The short way round: longitudes near the first point's.
      const lngs = points.map(([lng]) => lng + 360 * Math.round((points[0]![0] - lng) / 360));
      const lats = points.map((p) => p[1]);
      const { width, height } = this.size();
      const padding = Math.max(24, Math.min(width, height) * 0.3);
      map.fitBounds(
        [
          [Math.min(...lngs), Math.min(...lats)],
          [Math.max(...lngs), Math.max(...lats)],
        ],
        { padding, essential: false, duration: 600 },
      );
    },
    reserve(boxes) {
      const source = map.getSource(MARKER_SPACE_SOURCE) as GeoJSONSource | undefined;
      source?.setData({
        type: 'FeatureCollection',
        features: markerSpaceCells(boxes).map(({ x, y }) => {
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
