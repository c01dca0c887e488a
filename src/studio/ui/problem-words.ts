/**
 * The validator's problems in an editor's words: where in the forms each one
 * is ("Event 2: Talks in Addis", not only `$.events[1]`), a plainer message
 * for a time not written yet, and which error to fix first (the first in the
 * order of the forms). Pure.
 */
import type { Problem } from '../../journey/problem.ts';
import { itemsOf, type Draft, type ListKind } from '../draft/draft.ts';
import { getAt, parsePath, type Json, type JsonObject, type PathPart } from '../draft/json-path.ts';
import { SECTIONS, whereIs } from './focus-path.ts';

const NOUN: Record<ListKind, string> = { travellers: 'Traveller', places: 'Place', events: 'Event', legs: 'Leg', sources: 'Source' };
const str = (v: Json | undefined) => (typeof v === 'string' ? v : '');

function titleOf(draft: Draft, list: ListKind, item: JsonObject): string {
  const placeName = (id: Json | undefined) => str(getAt(itemsOf(draft, 'places').find((p) => p.item.id === id)?.item, ['properties', 'names', 'en'])) || str(id);
  switch (list) {
    case 'travellers':
      return str(item.name);
    case 'places':
      return str(getAt(item, ['properties', 'names', 'en']));
    case 'events':
      return str(item.title);
    case 'sources':
      return [str(item.publisher), str(item.title)].filter(Boolean).join(': ');
    case 'legs': {
      const [from, to] = [getAt(item, ['properties', 'from']), getAt(item, ['properties', 'to'])];
      return from || to ? `${placeName(from)} → ${placeName(to)}` : '';
    }
  }
}

/**
 * Where a path is, as the forms name it: "The journey", "Travellers",
 * "Event 2: Talks in Addis", "Context"; '' when it is nowhere in the forms.
 *
 * @example whereLabel(draft, ['events', 1, 'title']) // 'Event 2: Talks in Addis'
 */
export function whereLabel(draft: Draft, parts: readonly PathPart[]): string {
  const { section, list, index } = whereIs(draft, parts);
  if (list && index !== undefined && index >= 0) {
    const item = itemsOf(draft, list)[index]?.item;
    const title = item ? titleOf(draft, list, item) : '';
    return `${NOUN[list]} ${index + 1}${title ? `: ${title}` : ''}`;
  }
  if (section === 'journey') return 'The journey';
  return SECTIONS.find(([id]) => id === section)?.[1] ?? '';
}

/** The forms' words for the fields a problem may be at. */
const FIELD_WORDS: Record<string, string> = {
  title: 'title', summary: 'summary', id: 'id', name: 'name', role: 'role', color: 'colour', timeZone: 'time zone', names: 'name', geometry: 'point on the map',
  place: 'place', participants: 'who took part', travellers: 'who travelled', sources: 'sources', quotes: 'quotes', start: 'when it started', end: 'when it ended',
  depart: 'departed', arrive: 'arrived', from: 'from', to: 'to', publisher: 'publisher', url: 'link', date: 'date', label: 'label', note: 'note',
};

/**
 * The field a path is at, in the forms' words ('' when it is the item itself).
 *
 * @example fieldWord(['features', 2, 'properties', 'depart', 'at']) // 'departed'
 */
export function fieldWord(parts: readonly PathPart[]): string {
  // A list's item is at [list, index]; the journey's and the context's own fields are at [head, field].
  const inside = parts.slice(parts[0] === 'journey' || parts[0] === 'context' ? 1 : 2);
  const word = inside.find((p): p is string => typeof p === 'string' && p in FIELD_WORDS);
  return word ? FIELD_WORDS[word]! : '';
}

/**
 * The problems as the studio shows them: a time whose day is not written
 * yet, or a place or source not chosen yet, says so, instead of the
 * format's rule for a written one.
 */
export function forEditors(draft: Draft, problems: readonly Problem[]): readonly Problem[] {
  return problems.map((p) => {
    const parts = parsePath(p.path);
    const last = parts?.at(-1);
    if (!parts || getAt(draft, parts) !== '') return p;
    const message = last === 'at' ? 'No day written yet: choose the day (and the time, if it is known)' : typeof last === 'string' && last in NOT_CHOSEN ? NOT_CHOSEN[last] : undefined;
    return message ? { path: p.path, severity: p.severity, message } : p;
  });
}

/** What an empty choice of a place or a source says, instead of the rule for ids. */
const NOT_CHOSEN: Record<string, string> = {
  from: 'Not chosen yet: choose the place it left from (add it under Places first)',
  to: 'Not chosen yet: choose the place it went to (add it under Places first)',
  place: 'Not chosen yet: choose the place (add it under Places first)',
  source: 'Not chosen yet: choose the source (add it under Sources first)',
};

/** The order of a path in the forms: by part of the form column, then by item. */
function formOrder(draft: Draft, p: Problem): number {
  const { section, index } = whereIs(draft, parsePath(p.path) ?? []);
  const s = SECTIONS.findIndex(([id]) => id === section);
  return (s < 0 ? SECTIONS.length : s) * 100_000 + (index ?? -1) + 1;
}

/** The error to fix first: the first in the order an editor fills the forms in (the journey, then travellers…). */
export function firstToFix(draft: Draft, problems: readonly Problem[]): Problem | undefined {
  let best: Problem | undefined;
  let bestOrder = Infinity;
  for (const p of problems) {
    if (p.severity !== 'error') continue;
    const order = formOrder(draft, p);
    if (order < bestOrder) [best, bestOrder] = [p, order];
  }
  return best;
}
