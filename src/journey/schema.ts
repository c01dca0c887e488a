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
import { ContextSchema } from './context-schema.ts';
import { LIMITS, LineGeometry, PointGeometry, PolygonGeometry, Text, ViewSchema, n } from './base-schema.ts';

export { LATITUDE_RANGE, LIMITS, LONGITUDE_RANGE } from './base-schema.ts';

/** The version written in `journey.formatVersion`. Bump the major on breaking changes. */
export const FORMAT_VERSION = '1.0';

/** The `$id` of the exported JSON Schema, relative to the site root. */
export const SCHEMA_PATH = 'schema/journey-1.schema.json';



/** A list capped at `max` items, with a message that says the limit. */
const capped = <T extends v.GenericSchema>(item: T, max: number, what: string) =>
  v.pipe(v.array(item), v.maxLength(max, `At most ${n(max)} ${what}`));

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
const HttpUrl = v.pipe(
  v.string(),
  v.maxLength(2000, 'A link is at most 2,000 characters'),
  v.url('This must be an absolute URL'),
  v.regex(/^https?:\/\//i, 'Links must use http or https'),
  v.description('An http(s) URL.'),
);
const LanguageTag = v.pipe(
  v.string(),
  v.regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/, 'A language is a BCP 47 tag, e.g. "en", "ru", "zh-Hans"'),
  v.maxLength(35, 'A language tag is at most 35 characters'),
  v.description('A BCP 47 language tag, e.g. "en" or "uk".'),
);
const Colour = v.pipe(
  v.string(),
  v.regex(/^#[0-9a-fA-F]{6}$/, 'A colour is written #rrggbb'),
  v.description('A CSS colour as #rrggbb.'),
);

/** How sure we are of a time. */
export const TIME_QUALIFIERS = ['exact', 'about', 'after', 'before', 'between', 'date', 'unknown'] as const;
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
      v.description('exact; about (approximately); after / before (a bound); between (from "at" to "until"); date (only the day is known); unknown (placed in order only).'),
    ),
    until: v.optional(
      v.pipe(
        v.string(),
        v.regex(DATETIME_PATTERN, 'The end of a "between" time is ISO 8601 with a UTC offset, e.g. 2025-12-02T16:30:00+03:00'),
        v.description('With qualifier "between": the latest the time can be; "at" is the earliest.'),
      ),
    ),
    afterEvent: v.optional(v.pipe(Id, v.description('The id of an event this time comes after, as a report says ("after the lunch").'))),
    beforeEvent: v.optional(v.pipe(Id, v.description('The id of an event this time comes before.'))),
    note: v.optional(Text(500)),
  }),
  v.description('A moment and how precisely it is known.'),
);

/** Where an event stands: from firm to refuted. */
export const EVENT_STATUSES = ['confirmed', 'reported', 'inferred', 'announced', 'planned', 'did-not-happen'] as const;
export const LEG_STATUSES = EVENT_STATUSES;
export const LEG_MODES = ['flight', 'car', 'walk', 'other'] as const;
export const PRECISIONS = ['exact', 'building', 'approximate', 'city', 'region'] as const;


const Names = v.pipe(
  v.objectWithRest({ en: Text(120) }, Text(120)),
  v.check((names) => Object.keys(names).length <= LIMITS.names, `A place has at most ${n(LIMITS.names)} names`),
  v.description('Names by BCP 47 language tag; "en" is required, local-language names are added where they exist.'),
);

const TimeZone = v.pipe(
  v.string(),
  v.minLength(1, 'A time zone must not be empty'),
  v.maxLength(64, 'A time zone name is at most 64 characters'),
  v.description('IANA time zone, e.g. Europe/Moscow.'),
);

