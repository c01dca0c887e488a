/**
 * Cuts GeoJSON layers into a pyramid of Mapbox vector tiles (issue 19), for
 * `npm run basemap`: static `z/x/y.pbf` files that any static host serves, so
 * the map loads only the tiles in view instead of every GeoJSON file whatever
 * the view. Pure: no files, no network.
 *
 * The cutting is what MapLibre's own GeoJSON source does in its worker
 * (`@maplibre/geojson-vt`, same simplification per zoom), done once at build
 * time and written with `@maplibre/vt-pbf`, so the map looks as it did with
 * GeoJSON. At `maxZoom` geojson-vt keeps every vertex (it simplifies only
 * below), and MapLibre overzooms those tiles beyond it.
 */
import { GeoJSONVT, type GeoJSONVTTile } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { Feature, FeatureCollection } from 'geojson';

/** One source layer of the tiles. */
export interface TileLayer {
  readonly data: FeatureCollection;
  /**
   * The lowest tile zoom that carries a feature (default 0): a label the style
   * shows only from zoom 3.5 need not weigh on the tiles of zooms 0 to 2.
   */
  readonly minZoom?: (feature: Feature) => number;
}

/** One tile: its address and its bytes (empty where no layer has anything there). */
export interface Tile {
  readonly z: number;
  readonly x: number;
  readonly y: number;
  readonly bytes: Uint8Array;
}

/** Tile extent and buffer, in tile units: geojson-vt's and MapLibre's defaults for vector tiles. */
const EXTENT = 4096;
const BUFFER = 64;

/**
 * Every tile from zoom 0 to `maxZoom`, in z, x, y order. Tiles where no layer
 * has a feature (open ocean) come back with no bytes rather than being left
 * out: a static host answers a missing file with 404 (logged by the browser as
 * an error), and some dev servers with their index page.
 *
 * @example cutTiles({ land: { data: europe } }, 2).filter((t) => t.bytes.length > 0).length // tiles that hold land
 */
export function cutTiles(layers: Readonly<Record<string, TileLayer>>, maxZoom: number): Tile[] {
  const index = (features: Feature[]) => new GeoJSONVT({ type: 'FeatureCollection', features }, { maxZoom, indexMaxZoom: 0, extent: EXTENT, buffer: BUFFER });
  // A layer with a minimum zoom per feature gets an index per zoom; the others one for all zooms.
  const shared = new Map(Object.entries(layers).filter(([, l]) => !l.minZoom).map(([name, l]) => [name, index(l.data.features)]));
  const byZoom = Array.from({ length: maxZoom + 1 }, (_, z) =>
    Object.entries(layers).map(([name, layer]) =>
      [name, shared.get(name) ?? index(layer.data.features.filter((f) => layer.minZoom!(f) <= z))] as const),
  );
  const tiles: Tile[] = [];
  for (let z = 0; z <= maxZoom; z++) {
    const indexes = byZoom[z]!;
    for (let x = 0; x < 2 ** z; x++) {
      for (let y = 0; y < 2 ** z; y++) {
        const found: Record<string, GeoJSONVTTile> = {};
        for (const [name, index] of indexes) {
          const tile = index.getTile(z, x, y);
          if (tile && tile.features.length > 0) found[name] = tile;
        }
        const bytes = Object.keys(found).length > 0 ? fromGeojsonVt(found, { version: 2, extent: EXTENT }) : new Uint8Array(0);
        tiles.push({ z, x, y, bytes });
      }
    }
  }
  return tiles;
}
