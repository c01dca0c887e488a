/**
 * The journey being written: plain JSON in the file's own shape (a GeoJSON
 * FeatureCollection with the journey's foreign members), which may be
 * invalid while it is being written; the validator says where. Pure: new
 * items, fresh ids, renaming an id everywhere it is used, duplicating.
 */
import { FORMAT_VERSION, SCHEMA_PATH } from '../../journey/schema.ts';
import { getAt, listAt, setAt, type Json, type JsonObject, type PathPart } from './json-path.ts';

/** A draft journey file. */
export type Draft = JsonObject;

/** The lists an editor works on, and where each lives in the file. */
export type ListKind = 'travellers' | 'places' | 'events' | 'legs' | 'sources';

/** Colours given to new travellers in turn: each has 3:1 contrast or more against both basemaps' backgrounds (see contrast.ts). */
export const TRAVELLER_COLOURS = ['#2f6fd0', '#d0402a', '#1f8a44', '#8a3ffc', '#b35c00', '#00849f'] as const;

/** A new, empty journey: valid but for what only its editor can write (titles, a traveller, a source, an event). */
export function blankDraft(): Draft {
  return {
    // Where data/journeys/ files find it, as minimal.json does.
    $schema: `../../public/${SCHEMA_PATH}`,
    type: 'FeatureCollection',
    journey: { formatVersion: FORMAT_VERSION, id: 'new-journey', title: '', summary: '' },
    travellers: [],
    sources: [],
    events: [],
    features: [],
  };
}

const isObject = (value: Json | undefined): value is JsonObject => value !== null && typeof value === 'object' && !Array.isArray(value);
const kindOf = (feature: Json | undefined) => (isObject(feature) && isObject(feature.properties) ? feature.properties.kind : undefined);

/** Indexes into `features` of the places (or the legs), in file order. */
export function featureIndexes(draft: Draft, kind: 'place' | 'leg'): number[] {
  return listAt(draft, ['features']).flatMap((f, i) => (kindOf(f) === kind ? [i] : []));
}

/** The path of item `index` of a list as the editor sees it (places and legs are features). */
export function itemPath(draft: Draft, list: ListKind, index: number): PathPart[] {
  if (list === 'places' || list === 'legs') return ['features', featureIndexes(draft, list === 'places' ? 'place' : 'leg')[index] ?? -1];
  return [list, index];
}

/** The items of a list as the editor sees it, each with its path. */
export function itemsOf(draft: Draft, list: ListKind): { path: PathPart[]; item: JsonObject }[] {
  if (list === 'places' || list === 'legs') {
    const features = listAt(draft, ['features']);
    return featureIndexes(draft, list === 'places' ? 'place' : 'leg').map((i) => ({ path: ['features', i], item: features[i] as JsonObject }));
  }
  return listAt(draft, [list]).flatMap((item, i) => (isObject(item) ? [{ path: [list, i], item }] : []));
}

/** Every id in use in the file (items of every list), for making new ones. */
export function idsInUse(draft: Draft): Set<string> {
  const ids = new Set<string>();
  for (const key of ['travellers', 'sources', 'events', 'features']) {
    for (const item of listAt(draft, [key])) if (isObject(item) && typeof item.id === 'string') ids.add(item.id);
  }
  return ids;
}

/**
 * An id from text, as the format allows them: lower-case letters, digits
 * and hyphens, at most 60 characters.
 *
 * @example slug('Kremlin Senate, Moscow') // 'kremlin-senate-moscow'
 */
export function slug(text: string): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return s;
}

/**
 * An id not yet in use: `stem`, or `stem-2`, `stem-3`…
 *
 * @example freshId('place', new Set(['place-1'])) // 'place-2'
 */
export function freshId(stem: string, used: ReadonlySet<string>, numbered = true): string {
  const base = slug(stem) || 'item';
  if (!numbered && !used.has(base)) return base;
  for (let n = numbered ? 1 : 2; ; n++) {
    const id = `${base}-${n}`;
    if (!used.has(id)) return id;
  }
}

/** A new traveller, with the next colour. */
export function newTraveller(draft: Draft): JsonObject {
  const count = listAt(draft, ['travellers']).length;
  return { id: freshId('traveller', idsInUse(draft)), name: '', kind: 'person', role: '', color: TRAVELLER_COLOURS[count % TRAVELLER_COLOURS.length] as string };
}

/** A new source. */
export function newSource(draft: Draft): JsonObject {
  return { id: freshId('source', idsInUse(draft)), publisher: '', title: '', url: '', date: '' };
}

