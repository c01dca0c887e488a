/**
 * Validation at the boundary: turns unknown JSON into a typed `JourneyFile`,
 * or into a list of every problem found, each with its JSON path, a
 * plain-language message and, where one is likely, a hint.
 *
 * Passes: the valibot schema (shape, types, ranges, caps), item by item so one
 * bad item never hides the others (`parse-items.ts`); the time zones of places
 * that leave theirs out (`time-zone-inference.ts`); the rules a schema can't
 * express (ids that must exist or be unique, times that must run forward, days
 * that exist); and the story checks (`story-checks.ts`). Errors block the
 * journey; warnings are returned with it. The same function backs the app and
 * `npm run validate`, so both report the same paths and messages.
 */
import * as v from 'valibot';
import { lacksOffset, missingOffsetHint, timeZoneHint, unknownIdHint } from './hints.ts';
import { issuesToProblems, parseFeature, parseItem, type Item } from './parse-items.ts';
import { capProblems, formatPath, problem, sortByPlaceInFile, type PathPart, type Problem } from './problem.ts';
import { parseRichText } from './rich-text.ts';
import {
  DATETIME_PATTERN,
  DATE_PATTERN,
  EventSchema,
  JourneyEnvelopeSchema,
  LIMITS,
  SourceSchema,
  TravellerSchema,
  type JourneyEvent,
  type JourneyFile,
  type JourneyTime,
  type LegFeature,
  type PlaceFeature,
  type PlaceInput,
  type Source,
  type Traveller,
} from './schema.ts';
import { checkEventsAfterArrival, checkFileOrder } from './story-checks.ts';
import { instantOf } from './time.ts';
import { isValidTimeZone, resolveTimeZones } from './time-zone-inference.ts';
import { checkTimesAgainstZones } from './zone-checks.ts';
import { checkEventMembers, checkRelativeTimes } from './relation-checks.ts';
import { checkContext } from './context-checks.ts';

export { formatPath, type Problem } from './problem.ts';

export type ValidationResult =
  | { readonly ok: true; readonly journey: JourneyFile; readonly problems: readonly Problem[] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * The journey as far as it parsed: each list keeps its original indexes, with
 * `undefined` where an item was invalid, so the cross-reference rules can
 * still run on the rest and report paths that match the file.
 */
interface PartialJourney {
  travellers: Item<Traveller>[];
  sources: Item<Source>[];
  events: Item<JourneyEvent>[];
  features: Item<PlaceInput | LegFeature>[];
  /** Ids written in the file, valid items or not, so one bad item doesn't make every reference to it "unknown". */
  declared: { travellers: Set<string>; sources: Set<string>; events: Set<string>; places: Set<string> };
}

const isPlace = (feature: PlaceInput | LegFeature): feature is PlaceInput => feature.properties.kind === 'place';
const rawId = (raw: unknown): string | undefined => {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : undefined;
};
const rawField = (raw: unknown, ...keys: string[]): unknown =>
  keys.reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), raw);

/**
 * True when the date that `at` starts with (YYYY-MM-DD) is a day of the
 * calendar. `Date.parse` rolls "2026-02-30" and "2026-02-30T10:00Z" over to
 * 2 March instead of failing, so it can't tell.
 */
function isCalendarDay(at: string): boolean {
  const [y, m, d] = [Number(at.slice(0, 4)), Number(at.slice(5, 7)), Number(at.slice(8, 10))];
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const days = m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  return m >= 1 && m <= 12 && d >= 1 && d <= days;
}

/**
 * Validates a parsed JSON value as a journey file, reporting every problem
 * (at most 100 of each kind, and how many more: see `capProblems`). Never
 * throws: should the validator itself fail on a file, that becomes one error
 * at `$` that says so, which the app and `npm run validate` report like any
 * other problem (issue 15).
 *
 * @param input Anything `JSON.parse` returned.
 * @returns `ok: true` with the typed journey (every place with its time zone,
 *   given or inferred) and any warnings, or `ok: false` with every problem.
 * @example
 * const result = validateJourney(JSON.parse(text));
 * if (!result.ok) console.log(result.problems.map((p) => `${p.path}: ${p.message}`));
 */
export function validateJourney(input: unknown): ValidationResult {
  try {
    return checkJourney(input);
  } catch (error) {
    const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    const message = `The validator failed on this file (${what}), so it could not be checked`;
    return { ok: false, problems: [problem('error', [], message, 'This is a bug in the validator: please report it with the file.')] };
  }
}

