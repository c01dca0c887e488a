import { VectorTile } from '@mapbox/vector-tile';
import type { FeatureCollection } from 'geojson';
import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';
import { cutTiles } from './basemap-tiles.ts';

/** A box over western Europe, and two points: Dublin (shown from zoom 0) and Geneva (from zoom 2). */
const land: FeatureCollection = {
  type: 'FeatureCollection',
  features: [{ type: 'Feature', properties: { name: 'Europe', extra: 1 }, geometry: { type: 'Polygon', coordinates: [[[-10, 40], [20, 40], [20, 60], [-10, 60], [-10, 40]]] } }],
};
const places: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { name: 'Dublin', from: 0 }, geometry: { type: 'Point', coordinates: [-6.26, 53.35] } },
    { type: 'Feature', properties: { name: 'Geneva', from: 2 }, geometry: { type: 'Point', coordinates: [6.14, 46.2] } },
  ],
};
const decode = (bytes: Uint8Array) => new VectorTile(new PbfReader(bytes));
const names = (bytes: Uint8Array) => {
  const layer = decode(bytes).layers.places;
  return layer ? Array.from({ length: layer.length }, (_, i) => layer.feature(i).properties.name) : [];
};

describe('cutTiles', () => {
  const tiles = cutTiles({ land: { data: land }, places: { data: places, minZoom: (f) => Number(f.properties?.from) } }, 2);
  const at = (z: number, x: number, y: number) => tiles.find((t) => t.z === z && t.x === x && t.y === y)!.bytes;

  it('writes every tile of the pyramid, in z, x, y order, empty where there is nothing', () => {
    expect(tiles.map((t) => `${t.z}/${t.x}/${t.y}`).slice(0, 6)).toEqual(['0/0/0', '1/0/0', '1/0/1', '1/1/0', '1/1/1', '2/0/0']);
    expect(tiles).toHaveLength(1 + 4 + 16);
    // Zoom 2, x 0: the Americas' quarter holds nothing of Europe.
    expect(at(2, 0, 1).byteLength).toBe(0);
    expect(at(0, 0, 0).byteLength).toBeGreaterThan(0);
  });

  it('keeps each layer and its properties', () => {
    const tile = decode(at(1, 0, 0));
    expect(Object.keys(tile.layers).sort()).toEqual(['land', 'places']);
    expect(tile.layers.land!.feature(0).properties).toEqual({ name: 'Europe', extra: 1 });
    expect(tile.layers.land!.extent).toBe(4096);
  });

  it('leaves a feature out of the tiles below its minimum zoom', () => {
    expect(names(at(0, 0, 0))).toEqual(['Dublin']);
    expect(names(at(1, 1, 0))).toEqual([]);
    // Geneva (6.14° E, 46.2° N) is in tile 2/2/1 at zoom 2, and only there.
    expect(names(at(2, 2, 1))).toEqual(['Geneva']);
    expect(names(at(2, 1, 1))).toEqual(['Dublin']);
  });
});