/**
 * A new place: a point where one is given ([longitude, latitude], rounded to
 * about 1 m), or no geometry yet.
 */
export function newPlace(draft: Draft, position?: readonly [number, number], name = '', timeZone = ''): JsonObject {
  const round = (x: number) => Math.round(x * 1e5) / 1e5;
  const geometry = position ? { type: 'Point', coordinates: [round(position[0]), round(position[1])] } : null;
  const properties: JsonObject = { kind: 'place', names: { en: name }, precision: 'city' };
  if (timeZone) properties.timeZone = timeZone;
  return { type: 'Feature', id: freshId(name || 'place', idsInUse(draft), !name), geometry, properties };
}

/** How near a place with a zone must be for a new place to take its zone (as the validator infers one, 50 km). */
const NEARBY_ZONE_KM = 50;

/**
 * The time zone of the nearest place of the draft that has one, if it is
 * within 50 km of this position; '' if none is. A building clicked on the
 * map beside a city already added takes the city's zone.
 *
 * @example nearbyZone(draft, [38.76, 9.02]) // 'Africa/Addis_Ababa', beside Addis Ababa
 */
export function nearbyZone(draft: Draft, position: readonly [number, number]): string {
  const rad = Math.PI / 180;
  let best = { km: NEARBY_ZONE_KM, zone: '' };
  for (const { item } of itemsOf(draft, 'places')) {
    const zone = getAt(item, ['properties', 'timeZone']);
    const at = getAt(item, ['geometry', 'coordinates']);
    if (typeof zone !== 'string' || !zone || !Array.isArray(at) || typeof at[0] !== 'number' || typeof at[1] !== 'number') continue;
    const [dLat, dLon] = [(at[1] - position[1]) * rad, (at[0] - position[0]) * rad];
    const h = Math.sin(dLat / 2) ** 2 + Math.cos(position[1] * rad) * Math.cos(at[1] * rad) * Math.sin(dLon / 2) ** 2;
    const km = 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
    if (km <= best.km) best = { km, zone };
  }
  return best.zone;
}

/** A new event, at the first place, with the first traveller and source, if there are any. */
export function newEvent(draft: Draft): JsonObject {
  const [place] = itemsOf(draft, 'places');
  const [traveller] = itemsOf(draft, 'travellers');
  const [source] = itemsOf(draft, 'sources');
  return {
    id: freshId('event', idsInUse(draft)),
    title: '',
    summary: '',
    place: typeof place?.item.id === 'string' ? place.item.id : '',
    participants: typeof traveller?.item.id === 'string' ? [traveller.item.id] : [],
    start: { at: '', qualifier: 'exact' },
    status: 'reported',
    sources: typeof source?.item.id === 'string' ? [source.item.id] : [],
  };
}

/** A new leg between the last two places, with every traveller and the first source. */
export function newLeg(draft: Draft): JsonObject {
  const places = itemsOf(draft, 'places').map((p) => String(p.item.id ?? ''));
  const travellers = itemsOf(draft, 'travellers').map((t) => String(t.item.id ?? ''));
  const [source] = itemsOf(draft, 'sources');
  return {
    type: 'Feature',
    id: freshId('leg', idsInUse(draft)),
    geometry: null,
    properties: {
      kind: 'leg',
      from: places[places.length - 2] ?? '',
      to: places[places.length - 1] ?? '',
      travellers,
      mode: 'flight',
      status: 'reported',
      depart: { at: '', qualifier: 'exact' },
      arrive: { at: '', qualifier: 'exact' },
      sources: typeof source?.item.id === 'string' ? [source.item.id] : [],
    },
  };
}

/** A new quote, tied to the event's first source. */
export function newQuote(event: JsonObject): JsonObject {
  const sources = Array.isArray(event.sources) ? event.sources : [];
  return { text: '', speaker: '', source: typeof sources[0] === 'string' ? sources[0] : '' };
}

/** A copy of an event with a fresh id, right after it. */
export function duplicateEvent(draft: Draft, index: number): Draft {
  const events = listAt(draft, ['events']).slice();
  const event = events[index];
  if (!isObject(event)) return draft;
  const copy = structuredClone(event);
  copy.id = freshId(`${String(event.id ?? 'event')}-copy`, idsInUse(draft), false);
  if (typeof copy.title === 'string' && copy.title) copy.title = `${copy.title} (copy)`;
  events.splice(index + 1, 0, copy);
  return setAt(draft, ['events'], events);
}

/** Which id lists refer to which kind of item. */
export type IdKind = 'traveller' | 'source' | 'event' | 'place';

