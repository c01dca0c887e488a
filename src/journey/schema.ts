/**
 * The journey file format, version 1.
 *
 * A journey file is a GeoJSON FeatureCollection (RFC 7946). Its features are
 * the **places** (points or outlines) and the **legs** (lines between places),
 * so any GIS tool can open it. Everything else — the journey's metadata,
 * travellers, events and sources — sits in foreign members (RFC 7946 §6.1)
 * beside `features`.
 *
 * This module is the single definition: TypeScript types are inferred from it,
 * `npm run validate` checks files against it, and `npm run schema` exports the
 * JSON Schema in `public/schema/` from it. Cross-references (unknown ids,
 * duplicate ids, arrivals before departures…) are checked in `validate.ts`.
 */
import * as v from 'valibot';

/** The version written in `journey.formatVersion`. Bump the major on breaking changes. */
export const FORMAT_VERSION = '1.0';

/** The `$id` of the exported JSON Schema, relative to the site root. */
export const SCHEMA_PATH = 'schema/journey-1.schema.json';

const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
/** ISO 8601 date and time with a UTC offset (or Z), to the minute or finer. */
export const DATETIME_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;
/** ISO 8601 calendar date. */
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

const Id = v.pipe(
  v.string(),
  v.regex(ID_PATTERN, 'An id uses lower-case letters, digits and hyphens, and starts with a letter or digit'),
  v.maxLength(80, 'An id is at most 80 characters'),
  v.description('A stable identifier: lower-case letters, digits and hyphens.'),
);
const Text = (max: number) =>
  v.pipe(v.string(), v.trim(), v.minLength(1, 'This text must not be empty'), v.maxLength(max, `This text is at most ${max} characters`));
const HttpUrl = v.pipe(
  v.string(),
  v.url('This must be an absolute URL'),
  v.regex(/^https?:\/\//i, 'Links must use http or https'),
  v.description('An http(s) URL.'),
);
const Colour = v.pipe(
  v.string(),
  v.regex(/^#[0-9a-fA-F]{6}$/, 'A colour is written #rrggbb'),
  v.description('A CSS colour as #rrggbb.'),
);

/** How sure we are of a time. */
export const TIME_QUALIFIERS = ['exact', 'about', 'after', 'before', 'date', 'unknown'] as const;
export const TimeSchema = v.pipe(
  v.object({
    at: v.pipe(
      v.string(),
      v.regex(
        /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2}))?$/,
        'A time is ISO 8601 with a UTC offset (2025-12-02T16:30:00+03:00), or a date alone (2025-12-02) when the qualifier is "date" or "unknown"',
      ),
      v.description('ISO 8601 with offset, e.g. 2025-12-02T16:30:00+03:00; a date alone with qualifier "date" or "unknown".'),
    ),
    qualifier: v.pipe(
      v.picklist(TIME_QUALIFIERS),
      v.description('exact; about (approximately); after / before (a bound); date (only the day is known); unknown (placed in order only).'),
    ),
    note: v.optional(Text(500)),
  }),
  v.description('A moment and how precisely it is known.'),
);

/** Where an event stands: from firm to refuted. */
export const EVENT_STATUSES = ['confirmed', 'reported', 'announced', 'planned', 'did-not-happen'] as const;
export const LEG_STATUSES = EVENT_STATUSES;
export const LEG_MODES = ['flight', 'car', 'walk', 'other'] as const;
export const PRECISIONS = ['exact', 'building', 'approximate', 'city', 'region'] as const;

const Position = v.pipe(
  v.tuple([
    v.pipe(v.number(), v.minValue(-180, 'Longitude must be at least -180'), v.maxValue(180, 'Longitude must be at most 180')),
    v.pipe(v.number(), v.minValue(-90, 'Latitude must be at least -90'), v.maxValue(90, 'Latitude must be at most 90')),
  ]),
  v.description('[longitude, latitude] in WGS84 degrees.'),
);
const PointGeometry = v.object({ type: v.literal('Point'), coordinates: Position });
const PolygonGeometry = v.object({
  type: v.literal('Polygon'),
  coordinates: v.array(v.pipe(v.array(Position), v.minLength(4, 'A polygon ring has at least 4 positions'))),
});
const LineGeometry = v.object({
  type: v.literal('LineString'),
  coordinates: v.pipe(v.array(Position), v.minLength(2, 'A line has at least 2 positions')),
});

const Names = v.pipe(
  v.objectWithRest({ en: Text(120) }, Text(120)),
  v.description('Names by BCP 47 language tag; "en" is required, local-language names are added where they exist.'),
);

export const PlacePropertiesSchema = v.object({
  kind: v.literal('place'),
  names: Names,
  precision: v.pipe(v.picklist(PRECISIONS), v.description('How precisely the geometry locates the place.')),
  radiusMeters: v.optional(
    v.pipe(v.number(), v.minValue(1), v.maxValue(2_000_000), v.description('Uncertainty radius; required when precision is "approximate".')),
  ),
  timeZone: v.pipe(v.string(), v.minLength(1), v.description('IANA time zone, e.g. Europe/Moscow.')),
  description: v.optional(Text(1000)),
  sources: v.optional(v.array(Id)),
});

export const PlaceSchema = v.object({
  type: v.literal('Feature'),
  id: Id,
  geometry: v.nullable(v.union([PointGeometry, PolygonGeometry])),
  properties: PlacePropertiesSchema,
});