/** The passes of `validateJourney`, which may throw where the validator has a bug. */
function checkJourney(input: unknown): ValidationResult {
  const problems: Problem[] = [];
  // One at a time: spreading a list of 150,000 problems into push() overflows the stack (issue 15).
  const add = (list: readonly Problem[]) => {
    for (const p of list) problems.push(p);
  };
  const envelope = v.safeParse(JourneyEnvelopeSchema, input);
  if (!envelope.success) add(issuesToProblems(envelope.issues, []));

  // Lists over their cap are reported by the envelope; only the first `cap` items are checked one by one.
  const list = (key: 'travellers' | 'sources' | 'events' | 'features'): unknown[] => {
    const value = rawField(input, key);
    return Array.isArray(value) ? value.slice(0, LIMITS[key]) : [];
  };
  const parseItems = <T>(key: 'travellers' | 'sources' | 'events', schema: v.GenericSchema<unknown, T>): Item<T>[] =>
    list(key).map((raw, index) => parseItem(schema, raw, [key, index], problems));

  const partial: PartialJourney = {
    travellers: parseItems('travellers', TravellerSchema),
    sources: parseItems('sources', SourceSchema),
    events: parseItems('events', EventSchema),
    features: list('features').map((raw, index) => parseFeature(raw, index, problems)),
    declared: {
      travellers: new Set(list('travellers').map(rawId).filter((id) => id !== undefined)),
      sources: new Set(list('sources').map(rawId).filter((id) => id !== undefined)),
      events: new Set(list('events').map(rawId).filter((id) => id !== undefined)),
      places: new Set(
        list('features')
          .filter((f) => rawField(f, 'properties', 'kind') === 'place')
          .map(rawId)
          .filter((id) => id !== undefined),
      ),
    },
  };

  const { zones, problems: zoneProblems } = resolveTimeZones(partial.features, partial.events);
  add(zoneProblems);
  const zoneOf = (placeId: string) => zones.get(placeId) ?? 'UTC';
  add(checkReferences(partial));
  const updated = rawField(input, 'journey', 'updated');
  if (typeof updated === 'string' && DATE_PATTERN.test(updated) && !isCalendarDay(updated)) {
    problems.push(problem('error', ['journey', 'updated'], `"${updated}" is not a real date`));
  }
  const legs = partial.features.filter((f): f is LegFeature => f?.properties.kind === 'leg');
  const names = new Map(partial.travellers.flatMap((t) => (t ? [[t.id, t.name] as const] : [])));
  add(checkEventsAfterArrival({ events: partial.events, legs, zoneOf, nameOf: (id) => names.get(id) ?? id }));
  add(checkFileOrder({ events: partial.events, zoneOf }));
  add(checkTimesAgainstZones({ events: partial.events, features: partial.features, zoneOf: (placeId) => zones.get(placeId) }));
  add(checkRelativeTimes({ events: partial.events, features: partial.features, zoneOf }));
  add(checkEventMembers(partial));
  add(checkContext(rawField(input, 'context')));
  addOffsetHints(input, problems, (placeId) => zones.get(placeId));
  sortByPlaceInFile(problems);

  if (problems.some((p) => p.severity === 'error') || !envelope.success) return { ok: false, problems: capProblems(problems) };
  const { travellers, sources, events } = partial;
  const features = partial.features.map((f) =>
    f && isPlace(f) ? ({ ...f, properties: { ...f.properties, timeZone: zoneOf(f.id) } } satisfies PlaceFeature) : f,
  );
  const journey = { ...envelope.output, travellers, sources, events, features } as JourneyFile;
  return { ok: true, journey, problems: capProblems(problems) };
}

/** Parses JSON text and validates it; a syntax error becomes a problem at `$`. Never throws. */
export function validateJourneyText(text: string): ValidationResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [problem('error', [], `Not valid JSON: ${(error as Error).message}`)] };
  }
  return validateJourney(parsed);
}

/**
 * Times written without a UTC offset fail the schema; their hint suggests the
 * offset the place's zone had then, which is only known once zones are.
 */