const placePropertiesEntries = {
  kind: v.literal('place'),
  names: Names,
  precision: v.pipe(v.picklist(PRECISIONS), v.description('How precisely the geometry locates the place.')),
  radiusMeters: v.optional(
    v.pipe(
      v.number(),
      v.minValue(1, 'radiusMeters must be between 1 and 2,000,000'),
      v.maxValue(2_000_000, 'radiusMeters must be between 1 and 2,000,000'),
      v.description('Uncertainty radius; required when precision is "approximate".'),
    ),
  ),
  description: v.optional(Text(1000)),
  sources: v.optional(capped(Id, LIMITS.references, 'sources on a place')),
};
const placeEntries = {
  type: v.literal('Feature'),
  id: Id,
  geometry: v.nullable(v.union([PointGeometry, PolygonGeometry])),
};

/** A validated place's properties: the time zone is always there (given, or inferred by the validator). */
export const PlacePropertiesSchema = v.object({ ...placePropertiesEntries, timeZone: TimeZone });
/** A place as validated and used by the app. */
export const PlaceSchema = v.object({ ...placeEntries, properties: PlacePropertiesSchema });

/**
 * A place as written in a file: the time zone may be left out, and the
 * validator then infers it (with a warning) or reports an error. See
 * `inferTimeZones` in `time-zone-inference.ts`.
 */
export const PlaceInputSchema = v.object({
  ...placeEntries,
  properties: v.object({
    ...placePropertiesEntries,
    timeZone: v.optional(
      v.pipe(TimeZone, v.description('IANA time zone, e.g. Europe/Moscow. When left out, it is inferred from a place within 50 km, or from the UTC offsets of the times written at this place.')),
    ),
  }),
});

export const LegPropertiesSchema = v.object({
  kind: v.literal('leg'),
  from: Id,
  to: Id,
  travellers: v.pipe(capped(Id, LIMITS.references, 'travellers on a leg'), v.minLength(1, 'A leg has at least one traveller')),
  mode: v.picklist(LEG_MODES),
  status: v.picklist(LEG_STATUSES),
  depart: TimeSchema,
  arrive: TimeSchema,
  summary: v.optional(Text(2000)),
  sources: v.pipe(capped(Id, LIMITS.references, 'sources on a leg'), v.minLength(1, 'A leg cites at least one source')),
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
  members: v.optional(capped(v.object({ name: Text(120), role: v.optional(Text(300)) }), LIMITS.members, 'members in a delegation')),
});

export const SourceSchema = v.object({
  id: Id,
  publisher: Text(200),
  title: Text(400),
  url: HttpUrl,
  date: v.optional(
    v.pipe(v.string(), v.regex(DATE_PATTERN, 'A source date is written YYYY-MM-DD'), v.description('When it was published. Recommended: without it the validator warns.')),
  ),
  language: v.optional(LanguageTag),
  via: v.optional(v.pipe(Text(200), v.description('Who the publisher cites, e.g. "TASS".'))),
});

export const QuoteSchema = v.object({
  text: Text(2000),
  speaker: Text(200),
  source: Id,
  language: v.optional(LanguageTag),
  context: v.optional(Text(500)),
});

export const EventSchema = v.object({
  id: Id,
  title: Text(160),
  summary: Text(4000),
  place: Id,
  participants: v.pipe(capped(Id, LIMITS.references, 'participants in an event'), v.minLength(1, 'An event names at least one traveller')),
  others: v.optional(v.pipe(capped(Text(200), LIMITS.others, 'other people in an event'), v.description('Other people present who are not travellers on the map.'))),
  members: v.optional(
    v.pipe(
      v.record(Id, capped(Text(120), LIMITS.members, 'members of a delegation in an event')),
      v.check((members) => Object.keys(members).length <= LIMITS.references, `At most ${n(LIMITS.references)} delegations with members named in an event`),
      v.description('For a delegation among the participants: the names of its members who took part, when not all of them did.'),
    ),
  ),
  start: TimeSchema,
  end: v.optional(TimeSchema),
  status: v.picklist(EVENT_STATUSES),
  sources: v.pipe(capped(Id, LIMITS.references, 'sources on an event'), v.minLength(1, 'An event cites at least one source')),
  quotes: v.optional(capped(QuoteSchema, LIMITS.quotes, 'quotes on an event')),
  outcome: v.optional(
    v.pipe(
      v.object({
        summary: Text(2000),
        sources: v.pipe(capped(Id, LIMITS.references, 'sources on an outcome'), v.minLength(1, 'An outcome cites at least one source')),
        event: v.optional(Id),
      }),
      v.description('For a planned or announced event: what actually happened, if known.'),
    ),
  ),
  view: v.optional(ViewSchema),
});