/** Renames `from` in an object's id list at `key`, when it has one. */
const renameIn = (object: JsonObject, key: string, from: string, to: string): void => {
  const list = object[key];
  if (Array.isArray(list)) object[key] = list.map((id) => (id === from ? to : id));
};

/**
 * Renames an id in the file: the item keeps its data, and every reference
 * to it follows (an event's place, participants, sources, members and
 * after/before events; a leg's ends, travellers and sources; a quote's or
 * an outcome's sources), so no reference is left dangling.
 *
 * @example renameId(draft, 'place', 'place-1', 'kremlin') // events at place-1 are now at kremlin
 */
export function renameId(draft: Draft, kind: IdKind, from: string, to: string): Draft {
  if (from === to || !from) return draft;
  const listKey = kind === 'place' ? 'features' : `${kind}s`;
  const list = listAt(draft, [listKey]).map((item) => (isObject(item) && item.id === from && (kind !== 'place' || kindOf(item) === 'place') ? { ...item, id: to } : item));
  let next = setAt(draft, [listKey], list);
  const timeRef = (time: Json | undefined): Json | undefined => {
    if (!isObject(time) || kind !== 'event') return time;
    const copy = { ...time };
    if (copy.afterEvent === from) copy.afterEvent = to;
    if (copy.beforeEvent === from) copy.beforeEvent = to;
    return copy;
  };
  const events = listAt(next, ['events']).map((raw) => {
    if (!isObject(raw)) return raw;
    const e: JsonObject = { ...raw };
    if (kind === 'place' && e.place === from) e.place = to;
    if (kind === 'traveller') {
      renameIn(e, 'participants', from, to);
      if (isObject(e.members) && from in e.members) {
        const { [from]: names, ...rest } = e.members;
        e.members = { ...rest, [to]: names as Json };
      }
    }
    if (kind === 'source') {
      renameIn(e, 'sources', from, to);
      if (Array.isArray(e.quotes)) e.quotes = e.quotes.map((q) => (isObject(q) && q.source === from ? { ...q, source: to } : q));
      if (isObject(e.outcome)) {
        e.outcome = { ...e.outcome };
        renameIn(e.outcome, 'sources', from, to);
      }
    }
    if (kind === 'event') {
      if (e.start !== undefined) e.start = timeRef(e.start) ?? null;
      if (e.end !== undefined) e.end = timeRef(e.end) ?? null;
      if (isObject(e.outcome) && e.outcome.event === from) e.outcome = { ...e.outcome, event: to };
    }
    return e;
  });
  next = setAt(next, ['events'], events);
  if (kind === 'place' || kind === 'traveller' || kind === 'source') {
    const features = listAt(next, ['features']).map((f) => {
      if (!isObject(f) || kindOf(f) !== 'leg' || !isObject(f.properties)) return f;
      const p: JsonObject = { ...f.properties };
      if (kind === 'place') {
        if (p.from === from) p.from = to;
        if (p.to === from) p.to = to;
      }
      if (kind === 'traveller') renameIn(p, 'travellers', from, to);
      if (kind === 'source') renameIn(p, 'sources', from, to);
      return { ...f, properties: p };
    });
    next = setAt(next, ['features'], features);
  }
  return next;
}

/**
 * The draft as a journey file: empty optional texts left out (an empty
 * source date or note means "not given", not an empty string), so a draft
 * that the forms keep with blank optional fields still validates.
 */
export function toFile(draft: Draft): Draft {
  return prune(draft, []) as Draft;
}

/** Optional fields that the forms keep as '' while blank. */
const OPTIONAL_TEXT = new Set(['date', 'note', 'via', 'language', 'credit', 'updated', 'description', 'context', 'until', 'afterEvent', 'beforeEvent']);

function prune(value: Json, path: readonly PathPart[]): Json {
  if (Array.isArray(value)) return value.map((v, i) => prune(v, [...path, i]));
  if (!isObject(value)) return value;
  const out: JsonObject = {};
  for (const [key, v] of Object.entries(value)) {
    if (v === '' && OPTIONAL_TEXT.has(key)) continue;
    if (key === 'radiusMeters' && (v === null || v === '')) continue;
    out[key] = prune(v, [...path, key]);
  }
  return out;
}

/** True when a value looks like a journey draft (an object with `type` and lists), for restoring and opening files. */
export function looksLikeDraft(value: unknown): value is Draft {
  return isObject(value as Json) && getAt(value as Json, ['type']) === 'FeatureCollection';
}