function addOffsetHints(input: unknown, problems: Problem[], zoneOf: (placeId: string) => string | undefined): void {
  const byPath = new Map<string, number>();
  problems.forEach((p, index) => {
    if (p.hint === undefined && !byPath.has(p.path)) byPath.set(p.path, index);
  });
  const hintAt = (parts: PathPart[], at: unknown, placeId: unknown) => {
    if (!lacksOffset(at)) return;
    const index = byPath.get(formatPath(parts));
    const hint = missingOffsetHint(at, typeof placeId === 'string' ? zoneOf(placeId) : undefined);
    if (index !== undefined && hint) problems[index] = { ...problems[index]!, hint };
  };
  const events = rawField(input, 'events');
  if (Array.isArray(events)) {
    events.slice(0, LIMITS.events).forEach((event, i) => {
      for (const key of ['start', 'end']) hintAt(['events', i, key, 'at'], rawField(event, key, 'at'), rawField(event, 'place'));
    });
  }
  const features = rawField(input, 'features');
  if (Array.isArray(features)) {
    features.slice(0, LIMITS.features).forEach((feature, i) => {
      if (rawField(feature, 'properties', 'kind') !== 'leg') return;
      const at = (key: string) => rawField(feature, 'properties', key, 'at');
      hintAt(['features', i, 'properties', 'depart', 'at'], at('depart'), rawField(feature, 'properties', 'from'));
      hintAt(['features', i, 'properties', 'arrive', 'at'], at('arrive'), rawField(feature, 'properties', 'to'));
    });
  }
}

