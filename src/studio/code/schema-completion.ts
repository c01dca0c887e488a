/**
 * What the code view offers at the cursor, from the format's JSON Schema
 * (journey/json-schema.ts, the one published in public/schema): the
 * property names an object may have, and the values a property may take.
 * Pure.
 */
import type { PathPart } from '../draft/json-path.ts';

type Schema = {
  properties?: Record<string, Schema>;
  items?: Schema | Schema[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  enum?: unknown[];
  const?: unknown;
  description?: string;
  type?: string | string[];
};

/** Every alternative a schema allows (anyOf, oneOf and allOf flattened). */
function alternatives(schema: Schema | undefined): Schema[] {
  if (!schema) return [];
  const nested = [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])];
  return nested.length ? [schema, ...nested.flatMap(alternatives)] : [schema];
}

/** The schemas a path may lead to. */
export function schemasAt(root: unknown, parts: readonly PathPart[]): Schema[] {
  let here = alternatives(root as Schema);
  for (const part of parts) {
    here = here.flatMap((s) => {
      if (typeof part === 'number') return alternatives(Array.isArray(s.items) ? s.items[part] : s.items);
      return alternatives(s.properties?.[part]);
    });
  }
  return here;
}

/** A completion: the text to insert, and what it means. */
export interface Suggestion {
  readonly label: string;
  readonly detail?: string;
  readonly kind: 'property' | 'value';
}

/** Property names the object at `parts` may have, less those it has. */
export function propertySuggestions(root: unknown, parts: readonly PathPart[], present: ReadonlySet<string> = new Set()): Suggestion[] {
  const seen = new Map<string, Suggestion>();
  for (const s of schemasAt(root, parts)) {
    for (const [name, sub] of Object.entries(s.properties ?? {})) {
      if (present.has(name) || seen.has(name)) continue;
      const detail = alternatives(sub).find((a) => a.description)?.description;
      seen.set(name, detail ? { label: name, detail, kind: 'property' } : { label: name, kind: 'property' });
    }
  }
  return [...seen.values()];
}

/** Values the property `name` of the object at `parts` may take (enums and constants). */
export function valueSuggestions(root: unknown, parts: readonly PathPart[], name: string): Suggestion[] {
  const values = new Set<string>();
  for (const s of schemasAt(root, [...parts, name])) {
    for (const v of s.enum ?? []) if (typeof v === 'string') values.add(v);
    if (typeof s.const === 'string') values.add(s.const);
  }
  return [...values].map((label) => ({ label, kind: 'value' }));
}
