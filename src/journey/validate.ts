/**
 * Validation at the boundary: turns unknown JSON into a typed `JourneyFile`,
 * or into a list of every problem found, each with its JSON path.
 *
 * Two passes: the valibot schema (shape, types, ranges), then the rules a
 * schema can't express (ids that must exist, ids that must be unique, times
 * that must run forward). The same function backs the app and
 * `npm run validate`, so both report the same paths and messages.
 */
import * as v from 'valibot';
import {
  DATETIME_PATTERN,
  DATE_PATTERN,
  EventSchema,
  JourneyEnvelopeSchema,
  LegSchema,
  PlaceSchema,
  SourceSchema,
  TravellerSchema,
  type JourneyEvent,
  type JourneyFile,
  type JourneyTime,
  type LegFeature,
  type PlaceFeature,
  type Source,
  type Traveller,
} from './schema.ts';
import { instantOf } from './time.ts';

export interface Problem {
  /** JSON path from the document root, e.g. `$.events[3].start.at`. */
  readonly path: string;
  readonly message: string;
  readonly severity: 'error' | 'warning';
}

export type ValidationResult =
  | { readonly ok: true; readonly journey: JourneyFile; readonly problems: readonly Problem[] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

type PathPart = string | number;

/**
 * Formats a path as JSONPath: `$.features[2].properties.names.en`.
 *
 * @example formatPath(['events', 0, 'start']) // '$.events[0].start'
 */
export function formatPath(parts: readonly PathPart[]): string {
  let out = '$';
  for (const part of parts) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(part)) out += `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}

function issuesToProblems(issues: readonly v.BaseIssue<unknown>[], prefix: readonly PathPart[]): Problem[] {
  return issues.map((issue) => {
    const parts = [...prefix, ...(issue.path ?? []).map((item) => item.key as PathPart)];
    let message = issue.message;
    if (issue.kind === 'schema' && issue.expected && issue.received === 'undefined') {
      message = `Missing required field ${issue.expected}`;
    }
    return { path: formatPath(parts), message, severity: 'error' as const };
  });
}

type Item<T> = T | undefined;

/**
 * The journey as far as it parsed: each list keeps its original indexes, with
 * `undefined` where an item was invalid, so the cross-reference rules can
 * still run on the rest and report paths that match the file.
 */
interface PartialJourney {
  travellers: Item<Traveller>[];
  sources: Item<Source>[];
  events: Item<JourneyEvent>[];
  features: Item<PlaceFeature | LegFeature>[];
  /** Ids written in the file, valid items or not, so one bad item doesn't make every reference to it "unknown". */
  declared: { travellers: Set<string>; sources: Set<string>; events: Set<string>; places: Set<string> };
}

const rawId = (raw: unknown): string | undefined => {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : undefined;
};

/**
 * Validates a parsed JSON value as a journey file, reporting every problem.
 *
 * @param input Anything `JSON.parse` returned.
 * @returns `ok: true` with the typed journey and any warnings, or `ok: false` with every problem.
 * @example
 * const result = validateJourney(JSON.parse(text));
 * if (!result.ok) console.log(result.problems.map((p) => `${p.path}: ${p.message}`));
 */
export function validateJourney(input: unknown): ValidationResult {
  const problems: Problem[] = [];
  const envelope = v.safeParse(JourneyEnvelopeSchema, input);
  if (!envelope.success) problems.push(...issuesToProblems(envelope.issues, []));

  const list = (key: 'travellers' | 'sources' | 'events' | 'features'): unknown[] => {
    const value = (input as Record<string, unknown> | null)?.[key];
    return Array.isArray(value) ? value : [];
  };
  const parseItems = <T>(key: 'travellers' | 'sources' | 'events', schema: v.GenericSchema<unknown, T>): Item<T>[] =>
    list(key).map((raw, index) => {
      const result = v.safeParse(schema, raw);
      if (result.success) return result.output;
      problems.push(...issuesToProblems(result.issues, [key, index]));
      return undefined;
    });

  const partial: PartialJourney = {
    travellers: parseItems('travellers', TravellerSchema),
    sources: parseItems('sources', SourceSchema),
    events: parseItems('events', EventSchema),
    features: list('features').map((raw, index) => {
      const feature = raw as { type?: unknown; properties?: { kind?: unknown } } | null;
      const kind = feature?.properties?.kind;
      if (feature?.type !== 'Feature') {
        problems.push({ path: formatPath(['features', index, 'type']), message: 'Each feature is a GeoJSON "Feature"', severity: 'error' });
        return undefined;
      }
      if (kind !== 'place' && kind !== 'leg') {
        problems.push({ path: formatPath(['features', index, 'properties', 'kind']), message: 'properties.kind must be "place" or "leg"', severity: 'error' });
        return undefined;
      }
      const result = v.safeParse(kind === 'place' ? PlaceSchema : LegSchema, raw);
      if (result.success) return result.output;
      problems.push(...issuesToProblems(result.issues, ['features', index]));
      return undefined;
    }),
    declared: {
      travellers: new Set(list('travellers').map(rawId).filter((id) => id !== undefined)),
      sources: new Set(list('sources').map(rawId).filter((id) => id !== undefined)),
      events: new Set(list('events').map(rawId).filter((id) => id !== undefined)),
      places: new Set(
        list('features')
          .filter((f) => (f as { properties?: { kind?: unknown } } | null)?.properties?.kind === 'place')
          .map(rawId)
          .filter((id) => id !== undefined),
      ),
    },
  };
  problems.push(...checkReferences(partial));

  const errors = problems.some((p) => p.severity === 'error');
  if (errors || !envelope.success) return { ok: false, problems };
  const { travellers, sources, events, features } = partial;
  const journey = { ...envelope.output, travellers, sources, events, features } as JourneyFile;
  return { ok: true, journey, problems };
}

/** Parses JSON text and validates it; a syntax error becomes a problem at `$`. */
export function validateJourneyText(text: string): ValidationResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      problems: [{ path: '$', message: `Not valid JSON: ${(error as Error).message}`, severity: 'error' }],
    };
  }
  return validateJourney(parsed);
}

function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The rules the schema can't express, on every item that parsed. */
function checkReferences(journey: PartialJourney): Problem[] {
  const problems: Problem[] = [];
  const error = (parts: PathPart[], message: string) => problems.push({ path: formatPath(parts), message, severity: 'error' });
  const warn = (parts: PathPart[], message: string) => problems.push({ path: formatPath(parts), message, severity: 'warning' });

  const duplicates = <T extends { id: string }>(items: readonly Item<T>[], key: string, label: string) => {
    const seen = new Map<string, number>();
    items.forEach((item, i) => {
      if (!item) return;
      const first = seen.get(item.id);
      if (first !== undefined) error([key, i, 'id'], `Duplicate ${label} id "${item.id}" (first used at index ${first})`);
      else seen.set(item.id, i);
    });
  };
  duplicates(journey.travellers, 'travellers', 'traveller');
  duplicates(journey.sources, 'sources', 'source');
  duplicates(journey.events, 'events', 'event');
  duplicates(journey.features, 'features', 'feature');
  const { travellers: travellerIds, sources: sourceIds, events: eventIds, places: placeIds } = journey.declared;

  const ref = (ids: Set<string>, id: string, parts: PathPart[], label: string) => {
    if (!ids.has(id)) error(parts, `Unknown ${label} id "${id}"`);
  };
  const time = (t: JourneyTime, parts: PathPart[]) => {
    const needsClock = t.qualifier !== 'date' && t.qualifier !== 'unknown';
    if (needsClock && !DATETIME_PATTERN.test(t.at)) {
      error([...parts, 'at'], `A time qualified "${t.qualifier}" needs a date, a clock time and a UTC offset, e.g. 2025-12-02T16:30:00+03:00`);
    } else if (t.qualifier === 'date' && !DATE_PATTERN.test(t.at)) {
      error([...parts, 'at'], 'A time qualified "date" is written as a date alone, e.g. 2025-12-02');
    } else if (Number.isNaN(instantOf(t))) {
      error([...parts, 'at'], `"${t.at}" is not a real calendar date or time`);
    }
  };
  const forward = (from: JourneyTime, to: JourneyTime, parts: PathPart[], message: string) => {
    const a = instantOf(from);
    const b = instantOf(to);
    if (!Number.isNaN(a) && !Number.isNaN(b) && b < a) error(parts, message);
  };

  journey.sources.forEach((source, i) => {
    if (source && Number.isNaN(Date.parse(source.date))) error(['sources', i, 'date'], `"${source.date}" is not a real date`);
  });

  journey.features.forEach((feature, i) => {
    if (!feature) return;
    const at = (...rest: PathPart[]) => ['features', i, ...rest];
    if (feature.properties.kind === 'place') {
      const p = feature.properties;
      if (!isValidTimeZone(p.timeZone)) error(at('properties', 'timeZone'), `Unknown IANA time zone "${p.timeZone}"`);
      if (p.precision === 'approximate' && p.radiusMeters === undefined) {
        error(at('properties', 'radiusMeters'), 'A place with precision "approximate" needs radiusMeters');
      }
      if (p.precision === 'region' && feature.geometry?.type === 'Point') {
        error(at('geometry'), 'A region is never a precise point: give it an outline (Polygon) or null');
      }
      if (feature.geometry?.type === 'Polygon') {
        feature.geometry.coordinates.forEach((ring, r) => {
          const [first, last] = [ring[0], ring[ring.length - 1]];
          if (!first || !last || first[0] !== last[0] || first[1] !== last[1]) {
            error(at('geometry', 'coordinates', r), 'A polygon ring must end where it starts');
          }
        });
      }
      p.sources?.forEach((id, k) => ref(sourceIds, id, at('properties', 'sources', k), 'source'));
    } else {
      const p = feature.properties;
      ref(placeIds, p.from, at('properties', 'from'), 'place');
      ref(placeIds, p.to, at('properties', 'to'), 'place');
      p.travellers.forEach((id, k) => ref(travellerIds, id, at('properties', 'travellers', k), 'traveller'));
      p.sources.forEach((id, k) => ref(sourceIds, id, at('properties', 'sources', k), 'source'));
      time(p.depart, at('properties', 'depart'));
      time(p.arrive, at('properties', 'arrive'));
      forward(p.depart, p.arrive, at('properties', 'arrive', 'at'), `Arrival (${p.arrive.at}) is before departure (${p.depart.at})`);
    }
  });

  journey.events.forEach((event, i) => {
    if (!event) return;
    const at = (...rest: PathPart[]) => ['events', i, ...rest];
    ref(placeIds, event.place, at('place'), 'place');
    event.participants.forEach((id, k) => ref(travellerIds, id, at('participants', k), 'traveller'));
    event.sources.forEach((id, k) => ref(sourceIds, id, at('sources', k), 'source'));
    event.quotes?.forEach((q, k) => ref(sourceIds, q.source, at('quotes', k, 'source'), 'source'));
    if (event.outcome) {
      event.outcome.sources.forEach((id, k) => ref(sourceIds, id, at('outcome', 'sources', k), 'source'));
      if (event.outcome.event !== undefined) ref(eventIds, event.outcome.event, at('outcome', 'event'), 'event');
      if (event.status !== 'planned' && event.status !== 'announced' && event.status !== 'did-not-happen') {
        warn(at('outcome'), `An outcome is meant for planned or announced events; this one is "${event.status}"`);
      }
    }
    time(event.start, at('start'));
    if (event.end) {
      time(event.end, at('end'));
      forward(event.start, event.end, at('end', 'at'), `The end (${event.end.at}) is before the start (${event.start.at})`);
    }
  });
  return problems;
}