/** The rules the schema can't express, on every item that parsed. */
function checkReferences(journey: PartialJourney): Problem[] {
  const problems: Problem[] = [];
  const error = (parts: PathPart[], message: string, hint?: string) => problems.push(problem('error', parts, message, hint));
  const warn = (parts: PathPart[], message: string, hint?: string) => problems.push(problem('warning', parts, message, hint));

  const duplicates = <T extends { id: string }>(items: readonly Item<T>[], key: string, label: string) => {
    const seen = new Map<string, number>();
    items.forEach((item, i) => {
      if (!item) return;
      const first = seen.get(item.id);
      if (first !== undefined) error([key, i, 'id'], `Duplicate ${label} id "${item.id}" (first used at index ${first})`, 'Each id must be unique in its list; rename one of them.');
      else seen.set(item.id, i);
    });
  };
  duplicates(journey.travellers, 'travellers', 'traveller');
  duplicates(journey.sources, 'sources', 'source');
  duplicates(journey.events, 'events', 'event');
  duplicates(journey.features, 'features', 'feature');
  const { travellers: travellerIds, sources: sourceIds, events: eventIds, places: placeIds } = journey.declared;

  // A suggestion compares the id with every id of its kind, so only so many are made: a file with
  // thousands of unknown ids would otherwise take minutes. Repeated unknown ids reuse theirs.
  const suggestions = new Map<string, string | undefined>();
  const SUGGESTION_BUDGET = 200;
  const ref = (ids: Set<string>, id: string, parts: PathPart[], label: string) => {
    if (ids.has(id)) return;
    const key = `${label}:${id}`;
    if (!suggestions.has(key) && suggestions.size < SUGGESTION_BUDGET) suggestions.set(key, unknownIdHint(id, ids, label));
    error(parts, `Unknown ${label} id "${id}"`, suggestions.get(key));
  };
  const instant = (t: JourneyTime) => (isCalendarDay(t.at) ? instantOf(t) : Number.NaN);
  const time = (t: JourneyTime, parts: PathPart[]) => {
    const needsClock = t.qualifier !== 'date' && t.qualifier !== 'unknown';
    if (needsClock && !DATETIME_PATTERN.test(t.at)) {
      error(
        [...parts, 'at'],
        `A time qualified "${t.qualifier}" needs a date, a clock time and a UTC offset, e.g. 2025-12-02T16:30:00+03:00`,
        'If only the day is known, use the qualifier "date".',
      );
    } else if (t.qualifier === 'date' && !DATE_PATTERN.test(t.at)) {
      error([...parts, 'at'], 'A time qualified "date" is written as a date alone, e.g. 2025-12-02', `Write "${t.at.slice(0, 10)}", or use the qualifier "exact" or "about" to keep the clock time.`);
    } else if (Number.isNaN(instant(t))) {
      error([...parts, 'at'], `"${t.at}" is not a real calendar date or time`);
    }
    if (t.qualifier === 'between' && t.until === undefined) {
      error([...parts, 'until'], 'A time qualified "between" needs "until", the latest it can be', 'Write the earliest time in "at" and the latest in "until", e.g. "until": "2025-12-02T16:30:00+03:00".');
    } else if (t.qualifier !== 'between' && t.until !== undefined) {
      error([...parts, 'until'], `"until" is only for a time qualified "between"; this one is "${t.qualifier}"`, 'Use the qualifier "between", or remove "until".');
    } else if (t.until !== undefined && DATETIME_PATTERN.test(t.at) && Date.parse(t.until) < Date.parse(t.at)) {
      error([...parts, 'until'], `The latest time (${t.until}) is before the earliest (${t.at})`, 'Swap "at" and "until".');
    }
    if (t.afterEvent !== undefined) ref(eventIds, t.afterEvent, [...parts, 'afterEvent'], 'event');
    if (t.beforeEvent !== undefined) ref(eventIds, t.beforeEvent, [...parts, 'beforeEvent'], 'event');
  };
  const forward = (from: JourneyTime, to: JourneyTime, parts: PathPart[], message: string) => {
    // A date alone is a day at its place: zone-checks.ts compares those in the places' zones.
    if (DATE_PATTERN.test(from.at) || DATE_PATTERN.test(to.at)) return;
    const a = instant(from);
    const b = instant(to);
    if (!Number.isNaN(a) && !Number.isNaN(b) && b < a) error(parts, message);
  };
  const richText = (text: string, parts: PathPart[]) =>
    parseRichText(text, {
      onRejectedLink: (href) =>
        warn(parts, `The link to "${href}" is shown as plain text: only http, https and mailto links are allowed`, 'Write the link as [label](https://…).'),
    });

  journey.sources.forEach((source, i) => {
    if (!source) return;
    if (source.date === undefined) {
      warn(['sources', i, 'date'], `Source "${source.id}" has no date`, 'Add the date it was published, as "date": "YYYY-MM-DD", so readers can tell how recent it is.');
    } else if (!isCalendarDay(source.date)) {
      error(['sources', i, 'date'], `"${source.date}" is not a real date`);
    }
  });

  // Places an event happens at, or a leg starts or ends at: the map would draw them.
  const usedPlaces = new Set<string>();
  for (const e of journey.events) if (e) usedPlaces.add(e.place);
  for (const f of journey.features) if (f?.properties.kind === 'leg') usedPlaces.add(f.properties.from).add(f.properties.to);
  journey.features.forEach((feature, i) => {
    if (!feature) return;
    const at = (...rest: PathPart[]) => ['features', i, ...rest];
    if (feature.properties.kind === 'place') {
      const p = feature.properties;
      if (p.timeZone !== undefined && !isValidTimeZone(p.timeZone)) {
        error(at('properties', 'timeZone'), `Unknown IANA time zone "${p.timeZone}"`, timeZoneHint(p.timeZone));
      }
      if (p.precision === 'approximate' && p.radiusMeters === undefined) {
        error(at('properties', 'radiusMeters'), 'A place with precision "approximate" needs radiusMeters', 'Give the uncertainty in metres, e.g. "radiusMeters": 500.');
      }
      if (feature.geometry === null && usedPlaces.has(feature.id)) {
        problems.push({
          ...problem('warning', at('geometry'), `Place "${feature.id}" has no geometry, so the map can't show it, nor any leg to or from it`, 'Give a Point, or an outline (Polygon) for a region, however rough: "precision" says how rough it is.'),
          reader: `${p.names?.en ?? feature.id} is not on the map: the journey gives no location for it.`,
        });
      }
      if (p.precision === 'region' && feature.geometry?.type === 'Point') {
        error(at('geometry'), 'A region is never a precise point: give it an outline (Polygon) or null');
      }
      if (feature.geometry?.type === 'Polygon') {
        feature.geometry.coordinates.forEach((ring, r) => {
          const [first, last] = [ring[0], ring[ring.length - 1]];
          if (!first || !last || first[0] !== last[0] || first[1] !== last[1]) {
            error(at('geometry', 'coordinates', r), 'A polygon ring must end where it starts', first ? `Add [${first[0]}, ${first[1]}] at the end of the ring.` : undefined);
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
    richText(event.summary, at('summary'));
    event.quotes?.forEach((q, k) => {
      ref(sourceIds, q.source, at('quotes', k, 'source'), 'source');
      richText(q.text, at('quotes', k, 'text'));
    });
    if (event.outcome) {
      event.outcome.sources.forEach((id, k) => ref(sourceIds, id, at('outcome', 'sources', k), 'source'));
      if (event.outcome.event !== undefined) ref(eventIds, event.outcome.event, at('outcome', 'event'), 'event');
      richText(event.outcome.summary, at('outcome', 'summary'));
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
