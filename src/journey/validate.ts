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
  JourneyEnvelopeSchema,
  LegSchema,
  PlaceSchema,
  type JourneyFile,
  type JourneyTime,
  type LegFeature,
  type PlaceFeature,
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

/**
 * Validates a parsed JSON value as a journey file.
 *
 * @param input Anything `JSON.parse` returned.
 * @returns `ok: true` with the typed journey and any warnings, or `ok: false` with every problem.
 * @example
 * const result = validateJourney(JSON.parse(text));
 * if (!result.ok) console.log(result.problems.map((p) => `${p.path}: ${p.message}`));
 */
export function validateJourney(input: unknown): ValidationResult {
  const problems: Problem[] = [];
  const envelope = v.safeParse(JourneyEnvelopeSchema, input, { abortPipeEarly: false });
  if (!envelope.success) problems.push(...issuesToProblems(envelope.issues, []));

  // Each feature against the schema its kind names, for precise paths.
  const features: (PlaceFeature | LegFeature)[] = [];
  const rawFeatures = (input as { features?: unknown } | null)?.features;
  if (Array.isArray(rawFeatures)) {
    rawFeatures.forEach((raw: unknown, index) => {
      const kind = (raw as { properties?: { kind?: unknown } } | null)?.properties?.kind;
      if (kind !== 'place' && kind !== 'leg') return; // reported by the envelope
      const schema = kind === 'place' ? PlaceSchema : LegSchema;
      const result = v.safeParse(schema, raw);
      if (result.success) features.push(result.output);
      else problems.push(...issuesToProblems(result.issues, ['features', index]));
    });
  }
  if (problems.length > 0 || !envelope.success) return { ok: false, problems };

  const journey: JourneyFile = { ...envelope.output, features } as JourneyFile;
  problems.push(...checkReferences(journey));
  const errors = problems.filter((p) => p.severity === 'error');
  return errors.length > 0 ? { ok: false, problems } : { ok: true, journey, problems };
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

/** The rules the schema can't express. */
function checkReferences(journey: JourneyFile): Problem[] {
  const problems: Problem[] = [];
  const error = (parts: PathPart[], message: string) => problems.push({ path: formatPath(parts), message, severity: 'error' });
  const warn = (parts: PathPart[], message: string) => problems.push({ path: formatPath(parts), message, severity: 'warning' });

  const collect = <T extends { id: string }>(items: readonly T[], parts: (i: number) => PathPart[], label: string) => {
    const seen = new Map<string, number>();
    items.forEach((item, i) => {
      const first = seen.get(item.id);
      if (first !== undefined) error(parts(i), `Duplicate ${label} id "${item.id}" (first used at index ${first})`);
      else seen.set(item.id, i);
    });
    return new Set(seen.keys());
  };
  const travellerIds = collect(journey.travellers, (i) => ['travellers', i, 'id'], 'traveller');
  const sourceIds = collect(journey.sources, (i) => ['sources', i, 'id'], 'source');
  const eventIds = collect(journey.events, (i) => ['events', i, 'id'], 'event');
  collect(journey.features, (i) => ['features', i, 'id'], 'feature');
  const placeIds = new Set(journey.features.filter((f): f is PlaceFeature => f.properties.kind === 'place').map((f) => f.id));

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
    if (Number.isNaN(Date.parse(source.date))) error(['sources', i, 'date'], `"${source.date}" is not a real date`);
  });

  journey.features.forEach((feature, i) => {
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