export const JourneyMetaSchema = v.object({
  formatVersion: v.pipe(v.string(), v.regex(/^1\.\d+$/, `This app reads format version 1.x (write "${FORMAT_VERSION}")`)),
  id: Id,
  title: Text(200),
  summary: Text(1000),
  language: v.optional(LanguageTag),
  updated: v.optional(v.pipe(v.string(), v.regex(DATE_PATTERN, 'The updated date is written YYYY-MM-DD'))),
  credit: v.optional(Text(300)),
});

const list = <T extends v.GenericSchema>(item: T, max: number, what: string, singular: string) =>
  v.pipe(
    v.array(item),
    v.minLength(1, `A journey has at least one ${singular}`),
    v.maxLength(max, `A journey has at most ${n(max)} ${what}`),
  );
const FEATURES_MESSAGE = `A journey has at most ${n(LIMITS.features)} features (places and legs)`;

const journeyEntries = {
  $schema: v.optional(v.pipe(v.string(), v.maxLength(2000, 'The $schema link is at most 2,000 characters'))),
  type: v.literal('FeatureCollection', 'A journey file is a GeoJSON "FeatureCollection"'),
  journey: JourneyMetaSchema,
  travellers: list(TravellerSchema, LIMITS.travellers, 'travellers', 'traveller'),
  sources: list(SourceSchema, LIMITS.sources, 'sources', 'source'),
  events: list(EventSchema, LIMITS.events, 'events', 'event'),
  context: v.optional(ContextSchema),
};

/** The whole file as the app uses it after validation (every place has its time zone). Used for types. */
export const JourneySchema = v.object({
  ...journeyEntries,
  features: v.pipe(v.array(FeatureSchema), v.maxLength(LIMITS.features, FEATURES_MESSAGE)),
});

/** The whole file as an author may write it (a place's time zone may be left out). Exported as the JSON Schema. */
export const JourneyInputSchema = v.object({
  ...journeyEntries,
  features: v.pipe(v.array(v.union([PlaceInputSchema, LegSchema])), v.maxLength(LIMITS.features, FEATURES_MESSAGE)),
});

/**
 * The file with its lists left unchecked item by item. The validator checks
 * each item on its own (features against the schema their `properties.kind`
 * names), so one bad item never hides the problems of the others.
 */
export const JourneyEnvelopeSchema = v.object({
  ...journeyEntries,
  travellers: list(v.unknown(), LIMITS.travellers, 'travellers', 'traveller'),
  sources: list(v.unknown(), LIMITS.sources, 'sources', 'source'),
  events: list(v.unknown(), LIMITS.events, 'events', 'event'),
  features: v.pipe(v.array(v.unknown()), v.maxLength(LIMITS.features, FEATURES_MESSAGE)),
});

export type TimeQualifier = (typeof TIME_QUALIFIERS)[number];
export type EventStatus = (typeof EVENT_STATUSES)[number];
export type LegMode = (typeof LEG_MODES)[number];
export type Precision = (typeof PRECISIONS)[number];
export type JourneyTime = v.InferOutput<typeof TimeSchema>;
export type PlaceFeature = v.InferOutput<typeof PlaceSchema>;
/** A place as written, before the validator fills in an inferred time zone. */
export type PlaceInput = v.InferOutput<typeof PlaceInputSchema>;
export type LegFeature = v.InferOutput<typeof LegSchema>;
export type Traveller = v.InferOutput<typeof TravellerSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type Quote = v.InferOutput<typeof QuoteSchema>;
export type JourneyEvent = v.InferOutput<typeof EventSchema>;
export type JourneyView = v.InferOutput<typeof ViewSchema>;
export type JourneyMeta = v.InferOutput<typeof JourneyMetaSchema>;
export type JourneyFile = v.InferOutput<typeof JourneySchema>;
