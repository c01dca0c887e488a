/**
 * The schema pass of the validator, item by item: each traveller, source,
 * event and feature is parsed on its own (so one bad item never hides the
 * others), and valibot's issues become problems with a path into the file
 * and a plain-language message.
 */
import * as v from 'valibot';
import { swappedPositionHint } from './hints.ts';
import { problem, type PathPart, type Problem } from './problem.ts';
import { LATITUDE_RANGE, LegSchema, PlaceInputSchema, type LegFeature, type PlaceInput } from './schema.ts';

/** A parsed item, or `undefined` where the item was invalid (its problems are reported). */
export type Item<T> = T | undefined;

/** True for a JSON object: not null, not a list. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * valibot's issues as problems, at `prefix` followed by each issue's path.
 *
 * @param issues From a failed `v.safeParse`.
 * @param prefix Where the parsed value is in the file, e.g. `['events', 3]`.
 */
export function issuesToProblems(issues: readonly v.BaseIssue<unknown>[], prefix: readonly PathPart[]): Problem[] {
  return issues.map((issue) => {
    const path = issue.path ?? [];
    const parts = [...prefix, ...path.map((item) => item.key as PathPart)];
    const last = path[path.length - 1];
    let message = issue.message;
    if (issue.kind === 'schema' && issue.expected && issue.received === 'undefined') {
      // A missing key of an object, or a missing item of a tuple (the only tuples are positions).
      if (last?.type !== 'array') message = `Missing required field ${issue.expected}`;
      else message = issue.expected === 'number' ? 'A position is two numbers, [longitude, latitude]' : `Missing item ${String(last.key)} (${issue.expected})`;
    }
    const hint = issue.message === LATITUDE_RANGE ? swappedPositionHint(last?.input) : undefined;
    return problem('error', parts, message, hint);
  });
}

/**
 * Parses one item against its schema.
 *
 * @param problems Where the item's problems are added.
 * @returns The parsed item, or `undefined` when it is invalid.
 */
export function parseItem<T>(schema: v.GenericSchema<unknown, T>, raw: unknown, at: readonly PathPart[], problems: Problem[]): Item<T> {
  const result = v.safeParse(schema, raw);
  if (result.success) return result.output;
  // One at a time: spreading 150,000 issues into push() overflows the stack (issue 15).
  for (const p of issuesToProblems(result.issues, at)) problems.push(p);
  return undefined;
}

/*
 * The place schema for each type of geometry, chosen by the geometry's `type`
 * before parsing. Parsed against the union of both, a bad Point fails as
 * neither a Point nor a Polygon (valibot says "Expected Object but received
 * Object"); parsed against the Point schema alone, it says what is wrong.
 */
const [PointGeometrySchema, PolygonGeometrySchema] = PlaceInputSchema.entries.geometry.wrapped.options;
const PLACE_SCHEMAS = new Map<unknown, v.GenericSchema<unknown, PlaceInput>>([
  [null, PlaceInputSchema],
  ['Point', v.object({ ...PlaceInputSchema.entries, geometry: v.nullable(PointGeometrySchema) })],
  ['Polygon', v.object({ ...PlaceInputSchema.entries, geometry: v.nullable(PolygonGeometrySchema) })],
]);
/** The rest of a place whose geometry is already reported. */
const PlaceWithAnyGeometry = v.object({ ...PlaceInputSchema.entries, geometry: v.optional(v.unknown()) });
const GEOMETRY_TYPES = 'A place\'s geometry is a GeoJSON "Point" or "Polygon"';

/**
 * Parses one feature: a place or a leg, as its `properties.kind` says. Each
 * problem is reported at the deepest part of the feature that exists, so a
 * path never runs through a number or a list.
 *
 * @param raw The feature as written.
 * @param index Its index in `features`.
 * @param problems Where its problems are added.
 */
export function parseFeature(raw: unknown, index: number, problems: Problem[]): Item<PlaceInput | LegFeature> {
  const at = (...rest: PathPart[]) => ['features', index, ...rest];
  const error = (parts: PathPart[], message: string) => void problems.push(problem('error', parts, message));
  if (!isRecord(raw) || raw.type !== 'Feature') return error(isRecord(raw) ? at('type') : at(), 'Each feature is a GeoJSON "Feature"');
  const { properties, geometry } = raw;
  if (!isRecord(properties)) {
    return error(at('properties'), properties === undefined ? 'Missing required field "properties"' : 'properties is an object whose kind is "place" or "leg"');
  }
  if (properties.kind === 'leg') return parseItem(LegSchema, raw, at(), problems);
  if (properties.kind !== 'place') return error(at('properties', 'kind'), 'properties.kind must be "place" or "leg"');

  const type = geometry === null ? null : isRecord(geometry) ? geometry.type : undefined;
  const schema = PLACE_SCHEMAS.get(type);
  if (schema) return parseItem(schema, raw, at(), problems);
  if (isRecord(geometry)) error(at('geometry', 'type'), `${GEOMETRY_TYPES}, or null`);
  else if (geometry === undefined) error(at('geometry'), 'Missing required field "geometry"');
  else error(at('geometry'), `${GEOMETRY_TYPES} object, or null`);
  parseItem(PlaceWithAnyGeometry, raw, at(), problems);
  return undefined;
}
