import type { StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import type { JourneyContext } from '../../journey/context-schema.ts';
import { CONTEXT_SOURCE, paletteFor, withContext } from './context-layers.ts';

const style = (background: string): StyleSpecification => ({
  version: 8,
  sources: {},
  layers: [
    { id: 'background', type: 'background', paint: { 'background-color': background } },
    { id: 'land', type: 'fill', source: 'x', paint: {} },
    { id: 'cities', type: 'symbol', source: 'x', layout: {} },
  ],
});
const context: JourneyContext = {
  type: 'FeatureCollection', title: 'Old town', note: 'Drawn by hand',
  features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [10, 50] }, properties: { kind: 'caption', label: 'Schematic' } }],
};

describe('the context layers in a style', () => {
  it('puts the shapes under the basemap labels, the labels over them and under the journey', () => {
    const base = style('#cfe0ea');
    const ids = withContext({ ...base, layers: [...base.layers, { id: 'journey-legs', type: 'line', source: 'j' }] }, context, new Set(['journey-legs'])).layers.map((l) => l.id);
    expect(ids.indexOf('context-river')).toBeGreaterThan(ids.indexOf('land'));
    expect(ids.indexOf('context-area-wall')).toBeLessThan(ids.indexOf('cities'));
    expect(ids.indexOf('context-caption')).toBeGreaterThan(ids.indexOf('cities'));
    expect(ids.at(-1)).toBe('journey-legs');
  });

  it('is credited as schematic, replaced rather than doubled, and gone without a context', () => {
    const once = withContext(style('#cfe0ea'), context);
    expect(once.sources[CONTEXT_SOURCE]).toMatchObject({ attribution: 'Old town: schematic, not to scale' });
    expect(withContext(once, context).layers.length).toBe(once.layers.length);
    expect(withContext(once, undefined).layers.map((l) => l.id)).toEqual(['background', 'land', 'cities']);
  });

  it('takes dark colours on a dark basemap', () => {
    expect(paletteFor(style('#1c2830')).water).toBe('#1c2830');
    expect(paletteFor(style('#cfe0ea')).water).toBe('#cfe0ea');
  });
});
