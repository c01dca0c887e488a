/**
 * Importing events from a spreadsheet: the documented template has one row
 * per event (public/templates/journey-events.csv, described in the
 * authoring guide). Rows are parsed with papaparse; each problem names its
 * row (as a spreadsheet numbers them: the header is row 1) and its column.
 * Either every row imports, or none does. Pure: text in, draft out.
 */
import Papa from 'papaparse';
import { EVENT_STATUSES, TIME_QUALIFIERS, type EventStatus, type TimeQualifier } from '../../journey/schema.ts';
import { freshId, idsInUse, itemsOf, newPlace, slug, type Draft } from '../draft/draft.ts';
import { insertItem, type JsonObject } from '../draft/json-path.ts';
import { composeTime } from '../time/time-parts.ts';
import { urlProblem } from '../check/url-check.ts';

/** The template's columns, in its order. Optional ones may be left out or blank. */
export const CSV_COLUMNS = [
  'event_id',
  'title',
  'summary',
  'date',
  'time',
  'qualifier',
  'time_zone',
  'place',
  'longitude',
  'latitude',
  'participants',
  'status',
  'source_publisher',
  'source_title',
  'source_url',
  'source_date',
] as const;
type Column = (typeof CSV_COLUMNS)[number];

/** Columns that must be in the header. */
const REQUIRED: readonly Column[] = ['title', 'summary', 'date', 'place', 'participants', 'source_url'];

/** One problem in the file, at a row and column. */
export interface CsvProblem {
  /** As a spreadsheet numbers rows: 1 is the header, 2 the first event. */
  readonly row: number;
  readonly column: string;
  readonly message: string;
}

export type CsvImport = { readonly ok: true; readonly draft: Draft; readonly events: number } | { readonly ok: false; readonly problems: readonly CsvProblem[] };

const isObject = (v: unknown): v is JsonObject => v !== null && typeof v === 'object' && !Array.isArray(v);
const textOf = (item: JsonObject, key: string) => (typeof item[key] === 'string' ? (item[key] as string) : '');
const placeName = (place: JsonObject) => (isObject(place.properties) && isObject(place.properties.names) ? textOf(place.properties.names, 'en') : '');
const placeZone = (place: JsonObject) => (isObject(place.properties) ? textOf(place.properties, 'timeZone') : '');

/**
 * Adds the events of a CSV file (the template's columns) to a draft. Places
 * are matched by id or English name, or made from the row's coordinates;
 * travellers by id or name (they must exist: add them in the studio
 * first); sources by URL, or made from the row's source columns.
 *
 * @returns The new draft and how many events it gained, or every problem by row and column.
 */
