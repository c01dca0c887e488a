import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { TIME_QUALIFIERS, type TimeQualifier } from '../../journey/schema.ts';
import { formatPath, type PathPart } from '../draft/json-path.ts';
import { TimeEditEvent } from '../studio-events.ts';
import { DATE_ONLY_QUALIFIERS, composeTime, readout, splitTime, type TimeParts } from '../time/time-parts.ts';
import { fieldId } from './fields.ts';

const QUALIFIER_LABELS: Record<TimeQualifier, string> = {
  exact: 'Exactly (to the minute)',
  about: 'About',
  after: 'After',
  before: 'Before',
  between: 'Between two times',
  date: 'Only the day is known',
  unknown: 'Not known (placed in order only)',
};

/** Zones the browser knows, for the zone list. */
const ZONES: readonly string[] = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];

/**
 * One journey time as an editor thinks of it: how sure it is (the
 * qualifier), the day, the clock time, and the zone it is given in (the
 * place's by default; UTC writes Z). It writes `at` with the right offset
 * for that zone on that day, and shows the moment at the place, for the
 * reader and in UTC. Renders into the light DOM, inside the studio's form.
 *
 * @event studio-time-edit - A new time was written (TimeEditEvent).
 */
export class StudioTimeField extends LitElement {
  static override properties = {
    time: { attribute: false },
    path: { attribute: false },
    label: {},
    placeZone: { attribute: 'place-zone' },
    readerZone: { attribute: 'reader-zone' },
    problems: { attribute: false },
    _parts: { state: true },
    _error: { state: true },
  };

  /** The time as the draft holds it. */
  declare time: { at?: unknown; qualifier?: unknown; until?: unknown } | undefined;
  /** Where it is in the draft: its fields' ids come from it. */
  declare path: readonly PathPart[];
  declare label: string;
  declare placeZone: string;
  declare readerZone: string;
  /** Problems at this time's fields, by path. */
  declare problems: ReadonlyMap<string, string>;
  declare _parts: TimeParts;
  declare _error: string;
  #written = '';

  constructor() {
    super();
    this.time = undefined;
    this.path = [];
    this.label = 'Time';
    this.placeZone = '';
    this.readerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    this.problems = new Map();
    this._parts = { date: '', clock: '', qualifier: 'exact', zone: '' };
    this._error = '';
  }

  protected override createRenderRoot() {
    return this;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const at = typeof this.time?.at === 'string' ? this.time.at : '';
    const qualifier = (TIME_QUALIFIERS as readonly string[]).includes(String(this.time?.qualifier)) ? (this.time?.qualifier as TimeQualifier) : 'exact';
    const key = `${at}|${qualifier}|${String(this.time?.until ?? '')}`;
    // Set from outside (undo, the code view, another item): read it again.
    if (changed.has('time') && key !== this.#written) {
      this._parts = { ...splitTime(at, qualifier, this.placeZone, typeof this.time?.until === 'string' ? this.time.until : undefined), zone: this._parts.zone && at ? this._parts.zone : at.endsWith('Z') ? 'UTC' : this.placeZone };
      this._error = '';
      this.#written = key;
    }
    // A new place (the leg's From chosen after it was made) brings its zone, unless the editor chose one or wrote the time.
    const oldZone = changed.get('placeZone');
    if (changed.has('placeZone') && (!this._parts.zone || (!at && this._parts.zone === oldZone))) this._parts = { ...this._parts, zone: this.placeZone };
  }

  #edit(change: Partial<TimeParts>): void {
    const parts = { ...this._parts, ...change };
    this._parts = parts;
    const result = composeTime({ ...parts, zone: parts.zone || this.placeZone });
    if ('error' in result) {
      this._error = result.error;
      return;
    }
    this._error = '';
    const time = { ...result, qualifier: parts.qualifier };
    this.#written = `${time.at}|${time.qualifier}|${time.until ?? ''}`;
    this.dispatchEvent(new TimeEditEvent({ time }));
  }

  override render() {
    const p = this._parts;
    const at = (s: string) => fieldId([...this.path, s]);
    const dateOnly = DATE_ONLY_QUALIFIERS.includes(p.qualifier);
    const problem = this.problems.get(formatPath([...this.path, 'at'])) ?? this.problems.get(formatPath(this.path)) ?? this.problems.get(formatPath([...this.path, 'qualifier']));
    const untilProblem = this.problems.get(formatPath([...this.path, 'until']));
    const shown = typeof this.time?.at === 'string' && !this._error ? readout(this.time.at, this.placeZone, this.readerZone) : undefined;
    const errorId = `${at('at')}-problem`;
    return html`<fieldset class="time-field" data-path=${formatPath(this.path)}>
      <legend>${this.label}</legend>
      <div class="row">
        <div class="field">
          <label for=${at('qualifier')}>How sure</label>
          <select id=${at('qualifier')} data-path=${formatPath([...this.path, 'qualifier'])} @change=${(e: Event) => this.#edit({ qualifier: (e.target as HTMLSelectElement).value as TimeQualifier })}>
            ${TIME_QUALIFIERS.map((q) => html`<option value=${q} ?selected=${q === p.qualifier}>${QUALIFIER_LABELS[q]}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for=${at('at')}>Day</label>
          <input id=${at('at')} data-path=${formatPath([...this.path, 'at'])} type="date" .value=${p.date} aria-invalid=${problem || this._error ? 'true' : 'false'} aria-describedby=${problem || this._error ? errorId : nothing} @input=${(e: Event) => this.#edit({ date: (e.target as HTMLInputElement).value })} />
        </div>
        ${dateOnly
          ? nothing
          : html`<div class="field">
              <label for=${at('clock')}>${p.qualifier === 'between' ? 'From' : 'Time'}</label>
              <input id=${at('clock')} type="time" .value=${p.clock} @input=${(e: Event) => this.#edit({ clock: (e.target as HTMLInputElement).value })} />
            </div>`}
        ${p.qualifier === 'between'
          ? html`<div class="field">
              <label for=${at('until')}>To</label>
              <input id=${at('until')} data-path=${formatPath([...this.path, 'until'])} type="time" .value=${p.untilClock ?? ''} aria-invalid=${untilProblem ? 'true' : 'false'} @input=${(e: Event) => this.#edit({ untilClock: (e.target as HTMLInputElement).value })} />
            </div>`
          : nothing}
        ${dateOnly
          ? nothing
          : html`<div class="field">
              <label for=${at('zone')}>Given in the zone</label>
              <input id=${at('zone')} list="studio-zones" .value=${p.zone} @change=${(e: Event) => this.#edit({ zone: (e.target as HTMLInputElement).value.trim() })} />
            </div>`}
      </div>
      ${this._error || problem ? html`<span class="field-problem" id=${errorId}>${this._error || problem}</span>` : nothing}
      ${untilProblem ? html`<span class="field-problem">${untilProblem}</span>` : nothing}
      ${shown
        ? html`<p class="readout" aria-live="polite"><span>At the place: <strong>${shown.local}</strong></span> <span>Reader (${this.readerZone}): ${shown.reader}</span> <span>${shown.utc}</span></p>`
        : nothing}
    </fieldset>`;
  }
}

/** The list of zones the time fields suggest; rendered once by the studio. */
export const zoneList = () => html`<datalist id="studio-zones">${ZONES.map((z) => html`<option value=${z}></option>`)}</datalist>`;

customElements.define('studio-time-field', StudioTimeField);

declare global {
  interface HTMLElementTagNameMap {
    'studio-time-field': StudioTimeField;
  }
}
