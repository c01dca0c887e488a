/**
 * The journey format as JSON Schema (draft-07), generated from the valibot
 * definition in `schema.ts`. Rules that need the whole file (ids that must
 * exist or be unique, times that must run forward) are only in the
 * validator, and the schema's description says so.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import { FORMAT_VERSION, JourneySchema, SCHEMA_PATH } from './schema.ts';

export function journeyJsonSchema(): Record<string, unknown> {
  const generated = toJsonSchema(JourneySchema, { errorMode: 'ignore' }) as Record<string, unknown>;
  return {
    ...generated,
    $id: SCHEMA_PATH,
    title: `Diplomatic journey, format ${FORMAT_VERSION}`,
    description:
      'A GeoJSON FeatureCollection (RFC 7946) whose features are places and legs, with the journey, travellers, events and sources as foreign members. ' +
      'Cross-references (unknown or duplicate ids), time qualifiers and arrivals before departures are checked by `npm run validate`, not by this schema.',
  };
}
