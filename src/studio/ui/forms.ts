/**
 * The forms for everything an editor writes: the journey, its travellers,
 * places, events (with quotes), legs and sources. Render functions over the
 * draft: every change goes through the studio (`FormsContext`), which owns
 * the draft and its history.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { EVENT_STATUSES, LEG_MODES, LEG_STATUSES, PRECISIONS, type LegMode, type Precision } from '../../journey/schema.ts';
import { statusLabel } from '../../components/status.ts';
import { checkColour, MIN_GRAPHIC_CONTRAST } from '../check/contrast.ts';
import { urlProblem } from '../check/url-check.ts';
import { duplicateEvent, itemsOf, newEvent, newLeg, newQuote, newSource, newTraveller, renameId, slug, type Draft, type IdKind, type ListKind } from '../draft/draft.ts';
import { formatPath, getAt, insertItem, listAt, moveItem, removeItem, setAt, type Json, type JsonObject, type PathPart } from '../draft/json-path.ts';
import { TimeEditEvent } from '../studio-events.ts';
import { checkboxList, fieldId, numberField, selectField, textArea, textField, type FormContext } from './fields.ts';
import './time-field.ts';
import { viewField, type CanvasView } from './view-field.ts';

/** The format's words, as an editor reads them in the menus (the file keeps the format's own). */
const PRECISION_LABELS: Readonly<Record<Precision, string>> = {
  exact: 'Exact: the point itself is known',
  building: 'The building is known',
  approximate: 'Approximate: somewhere near the point',
  city: 'Only the city is known',
  region: 'Only the region is known',
};
const MODE_LABELS: Readonly<Record<LegMode, string>> = { flight: 'Flight', car: 'Car', walk: 'On foot', other: 'Other' };

/** What the forms need from the studio, beyond setting fields. */
export interface FormsContext extends FormContext {
  readonly draft: Draft;
  /** The item open in the forms. */
  readonly selected: { readonly list: ListKind; readonly index: number } | undefined;
  select(list: ListKind, index: number | undefined): void;
  /** Replaces the whole draft (an edit that touches several places), as one undo step unless `key` coalesces it. */
  apply(next: Draft, key?: string): void;
  /** Every problem's message by path. */
  readonly problems: ReadonlyMap<string, string>;
  /** The basemaps' backgrounds, for the colour check. */
  readonly backgrounds: readonly { name: string; background: string }[];
  /** The place whose point the next click on the map sets ('' for none). */
  readonly placing: string;
  startPlacing(placeId: string): void;
  importRoute(legParts: readonly PathPart[], file: File): void;
  readonly readerZone: string;
  /** Where the map canvas looks now (undefined before it is drawn). */
  canvasView(): CanvasView | undefined;
}

const str = (v: Json | undefined) => (typeof v === 'string' ? v : '');
const SINGULAR: Record<ListKind, string> = { travellers: 'traveller', places: 'place', events: 'event', legs: 'leg', sources: 'source' };

const placeChoices = (d: Draft) => itemsOf(d, 'places').map(({ item }) => [str(item.id), `${str(getAt(item, ['properties', 'names', 'en'])) || '(no name)'} (${str(item.id)})`] as const);
const travellerChoices = (d: Draft) => itemsOf(d, 'travellers').map(({ item }) => [str(item.id), str(item.name) || str(item.id)] as const);
const sourceChoices = (d: Draft) => itemsOf(d, 'sources').map(({ item }) => [str(item.id), `${str(item.publisher) || '(no publisher)'}: ${str(item.title) || str(item.id)}`] as const);
const placeZone = (d: Draft, id: Json | undefined) => str(getAt(itemsOf(d, 'places').find((p) => p.item.id === id)?.item, ['properties', 'timeZone']));

