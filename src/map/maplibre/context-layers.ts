/**
 * The journey's schematic context layer on the map (issue 17): streets,
 * squares, buildings, rivers and walled areas from the journey's `context`,
 * drawn at street scale under the route, in the basemap's light or dark
 * colours. Its shapes go under the basemap's labels, its labels over them,
 * and the journey's own layers over both. The attribution always says it is
 * schematic (src/map/context.ts).
 */
import type { ExpressionSpecification, FilterSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { JourneyContext } from '../../journey/context-schema.ts';
import { contextAttribution } from '../context.ts';

export const CONTEXT_SOURCE = 'journey-context';
const FONTS = ['Noto Sans', 'DejaVu Sans', 'sans-serif'];

interface Palette {
  water: string;
  land: string;
  text: string;
  halo: string;
  dot: string;
  brick: string;
  square: string;
  riverLine: string;
  riverText: string;
  street: string;
  caption: string;
}
/** The embedded basemap's colours (src/cli/build-basemap.ts), light and dark. */
const LIGHT: Palette = {
  water: '#cfe0ea', land: '#f4f1ea', text: '#2f2f2f', halo: 'rgba(250, 248, 243, 0.92)', dot: '#4a4a4a', brick: '#a4412f',
  square: '#e6d8c3', riverLine: '#a8c4d4', riverText: '#4b7389', street: '#dcd5c5', caption: '#8b8579',
};
const DARK: Palette = {
  water: '#1c2830', land: '#2c2c2a', text: '#e6e2d8', halo: 'rgba(28, 28, 27, 0.9)', dot: '#cfcac0', brick: '#d0735c',
  square: '#463e34', riverLine: '#35505f', riverText: '#8fb3c7', street: '#4d4941', caption: '#9a958b',
};

/** Dark colours on a style whose background is dark (by its luminance), light ones otherwise. */
export function paletteFor(style: StyleSpecification): Palette {
  const background = style.layers.find((l) => l.type === 'background') as { paint?: Record<string, unknown> } | undefined;
  const colour = background?.paint?.['background-color'];
  const hex = typeof colour === 'string' ? /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour) : null;
  if (!hex) return LIGHT;
  const [r, g, b] = hex.slice(1).map((h) => parseInt(h, 16) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.4 ? DARK : LIGHT;
}

const kindIs = (...kinds: string[]): FilterSpecification => (kinds.length === 1 ? ['==', ['get', 'kind'], kinds[0]!] : ['in', ['get', 'kind'], ['literal', kinds]]);
const geometryIs = (type: 'Point' | 'LineString' | 'Polygon'): FilterSpecification => ['==', ['geometry-type'], type];
const all = (...filters: FilterSpecification[]): FilterSpecification => ['all', ...filters] as FilterSpecification;
/** Labelled on the map unless `showLabel` is false. */
const labelled: FilterSpecification = ['!=', ['get', 'showLabel'], false];
const z = (stops: number[]) => ['interpolate', ['linear'], ['zoom'], ...stops] as ExpressionSpecification;
const textPaint = (p: Palette, color = p.text) => ({ 'text-color': color, 'text-halo-color': p.halo, 'text-halo-width': 1.4, 'text-halo-blur': 0.3 });
/** The label, and the local name under it where there is one. */
const bilingual: ExpressionSpecification = ['case', ['has', 'labelLocal'], ['format', ['get', 'label'], {}, '\n', {}, ['get', 'labelLocal'], { 'font-scale': 0.8 }], ['get', 'label']];

/** The shapes: under the basemap's labels. */
function shapeLayers(p: Palette): LayerSpecification[] {
  const source = CONTEXT_SOURCE;
  const polygon = geometryIs('Polygon');
  const line = geometryIs('LineString');
  return [
    { id: 'context-river', type: 'fill', source, filter: all(kindIs('river'), polygon), minzoom: 12, paint: { 'fill-color': p.water, 'fill-outline-color': p.riverLine } },
    { id: 'context-river-line', type: 'line', source, filter: all(kindIs('river'), line), minzoom: 12, layout: { 'line-cap': 'round', 'line-join': 'round' }, paint: { 'line-color': p.water, 'line-width': z([12, 3, 16, 12]) } },
    { id: 'context-square', type: 'fill', source, filter: all(kindIs('square'), polygon), minzoom: 12, paint: { 'fill-color': p.square } },
    { id: 'context-building', type: 'fill', source, filter: all(kindIs('building'), polygon), minzoom: 12, paint: { 'fill-color': p.street, 'fill-outline-color': p.dot } },
    { id: 'context-street', type: 'line', source, filter: all(['!', kindIs('river')] as FilterSpecification, line), minzoom: 12, layout: { 'line-cap': 'round' }, paint: { 'line-color': p.street, 'line-width': z([12, 2, 16, 8]) } },
    { id: 'context-area-fill', type: 'fill', source, filter: all(kindIs('area'), polygon), minzoom: 12, paint: { 'fill-color': p.brick, 'fill-opacity': 0.07 } },
    { id: 'context-area-wall', type: 'line', source, filter: all(kindIs('area'), polygon), minzoom: 12, layout: { 'line-join': 'round' }, paint: { 'line-color': p.brick, 'line-width': z([12, 1.5, 16, 4]) } },
  ];
}

/** The labels: over the basemap's labels, under the journey's layers. In this order, so the caption wins a collision. */
function labelLayers(p: Palette): LayerSpecification[] {
  const source = CONTEXT_SOURCE;
  const line = geometryIs('LineString');
  const notLine: FilterSpecification = ['!=', ['geometry-type'], 'LineString'];
  return [
    { id: 'context-river-label', type: 'symbol', source, filter: all(kindIs('river'), line, labelled), minzoom: 13, paint: textPaint(p, p.riverText),
      layout: { 'text-font': FONTS, 'text-size': 12, 'text-field': ['get', 'label'], 'symbol-placement': 'line', 'text-letter-spacing': 0.1 } },
    { id: 'context-street-label', type: 'symbol', source, filter: all(['!', kindIs('river')] as FilterSpecification, line, labelled), minzoom: 14, paint: textPaint(p),
      layout: { 'text-font': FONTS, 'text-size': 11, 'text-field': ['get', 'label'], 'symbol-placement': 'line' } },
    { id: 'context-building-dots', type: 'circle', source, filter: all(kindIs('building'), geometryIs('Point')), minzoom: 13, paint: { 'circle-radius': 3.5, 'circle-color': p.dot, 'circle-stroke-color': p.land, 'circle-stroke-width': 1.2 } },
    { id: 'context-building-labels', type: 'symbol', source, filter: all(kindIs('building', 'street'), notLine, labelled), minzoom: 13.5, paint: textPaint(p),
      layout: { 'text-font': FONTS, 'text-size': 12, 'text-field': bilingual, 'text-variable-anchor': ['top', 'bottom', 'left', 'right'], 'text-radial-offset': 0.6, 'text-justify': 'auto' } },
    { id: 'context-river-names', type: 'symbol', source, filter: all(kindIs('river'), notLine, labelled), minzoom: 13, paint: textPaint(p, p.riverText),
      layout: { 'text-font': FONTS, 'text-size': 12, 'text-field': bilingual, 'text-letter-spacing': 0.1 } },
    { id: 'context-area-labels', type: 'symbol', source, filter: all(kindIs('area', 'square'), notLine, labelled), minzoom: 12.5, paint: textPaint(p, p.brick),
      layout: { 'text-font': FONTS, 'text-size': z([12.5, 11, 16, 15]), 'text-field': bilingual, 'text-transform': 'uppercase', 'text-letter-spacing': 0.06 } },
    { id: 'context-caption', type: 'symbol', source, filter: all(kindIs('caption'), labelled), minzoom: 12, paint: textPaint(p, p.caption),
      layout: { 'text-font': FONTS, 'text-size': 11, 'text-field': bilingual, 'text-allow-overlap': true } },
  ];
}

export const isContextLayer = (id: string): boolean => id.startsWith('context-');

/**
 * The style with the context drawn into it (or as it was, without a
 * context): its source, its shapes before the style's first label layer,
 * its labels before the first of `above` (the journey's layers) or on top.
 * Context layers already in the style are replaced, in the style's colours.
 */
export function withContext(style: StyleSpecification, context: JourneyContext | undefined, above: ReadonlySet<string> = new Set()): StyleSpecification {
  const layers = style.layers.filter((l) => !isContextLayer(l.id));
  const sources = { ...style.sources };
  delete sources[CONTEXT_SOURCE];
  if (!context || context.features.length === 0) return { ...style, sources, layers };
  const p = paletteFor(style);
  sources[CONTEXT_SOURCE] = { type: 'geojson', data: { type: 'FeatureCollection', features: context.features }, attribution: contextAttribution(context), maxzoom: 18 };
  const ours = layers.findIndex((l) => above.has(l.id));
  const top = ours === -1 ? layers.length : ours;
  const firstLabel = layers.findIndex((l, i) => i < top && l.type === 'symbol');
  const shapesAt = firstLabel === -1 ? top : firstLabel;
  return {
    ...style,
    sources,
    layers: [...layers.slice(0, shapesAt), ...shapeLayers(p), ...layers.slice(shapesAt, top), ...labelLayers(p), ...layers.slice(top)],
  };
}