export function importEventsCsv(draft: Draft, text: string): CsvImport {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy', transformHeader: (h) => h.trim().toLowerCase() });
  const problems: CsvProblem[] = [];
  const add = (row: number, column: string, message: string) => problems.push({ row, column, message });
  for (const error of parsed.errors) add((error.row ?? 0) + 2, '', error.message);
  const header = parsed.meta.fields ?? [];
  for (const column of REQUIRED) if (!header.includes(column)) add(1, column, `The column "${column}" is missing (see the template)`);
  for (const column of header) if (!(CSV_COLUMNS as readonly string[]).includes(column)) add(1, column, `"${column}" is not a column of the template; the columns are ${CSV_COLUMNS.join(', ')}`);
  if (problems.length) return { ok: false, problems };
  if (parsed.data.length === 0) return { ok: false, problems: [{ row: 2, column: '', message: 'The file has a header but no events' }] };

  let next = draft;
  const travellers = itemsOf(draft, 'travellers').map((t) => t.item);
  const placeByKey = new Map<string, JsonObject>();
  for (const { item } of itemsOf(draft, 'places')) {
    placeByKey.set(textOf(item, 'id'), item);
    if (placeName(item)) placeByKey.set(placeName(item).toLowerCase(), item);
  }
  const sourceByUrl = new Map(itemsOf(draft, 'sources').map(({ item }) => [textOf(item, 'url'), item] as const));
  const used = idsInUse(draft);
  const claim = (stem: string, numbered = false) => {
    const id = freshId(stem, used, numbered);
    used.add(id);
    return id;
  };

  parsed.data.forEach((raw, i) => {
    const row = i + 2;
    const cell = (column: Column) => (raw[column] ?? '').trim();
    const need = (column: Column, what: string) => {
      const value = cell(column);
      if (!value) add(row, column, `Write ${what}`);
      return value;
    };
    const title = need('title', 'the event’s title');
    const summary = need('summary', 'what happened (the summary)');

    // The place: known, or new from the row's coordinates.
    const placeText = need('place', 'the place’s name (or the id of a place in the journey)');
    let place = placeByKey.get(placeText) ?? placeByKey.get(placeText.toLowerCase());
    const zoneCell = cell('time_zone');
    if (placeText && !place) {
      const [lon, lat] = [Number(cell('longitude')), Number(cell('latitude'))];
      const lonOk = cell('longitude') !== '' && Number.isFinite(lon) && lon >= -180 && lon <= 180;
      const latOk = cell('latitude') !== '' && Number.isFinite(lat) && lat >= -90 && lat <= 90;
      if (!lonOk) add(row, 'longitude', `"${placeText}" is a new place: give its longitude, a number from -180 to 180 (got "${cell('longitude')}")`);
      if (!latOk) add(row, 'latitude', `"${placeText}" is a new place: give its latitude, a number from -90 to 90 (got "${cell('latitude')}")`);
      if (!zoneCell) add(row, 'time_zone', `"${placeText}" is a new place: give its time zone, e.g. Europe/Moscow`);
      if (lonOk && latOk && zoneCell) {
        place = newPlace(next, [lon, lat], placeText, zoneCell);
        place.id = claim(placeText);
        next = insertItem(next, ['features'], place);
        placeByKey.set(placeText.toLowerCase(), place);
        placeByKey.set(place.id as string, place);
      }
    }

    // Who took part: travellers already in the journey.
    const participants = need('participants', 'who took part: traveller ids or names, separated by ";"')
      .split(';')
      .map((p) => p.trim())
      .filter(Boolean)
      .map((who) => {
        const found = travellers.find((t) => textOf(t, 'id') === who || textOf(t, 'name').toLowerCase() === who.toLowerCase());
        if (!found) {
          const known = travellers.map((t) => textOf(t, 'name') || textOf(t, 'id')).join(', ');
          add(row, 'participants', `"${who}" is not a traveller of this journey; add them under Travellers first${known ? ` (the journey has: ${known})` : ''}`);
        }
        return found ? textOf(found, 'id') : '';
      });

    // When: the day, the clock time, how sure, in the place's zone.
    const qualifierText = cell('qualifier') || (cell('time') ? 'exact' : 'date');
    const qualifier = qualifierText as TimeQualifier;
    if (!TIME_QUALIFIERS.includes(qualifier)) add(row, 'qualifier', `"${qualifierText}" is not a qualifier; use one of ${TIME_QUALIFIERS.join(', ')}`);
    const zone = zoneCell || (place ? placeZone(place) : '');
    const time = composeTime({ date: cell('date'), clock: cell('time'), qualifier: TIME_QUALIFIERS.includes(qualifier) ? qualifier : 'exact', zone });
    if ('error' in time) {
      const column = /day/.test(time.error) ? 'date' : /zone/.test(time.error) ? 'time_zone' : 'time';
      add(row, column, `${time.error} (got "${cell(column as Column)}")`);
    }

    const statusText = cell('status') || 'reported';
    if (!EVENT_STATUSES.includes(statusText as EventStatus)) add(row, 'status', `"${statusText}" is not a status; use one of ${EVENT_STATUSES.join(', ')}`);

    // The source: known by its URL, or new.
    const url = cell('source_url');
    let source = sourceByUrl.get(url);
    if (!source) {
      const bad = urlProblem(url);
      if (bad) add(row, 'source_url', `${bad} (got "${url}")`);
      const publisher = need('source_publisher', 'the source’s publisher');
      const sourceTitle = need('source_title', 'the source’s title');
      const date = cell('source_date');
      if (date && !/^\d{4}-\d{2}-\d{2}$/.test(date)) add(row, 'source_date', `A source date is written YYYY-MM-DD (got "${date}")`);
      if (!bad && publisher && sourceTitle) {
        source = { id: claim(publisher, true), publisher, title: sourceTitle, url, ...(date ? { date } : {}) };
        next = insertItem(next, ['sources'], source);
        sourceByUrl.set(url, source);
      }
    }

    if (problems.some((p) => p.row === row)) return;
    const id = cell('event_id') ? slug(cell('event_id')) : '';
    const event: JsonObject = {
      id: id && !used.has(id) ? (used.add(id), id) : claim(title, !slug(title)),
      title,
      summary,
      place: textOf(place as JsonObject, 'id'),
      participants,
      start: { ...(time as { at: string; until?: string }), qualifier },
      status: statusText,
      sources: [textOf(source as JsonObject, 'id')],
    };
    next = insertItem(next, ['events'], event);
  });
  if (problems.length) return { ok: false, problems };
  return { ok: true, draft: next, events: parsed.data.length };
}

/** How a problem reads in the list: "Row 3, column latitude: …". */
export const describeCsvProblem = (p: CsvProblem) => `Row ${p.row}${p.column ? `, column ${p.column}` : ''}: ${p.message}`;