/** An id field: renaming the id renames every reference to it. */
function idField(ctx: FormsContext, parts: readonly PathPart[], kind: IdKind, help = 'Lower-case letters, digits and hyphens. References to it follow when you change it.') {
  const current = str(getAt(ctx.draft, parts));
  return textField(ctx, parts, 'Id', { help, onValue: (value) => ctx.apply(renameId(ctx.draft, kind, current, value), formatPath(parts)) });
}

/** A list of items: each opens in turn, and can be moved, removed (and an event duplicated). */
function itemList(
  ctx: FormsContext,
  list: ListKind,
  heading: string,
  intro: TemplateResult | string,
  titleOf: (item: JsonObject) => string,
  body: (parts: PathPart[], item: JsonObject, index: number) => TemplateResult,
  create: () => JsonObject,
  afterAdd?: (item: JsonObject) => void,
): TemplateResult {
  const items = itemsOf(ctx.draft, list);
  const noun = SINGULAR[list];
  const listParts: PathPart[] = list === 'places' || list === 'legs' ? ['features'] : [list];
  const move = (from: number, to: number) => {
    const a = items[from]?.path[1] as number;
    const b = items[to]?.path[1] as number;
    if (a === undefined || b === undefined) return;
    ctx.apply(moveItem(ctx.draft, listParts, a, b));
    ctx.select(list, to);
  };
  return html`<section class="form-section" aria-labelledby=${`h-${list}`}>
    <h2 id=${`h-${list}`}>${heading} <span class="count">(${items.length})</span></h2>
    <p class="intro">${intro}</p>
    <ol class="items">
      ${items.map(({ path, item }, i) => {
        const open = ctx.selected?.list === list && ctx.selected.index === i;
        const title = titleOf(item) || `(untitled ${noun})`;
        const label = `${noun[0]!.toUpperCase()}${noun.slice(1)} ${i + 1}: ${title}`;
        const hasProblem = [...ctx.problems.keys()].some((p) => p === formatPath(path) || p.startsWith(`${formatPath(path)}.`) || p.startsWith(`${formatPath(path)}[`));
        return html`<li class="item ${open ? 'open' : ''}" data-item=${formatPath(path)}>
          <div class="item-head">
            <button type="button" class="item-toggle" aria-expanded=${open ? 'true' : 'false'} @click=${() => ctx.select(list, open ? undefined : i)}>
              ${label}${hasProblem ? html`<span class="badge" aria-label="has problems"> !</span>` : nothing}
            </button>
            <span class="item-actions">
              <button type="button" class="icon" aria-label=${`Move ${noun} ${i + 1} up`} ?disabled=${i === 0} @click=${() => move(i, i - 1)}>↑</button>
              <button type="button" class="icon" aria-label=${`Move ${noun} ${i + 1} down`} ?disabled=${i === items.length - 1} @click=${() => move(i, i + 1)}>↓</button>
              ${list === 'events'
                ? html`<button type="button" class="icon" aria-label=${`Duplicate event ${i + 1}`} @click=${() => {
                    ctx.apply(duplicateEvent(ctx.draft, i));
                    ctx.select('events', i + 1);
                  }}>⧉</button>`
                : nothing}
              <button type="button" class="icon" aria-label=${`Remove ${noun} ${i + 1}`} @click=${() => {
                ctx.apply(removeItem(ctx.draft, listParts, path[1] as number));
                ctx.select(list, undefined);
              }}>✕</button>
            </span>
          </div>
          ${open ? html`<div class="item-body">${body(path, item, i)}</div>` : nothing}
        </li>`;
      })}
    </ol>
    <button type="button" class="add" data-path=${formatPath([list === 'places' || list === 'legs' ? 'features' : list])} id=${fieldId([list])} @click=${() => {
      const item = create();
      ctx.apply(insertItem(ctx.draft, listParts, item));
      ctx.select(list, items.length);
      afterAdd?.(item);
    }}>Add ${/^[aeiou]/.test(noun) ? "an" : "a"} ${noun}</button>
  </section>`;
}

/** The journey's own fields. A new journey's id follows its title until the editor changes it. */
export function journeyForm(ctx: FormsContext): TemplateResult {
  const j = ['journey'];
  const id = str(getAt(ctx.draft, [...j, 'id']));
  const follows = id === 'new-journey' || id === '' || id === slug(str(getAt(ctx.draft, [...j, 'title'])));
  const retitle = (title: string) => ctx.apply(setAt(setAt(ctx.draft, [...j, 'title'], title), [...j, 'id'], slug(title) || 'new-journey'), formatPath([...j, 'title']));
  return html`<section class="form-section" aria-labelledby="h-journey">
    <h2 id="h-journey">The journey</h2>
    ${textField(ctx, [...j, 'title'], 'Title', { required: true, help: 'As a headline: who went where.', onValue: follows ? retitle : undefined })}
    ${textArea(ctx, [...j, 'summary'], 'Summary', { required: true, help: 'Two or three sentences for the opening card.' })}
    ${textField(ctx, [...j, 'id'], 'Id', { required: true, help: `The file’s name and its address (?journey=…): lower-case letters, digits and hyphens.${follows ? ' Made from the title until you change it.' : ''}` })}
    ${textField(ctx, [...j, 'credit'], 'Credit', { help: 'Who made it, e.g. "Graphics desk".' })}
    <div class="row">
      ${textField(ctx, [...j, 'language'], 'Language', { help: 'e.g. en' })} ${textField(ctx, [...j, 'updated'], 'Updated', { type: 'date' })}
    </div>
  </section>`;
}

export function travellersForm(ctx: FormsContext): TemplateResult {
  return itemList(
    ctx,
    'travellers',
    'Travellers',
    'The people or delegations whose moves the map follows. Each has a colour for their routes.',
    (t) => str(t.name),
    (p, t) => {
      const colour = str(t.color) || '#000000';
      const checks = checkColour(colour, ctx.backgrounds);
      const colourId = fieldId([...p, 'color']);
      return html`${textField(ctx, [...p, 'name'], 'Name', { required: true })} ${textField(ctx, [...p, 'role'], 'Role', { required: true, help: 'e.g. "US special envoy".' })}
        <div class="row">
          ${selectField(ctx, [...p, 'kind'], 'Kind', [
            ['person', 'A person'],
            ['delegation', 'A delegation'],
          ])}
          <div class="field">
            <label for=${colourId}>Route colour</label>
            <input id=${colourId} data-path=${formatPath([...p, 'color'])} type="color" .value=${colour} aria-describedby=${`${colourId}-contrast`} @input=${(e: Event) => ctx.set([...p, 'color'], (e.target as HTMLInputElement).value, formatPath([...p, 'color']))} @change=${() => ctx.seal()} />
          </div>
        </div>
        <p class="contrast" id=${`${colourId}-contrast`}>
          ${checks.length === 0 ? 'Checking the colour against the basemaps…' : nothing}
          ${checks.map(
            (c) => html`<span class=${c.ok ? 'ok' : 'low'}><span class="swatch" style=${`--bg:${c.background};--fg:${colour}`} aria-hidden="true"></span>${c.basemap} map: ${c.ratio.toFixed(1)}:1
                ${c.ok ? '✓' : `— below ${MIN_GRAPHIC_CONTRAST}:1, hard to see`}</span>`,
          )}
        </p>
        ${idField(ctx, [...p, 'id'], 'traveller')}`;
    },
    () => newTraveller(ctx.draft),
  );
}

export function placesForm(ctx: FormsContext): TemplateResult {
  return itemList(
    ctx,
    'places',
    'Places',
    'Where the events happen. Add one with “Add a place” and click the map, or find a city on the map.',
    (f) => str(getAt(f, ['properties', 'names', 'en'])),
    (p, f) => {
      const props = [...p, 'properties'];
      const hasPoint = getAt(f, ['geometry', 'type']) === 'Point';
      const setCoordinate = (axis: 0 | 1, value: string) => {
        const n = Number(value);
        if (value === '' || !Number.isFinite(n)) return;
        const coords = hasPoint ? (listAt(f, ['geometry', 'coordinates']).slice() as number[]) : [0, 0];
        coords[axis] = n;
        ctx.set([...p, 'geometry'], { type: 'Point', coordinates: coords }, formatPath([...p, 'geometry', 'coordinates', axis]));
      };
      const placing = ctx.placing === str(f.id);
      return html`${textField(ctx, [...props, 'names', 'en'], 'Name in English', { required: true })}
        <div class="row">
          ${selectField(ctx, [...props, 'precision'], 'Precision', PRECISIONS.map((x) => [x, PRECISION_LABELS[x]] as const), { help: 'How precisely the point locates it. Readers see an approximate place with a circle of its radius, and are told when only the city is known.' })}
          ${getAt(f, ['properties', 'precision']) === 'approximate' ? numberField(ctx, [...props, 'radiusMeters'], 'Radius (m)', { min: 1 }) : nothing}
        </div>
        <div class="field">
          <label for=${fieldId([...props, 'timeZone'])}>Time zone</label>
          <input id=${fieldId([...props, 'timeZone'])} data-path=${formatPath([...props, 'timeZone'])} list="studio-zones" .value=${str(getAt(f, ['properties', 'timeZone']))} aria-describedby=${`${fieldId([...props, 'timeZone'])}-help`} @input=${(e: Event) => ctx.set([...props, 'timeZone'], (e.target as HTMLInputElement).value || undefined, formatPath([...props, 'timeZone']))} @change=${() => ctx.seal()} />
          <span class="help" id=${`${fieldId([...props, 'timeZone'])}-help`}>IANA name, e.g. Europe/Moscow. Local times are shown in it.</span>
          ${ctx.problemAt([...props, 'timeZone']) ? html`<span class="field-problem">${ctx.problemAt([...props, 'timeZone'])}</span>` : nothing}
        </div>
        <fieldset class="field" data-path=${formatPath([...p, 'geometry'])} id=${fieldId([...p, 'geometry'])} tabindex="-1">
          <legend>Where</legend>
          <div class="row">
            ${textField(ctx, [...p, 'geometry', 'coordinates', 0], 'Longitude', { type: 'number', onValue: (v) => setCoordinate(0, v) })}
            ${textField(ctx, [...p, 'geometry', 'coordinates', 1], 'Latitude', { type: 'number', onValue: (v) => setCoordinate(1, v) })}
          </div>
          <button type="button" aria-pressed=${placing ? 'true' : 'false'} @click=${() => ctx.startPlacing(placing ? '' : str(f.id))}>
            ${placing ? 'Click the map to place it… (press to cancel)' : hasPoint ? 'Move it by clicking the map' : 'Place it by clicking the map'}
          </button>
          <p class="help">Or drag its marker on the map (or focus the marker and use the arrow keys).</p>
        </fieldset>
        ${textArea(ctx, [...props, 'description'], 'Description')} ${idField(ctx, [...p, 'id'], 'place')}`;
    },
    () => ({ type: 'Feature', id: nextPlaceId(ctx.draft), geometry: null, properties: { kind: 'place', names: { en: '' }, precision: 'city' } }),
    // A new place has no point yet: the next click on the map gives it one.
    (place) => ctx.startPlacing(String(place.id)),
  );
}

const nextPlaceId = (d: Draft) => {
  const used = new Set(itemsOf(d, 'places').map((p) => str(p.item.id)).concat(itemsOf(d, 'legs').map((l) => str(l.item.id))));
  for (let n = 1; ; n++) if (!used.has(`place-${n}`)) return `place-${n}`;
};

function timeField(ctx: FormsContext, parts: readonly PathPart[], label: string, zone: string) {
  const value = getAt(ctx.draft, parts);
  const old = value && typeof value === 'object' && !Array.isArray(value) ? value : {};
  return html`<studio-time-field
    .time=${value as JsonObject | undefined}
    .path=${parts}
    .label=${label}
    .placeZone=${zone}
    .readerZone=${ctx.readerZone}
    .problems=${ctx.problems}
    @studio-time-edit=${(e: TimeEditEvent) => {
      const { until: _until, ...rest } = old as JsonObject;
      ctx.set(parts, { ...(e.detail.time.until ? old : rest), ...e.detail.time } as JsonObject, formatPath(parts));
    }}
  ></studio-time-field>`;
}

export function eventsForm(ctx: FormsContext): TemplateResult {
  return itemList(
    ctx,
    'events',
    'Events',
    'The steps of the story, each at a place, with who took part, when, and its sources.',
    (e) => str(e.title),
    (p, e) => {
      const zone = placeZone(ctx.draft, e.place);
      const quotes = listAt(e, ['quotes']);
      return html`${textField(ctx, [...p, 'title'], 'Title', { required: true })}
        ${textArea(ctx, [...p, 'summary'], 'What happened', { required: true, help: 'May use *emphasis*, **strong** and [links](https://…).' })}
        ${selectField(ctx, [...p, 'place'], 'Place', placeChoices(ctx.draft), { blank: 'Choose a place…' })}
        ${checkboxList(ctx, [...p, 'participants'], 'Who took part', travellerChoices(ctx.draft), 'Add travellers first.')}
        ${timeField(ctx, [...p, 'start'], 'When it started', zone)}
        ${getAt(e, ['end']) !== undefined
          ? html`${timeField(ctx, [...p, 'end'], 'When it ended', zone)}<button type="button" @click=${() => ctx.set([...p, 'end'], undefined)}>Remove the end time</button>`
          : html`<button type="button" @click=${() => ctx.set([...p, 'end'], { at: '', qualifier: 'about' })}>Add an end time</button>`}
        ${selectField(ctx, [...p, 'status'], 'Status', EVENT_STATUSES.map((s) => [s, statusLabel(s)] as const), { help: 'Confirmed, reported by the source, inferred from other facts, announced, planned, or did not happen: readers see it on the card.' })}
        ${checkboxList(ctx, [...p, 'sources'], 'Sources', sourceChoices(ctx.draft), 'Add sources first (under Sources).')}
        ${viewField(ctx, [...p, 'view'], () => ctx.canvasView())}
        <fieldset class="field quotes" data-path=${formatPath([...p, 'quotes'])}>
          <legend>Quotes</legend>
          ${quotes.map(
            (_, qi) => html`<div class="quote" role="group" aria-label=${`Quote ${qi + 1}`}>
              ${textArea(ctx, [...p, 'quotes', qi, 'text'], `Quote ${qi + 1}: the words, verbatim`)}
              <div class="row">
                ${textField(ctx, [...p, 'quotes', qi, 'speaker'], 'Speaker')}
                ${selectField(ctx, [...p, 'quotes', qi, 'source'], 'From the source', sourceChoices(ctx.draft))}
              </div>
              <button type="button" @click=${() => ctx.apply(removeItem(ctx.draft, [...p, 'quotes'], qi))}>Remove quote ${qi + 1}</button>
            </div>`,
          )}
          <button type="button" @click=${() => ctx.apply(insertItem(ctx.draft, [...p, 'quotes'], newQuote(e)))}>Add a quote</button>
        </fieldset>
        ${idField(ctx, [...p, 'id'], 'event')}`;
    },
    () => newEvent(ctx.draft),
  );
}

export function legsForm(ctx: FormsContext): TemplateResult {
  return itemList(
    ctx,
    'legs',
    'Legs',
    'Journeys between two places. Flights follow great circles; a route from a GPX or KML file replaces the straight line.',
    (l) => {
      const name = (id: Json | undefined) => str(getAt(itemsOf(ctx.draft, 'places').find((x) => x.item.id === id)?.item, ['properties', 'names', 'en'])) || str(id);
      const from = getAt(l, ['properties', 'from']);
      const to = getAt(l, ['properties', 'to']);
      return from || to ? `${name(from)} → ${name(to)}` : '';
    },
    (p, l) => {
      const props = [...p, 'properties'];
      const routeId = fieldId([...p, 'geometry']);
      const hasRoute = getAt(l, ['geometry', 'type']) === 'LineString';
      return html`<div class="row">
          ${selectField(ctx, [...props, 'from'], 'From', placeChoices(ctx.draft), { blank: 'Choose a place…' })}
          ${selectField(ctx, [...props, 'to'], 'To', placeChoices(ctx.draft), { blank: 'Choose a place…' })}
        </div>
        ${checkboxList(ctx, [...props, 'travellers'], 'Who travelled', travellerChoices(ctx.draft), 'Add travellers first.')}
        <div class="row">
          ${selectField(ctx, [...props, 'mode'], 'Mode', LEG_MODES.map((m) => [m, MODE_LABELS[m]] as const))}
          ${selectField(ctx, [...props, 'status'], 'Status', LEG_STATUSES.map((s) => [s, statusLabel(s)] as const))}
        </div>
        ${timeField(ctx, [...props, 'depart'], 'Departed', placeZone(ctx.draft, getAt(l, ['properties', 'from'])))}
        ${timeField(ctx, [...props, 'arrive'], 'Arrived', placeZone(ctx.draft, getAt(l, ['properties', 'to'])))}
        ${checkboxList(ctx, [...props, 'sources'], 'Sources', sourceChoices(ctx.draft), 'Add sources first (under Sources).')}
        ${textArea(ctx, [...props, 'summary'], 'Summary')}
        <div class="field" data-path=${formatPath([...p, 'geometry'])}>
          <label for=${routeId}>Route from a GPX or KML file</label>
          <input id=${routeId} type="file" accept=".gpx,.kml,application/gpx+xml,application/vnd.google-earth.kml+xml" @change=${(e: Event) => {
            const input = e.target as HTMLInputElement;
            const file = input.files?.[0];
            input.value = '';
            if (file) ctx.importRoute(p, file);
          }} />
          <span class="help">${hasRoute ? `Drawn from a route of ${listAt(l, ['geometry', 'coordinates']).length} points.` : 'No route: the line is drawn between the two places.'}</span>
          ${hasRoute ? html`<button type="button" @click=${() => ctx.set([...p, 'geometry'], null)}>Remove the route</button>` : nothing}
        </div>
        ${textField(ctx, [...p, 'id'], 'Id', { help: 'Lower-case letters, digits and hyphens.' })}`;
    },
    () => newLeg(ctx.draft),
  );
}

export function sourcesForm(ctx: FormsContext): TemplateResult {
  return itemList(
    ctx,
    'sources',
    'Sources',
    'Every event and leg cites at least one. The link is checked as you type.',
    (s) => [str(s.publisher), str(s.title)].filter(Boolean).join(': '),
    (p, s) => {
      const url = str(s.url);
      const typed = urlProblem(url);
      return html`${textField(ctx, [...p, 'publisher'], 'Publisher', { required: true, help: 'e.g. Reuters' })} ${textField(ctx, [...p, 'title'], 'Title', { required: true })}
        ${textField(ctx, [...p, 'url'], 'Link', { type: 'url', required: true, problem: url ? typed : ctx.problemAt([...p, 'url']), help: url && !typed ? 'A valid http(s) link ✓' : 'The article’s address, https://…' })}
        <div class="row">${textField(ctx, [...p, 'date'], 'Published', { type: 'date' })} ${textField(ctx, [...p, 'via'], 'Via', { help: 'Who the publisher cites, e.g. TASS' })}</div>
        ${idField(ctx, [...p, 'id'], 'source')}`;
    },
    () => newSource(ctx.draft),
  );
}
