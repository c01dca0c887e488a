/**
 * The context layer of a journey file: its own schematic features (streets,
 * squares, buildings, rivers, walled areas) drawn under the route at street
 * scale, where no basemap has that detail. It is a GeoJSON FeatureCollection
 * in the journey's `context` member, so a GIS tool can open it too.
 *
 * It is always shown as schematic: the map's attribution says "<title>:
 * schematic, not to scale", and a `caption` feature writes that on the map
 * (the validator warns when there is none). Inside `detail.bounds` (by
 * default the features' own box) the camera may zoom to `detail.maxZoom`.
 */
import * as v from 'valibot';
import { LIMITS, LineGeometry, PointGeometry, PolygonGeometry, Text, n } from './base-schema.ts';

/**
 * What a context feature is, which sets how it is drawn:
 * - `street`: a grey band (a line), its name along it;
 * - `square`: a pale fill (a polygon), or its name in capitals (a point);
 * - `building`: a dot and its name (a point), or a small outlined fill (a polygon);
 * - `river`: water (a polygon or a line), its name along the line;
 * - `area`: a walled or named precinct: a faint outline (a polygon), or its name in capitals (a point);
 * - `caption`: a note on the map itself, e.g. "Schematic, not to scale" (a point).
 */
export const CONTEXT_KINDS = ['street', 'square', 'building', 'river', 'area', 'caption'] as const;

export const ContextFeatureSchema = v.object({
  type: v.literal('Feature', 'A context feature is a GeoJSON "Feature"'),
  geometry: v.variant('type', [PointGeometry, LineGeometry, PolygonGeometry], 'A context feature is a Point, a LineString or a Polygon'),
  properties: v.object({
    kind: v.pipe(v.picklist(CONTEXT_KINDS, `The kind is one of ${CONTEXT_KINDS.join(', ')}`), v.description('How the feature is drawn: street, square, building, river, area or caption.')),
    label: v.pipe(Text(120), v.description('Its name, as the map writes it (in English).')),
    labelLocal: v.optional(v.pipe(Text(120), v.description('Its name in the local language, written under the label on points.'))),
    showLabel: v.optional(v.pipe(v.boolean(), v.description('false: the label is not written on the map (e.g. an outline named by a point of its own). Default true.'))),
    precision: v.optional(v.pipe(Text(100), v.description('How far off it may be, in words, e.g. "about 300 m".'))),
    note: v.optional(v.pipe(Text(1000), v.description('How it was drawn, from what.'))),
  }),
});

export const ContextDetailSchema = v.object({
  bounds: v.pipe(
    v.tuple([v.number(), v.number(), v.number(), v.number()]),
    v.description('[west, south, east, north] in degrees: where the context has street-scale detail. Default: the features\' own box.'),
  ),
  maxZoom: v.pipe(v.number(), v.minValue(8, 'maxZoom is between 8 and 18'), v.maxValue(18, 'maxZoom is between 8 and 18'), v.description('How far the camera may zoom in inside the bounds. Default 16.')),
});

export const ContextSchema = v.pipe(
  v.object({
    type: v.literal('FeatureCollection', 'The context is a GeoJSON "FeatureCollection"'),
    title: v.pipe(Text(200), v.description('What it shows, e.g. "Central Moscow": the map credits it as "<title>: schematic, not to scale".')),
    note: v.pipe(Text(2000), v.description('How it was drawn and how far off it may be: it is schematic, never survey data.')),
    detail: v.optional(v.partial(ContextDetailSchema)),
    features: v.pipe(
      v.array(ContextFeatureSchema),
      v.minLength(1, 'A context has at least one feature'),
      v.maxLength(LIMITS.context, `A context has at most ${n(LIMITS.context)} features`),
    ),
  }),
  v.description('Schematic context features drawn under the route at street scale (streets, squares, buildings, rivers), always labelled as schematic.'),
);

export type ContextKind = (typeof CONTEXT_KINDS)[number];
export type ContextFeature = v.InferOutput<typeof ContextFeatureSchema>;
export type JourneyContext = v.InferOutput<typeof ContextSchema>;