export const LegPropertiesSchema = v.object({
  kind: v.literal('leg'),
  from: Id,
  to: Id,
  travellers: v.pipe(v.array(Id), v.minLength(1, 'A leg has at least one traveller')),
  mode: v.picklist(LEG_MODES),
  status: v.picklist(LEG_STATUSES),
  depart: TimeSchema,
  arrive: TimeSchema,
  summary: v.optional(Text(2000)),
  sources: v.pipe(v.array(Id), v.minLength(1, 'A leg cites at least one source')),
});

export const LegSchema = v.object({
  type: v.literal('Feature'),
  id: Id,
  geometry: v.pipe(
    v.nullable(LineGeometry),
    v.description('Optional: when null, a great circle is drawn for flights and a straight line otherwise.'),
  ),
  properties: LegPropertiesSchema,
});

/** A feature is a place or a leg; `properties.kind` says which. */
export const FeatureSchema = v.union([PlaceSchema, LegSchema]);

export const TravellerSchema = v.object({
  id: Id,
  name: Text(120),
  kind: v.picklist(['person', 'delegation']),
  role: Text(300),
  color: Colour,
  members: v.optional(v.array(v.object({ name: Text(120), role: Text(300) }))),
});

export const SourceSchema = v.object({
  id: Id,
  publisher: Text(200),
  title: Text(400),
  url: HttpUrl,
  date: v.pipe(v.string(), v.regex(DATE_PATTERN, 'A source date is written YYYY-MM-DD')),
  language: v.optional(v.string()),
  via: v.optional(v.pipe(Text(200), v.description('Who the publisher cites, e.g. "TASS".'))),
});

export const QuoteSchema = v.object({
  text: Text(2000),
  speaker: Text(200),
  source: Id,
  language: v.optional(v.string()),
  context: v.optional(Text(500)),
});

export const EventSchema = v.object({
  id: Id,
  title: Text(160),
  summary: Text(4000),
  place: Id,
  participants: v.pipe(v.array(Id), v.minLength(1, 'An event names at least one traveller')),
  others: v.optional(v.pipe(v.array(Text(200)), v.description('Other people present who are not travellers on the map.'))),
  start: TimeSchema,
  end: v.optional(TimeSchema),
  status: v.picklist(EVENT_STATUSES),
  sources: v.pipe(v.array(Id), v.minLength(1, 'An event cites at least one source')),
  quotes: v.optional(v.array(QuoteSchema)),
  outcome: v.optional(
    v.pipe(
      v.object({ summary: Text(2000), sources: v.pipe(v.array(Id), v.minLength(1)), event: v.optional(Id) }),
      v.description('For a planned or announced event: what actually happened, if known.'),
    ),
  ),
});

export const JourneyMetaSchema = v.object({
  formatVersion: v.pipe(v.string(), v.regex(/^1\.\d+$/, `This app reads format version 1.x (write "${FORMAT_VERSION}")`)),
  id: Id,
  title: Text(200),
  summary: Text(1000),
  language: v.optional(v.string()),
  updated: v.optional(v.pipe(v.string(), v.regex(DATE_PATTERN))),
  credit: v.optional(Text(300)),
});

const journeyEntries = {
  $schema: v.optional(v.string()),
  type: v.literal('FeatureCollection'),
  journey: JourneyMetaSchema,
  travellers: v.pipe(v.array(TravellerSchema), v.minLength(1, 'A journey has at least one traveller')),
  sources: v.pipe(v.array(SourceSchema), v.minLength(1, 'A journey has at least one source')),
  events: v.pipe(v.array(EventSchema), v.minLength(1, 'A journey has at least one event')),
};

/** The whole file. Used for types and for the exported JSON Schema. */
export const JourneySchema = v.object({ ...journeyEntries, features: v.array(FeatureSchema) });

/**
 * The file with its lists left unchecked item by item. The validator checks
 * each item on its own (features against the schema their `properties.kind`
 * names), so one bad item never hides the problems of the others.
 */
export const JourneyEnvelopeSchema = v.object({
  $schema: v.optional(v.string()),
  type: v.literal('FeatureCollection', 'A journey file is a GeoJSON "FeatureCollection"'),
  journey: JourneyMetaSchema,
  travellers: v.pipe(v.array(v.unknown()), v.minLength(1, 'A journey has at least one traveller')),
  sources: v.pipe(v.array(v.unknown()), v.minLength(1, 'A journey has at least one source')),
  events: v.pipe(v.array(v.unknown()), v.minLength(1, 'A journey has at least one event')),
  features: v.array(v.unknown()),
});

export type TimeQualifier = (typeof TIME_QUALIFIERS)[number];
export type EventStatus = (typeof EVENT_STATUSES)[number];
export type LegMode = (typeof LEG_MODES)[number];
export type Precision = (typeof PRECISIONS)[number];
export type JourneyTime = v.InferOutput<typeof TimeSchema>;
export type PlaceFeature = v.InferOutput<typeof PlaceSchema>;
export type LegFeature = v.InferOutput<typeof LegSchema>;
export type Traveller = v.InferOutput<typeof TravellerSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type Quote = v.InferOutput<typeof QuoteSchema>;
export type JourneyEvent = v.InferOutput<typeof EventSchema>;
export type JourneyMeta = v.InferOutput<typeof JourneyMetaSchema>;
export type JourneyFile = v.InferOutput<typeof JourneySchema>;
