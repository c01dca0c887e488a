/**
 * The journey format as JSON Schema (draft-07), generated from the valibot
 * definition in `schema.ts`, as authors may write it (`JourneyInputSchema`:
 * a place's time zone may be left out). Rules that need the whole file (ids
 * that must exist or be unique, times that must run forward) are only in the
 * validator, and the schema's description says so.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import { FORMAT_VERSION, JourneyInputSchema, SCHEMA_PATH } from './schema.ts';

export function journeyJsonSchema(): Record<string, unknown> {
  const generated = toJsonSchema(JourneyInputSchema, { errorMode: 'ignore' }) as Record<string, unknown>;
  return {
    ...generated,
    $id: SCHEMA_PATH,
    title: `Diplomatic journey, format ${FORMAT_VERSION}`,
    description:
      'A GeoJSON FeatureCollection (RFC 7946) whose features are places and legs, with the journey, travellers, events and sources as foreign members. ' +
      'Cross-references (unknown or duplicate ids), time qualifiers, arrivals before departures, inferred time zones and the story\'s order are checked by `npm run validate`, not by this schema. ' +
      'Summaries and quotes may use a Markdown subset: *emphasis*, **strong**, [links](https://…) and line breaks.',
  };
}
