import { LitElement, html, type PropertyValues } from 'lit';
import type { Problem } from '../../journey/problem.ts';
import { validateJourney } from '../../journey/validate.ts';
import { BasemapBackgroundsController } from '../controllers/basemap-backgrounds.ts';
import { DraftStorageController, readSavedDraft } from '../controllers/draft-storage.ts';
import { MediaController } from '../controllers/media-controller.ts';
import { blankDraft, itemsOf, looksLikeDraft, nearbyZone, newPlace, toFile, type Draft, type ListKind } from '../draft/draft.ts';
import { record, redo, seal, startHistory, undo, type History } from '../draft/history.ts';
import { formatPath, getAt, insertItem, parsePath, setAt, type Json, type JsonObject, type PathPart } from '../draft/json-path.ts';
import { downloadFile, fetchBundledDraft, importCsvFile, importRouteFile, readDraftFile } from './draft-files.ts';
import { SECTIONS, focusField, whereIs, type Section } from './focus-path.ts';
import { CanvasClickEvent, CodeEditEvent, PlaceChooseEvent, PlaceMoveEvent, PreviewStepEvent, ProblemChooseEvent, type LngLat } from '../studio-events.ts';
import { eventsForm, journeyForm, legsForm, placesForm, sourcesForm, travellersForm, type FormsContext } from './forms.ts';
import { problemsPanel } from './problems-panel.ts';
import { publishPanel } from './publish-panel.ts';
import { startScreen } from './start-screen.ts';
import { zoneList } from './time-field.ts';
import { canvasData } from './canvas-data.ts';
import { csvImport, studioBar } from './studio-bar.ts';
import { contextForm, drawContext } from './context-form.ts';
import { forEditors } from './problem-words.ts';
import { zoneForCity } from './city-search.ts';
const canvasChunk = () => import('./studio-canvas.ts');
const previewChunk = () => import('./studio-preview.ts');
const codeChunk = () => import('./studio-code.ts');

/**
 * The journey studio (edit.html): forms for everything a journey holds, the
 * map as the canvas (click to place, drag to move, find a city), the real
 * story beside them as a live preview, the same checks as `npm run
 * validate` after every change, undo and redo, a code view, imports (CSV,
 * GPX, KML) and publishing. It owns the draft and its history; every part
 * sends it changes. The draft is kept in this browser's storage.
 *
 * Renders into the light DOM: its parts share one stylesheet (studio.css),
 * and a problem's path finds its field by id.
 */
export class JourneyStudio extends LitElement {
  static override properties = {
    theme: {},
    _history: { state: true },
    _started: { state: true },
    _section: { state: true },
    _selected: { state: true },
    _placing: { state: true },
    _status: { state: true },
    _startMessage: { state: true },
    _importProblems: { state: true },
    _previewEvent: { state: true },
  };

  /** `light` or `dark`: the studio's colours, the canvas's basemap and the preview's. */
  declare theme: 'light' | 'dark';
  declare _history: History<Draft>;
  declare _started: boolean;
  declare _section: Section;
  declare _selected: { list: ListKind; index: number } | undefined;
  /** The place whose point the next click on the map sets; 'new' adds a place there; '' for none. */
  declare _placing: string;
  /** The last thing the studio did, for the live region. */
  declare _status: string;
  declare _startMessage: string;
  declare _importProblems: readonly string[];
  /** The event the preview shows ('' for the overview). */
  declare _previewEvent: string;

  readonly #storage = new DraftStorageController(this);
  readonly #wide = new MediaController(this, '(min-width: 1024px)');
  readonly #backgrounds = new BasemapBackgroundsController(this);
  readonly readerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  #problems: readonly Problem[] = [];
  #problemAt = new Map<string, string>();
  #file: Draft = blankDraft();
  #checked: Draft | undefined;

  constructor() {
    super();
    this.theme = 'light';
    const saved = readSavedDraft();
    this._history = startHistory(saved?.draft ?? blankDraft());
    this._started = saved !== undefined;
    this._section = 'journey';
    this._selected = undefined;
    this._placing = '';
    this._status = saved ? `Your work from ${new Date(saved.savedAt).toLocaleString('en-GB')} was restored.` : '';
    this._startMessage = '';
    this._importProblems = [];
    this._previewEvent = '';
    this.addEventListener('keydown', this.#onKey);
    this.addEventListener(CanvasClickEvent.type, (e) => this.#onCanvasClick(e.detail.position));
    this.addEventListener(PlaceMoveEvent.type, (e) => this.#movePlace(e.detail.placeId, e.detail.position, e.detail.done));
    this.addEventListener(PlaceChooseEvent.type, (e) => this.#choosePlace(e.detail));
    this.addEventListener(PreviewStepEvent.type, (e) => this.#onPreviewStep(e.detail.eventId));
    this.addEventListener(CodeEditEvent.type, (e) => this.#onCodeEdit(e.detail.value));
    this.addEventListener(ProblemChooseEvent.type, (e) => void this.#focusPath(e.detail.path));
  }

  protected override createRenderRoot() {
    return this;
  }

  get draft(): Draft { return this._history.present; }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('_history') && this.#checked !== this.draft) {
      this.#checked = this.draft;
      this.#file = toFile(this.draft);
      this.#problems = forEditors(this.draft, validateJourney(this.#file).problems);
      this.#problemAt = new Map();
      for (const p of this.#problems) if (!this.#problemAt.has(p.path)) this.#problemAt.set(p.path, p.hint ? `${p.message}. ${p.hint}` : p.message);
    }
    // Before the render, so the status line says "Saving…" until it is written.
    if (changed.has('_history') && this._started && changed.get('_history') !== undefined) this.#storage.save(this.draft);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this._started && this.#wide.matches) void canvasChunk();
    void previewChunk();
    if (this._section === 'code') void codeChunk();
  }

  // —— Changes ——

  #commit = (next: Draft, key = '') => void (this._history = record(this._history, next, key));

  #set = (parts: readonly PathPart[], value: Json | undefined, key = '') => this.#commit(setAt(this.draft, parts, value), key);

  /** Undo (-1) or redo (+1), saying so in the status line. */
  #travel(by: -1 | 1): void {
    const next = by < 0 ? undo(this._history) : redo(this._history);
    this._status = next !== this._history ? (by < 0 ? 'Undone.' : 'Redone.') : by < 0 ? 'Nothing to undo.' : 'Nothing to redo.';
    this._history = next;
  }

  readonly #onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && this._placing) {
      this.#startPlacing('');
      return;
    }
    if (!(e.ctrlKey || e.metaKey) || e.altKey || !this._started) return;
    const key = e.key.toLowerCase();
    if (key === 'z' && !e.shiftKey) this.#travel(-1);
    else if ((key === 'z' && e.shiftKey) || key === 'y') this.#travel(1);
    else return;
    e.preventDefault();
  };

  #start(draft: Draft, status: string): void {
    this._history = startHistory(draft);
    this._started = true;
    this._section = 'journey';
    this._selected = undefined;
    this._status = status;
    this._startMessage = '';
    this.#storage.save(draft);
  }

  async #openFile(file: File): Promise<void> {
    const read = await readDraftFile(file);
    if ('error' in read) this._startMessage = read.error;
    else this.#start(read.draft, `Opened ${file.name}.`);
  }

  async #copyBundled(url: string, name: string): Promise<void> {
    const read = await fetchBundledDraft(url, name);
    if ('error' in read) this._startMessage = read.error;
    else this.#start(read.draft, `Copied “${name}”. Change its id before you publish it.`);
  }

  #startOver(): void {
    if (!confirm('Start over? Download the journey first if you want to keep it: the studio keeps one journey at a time.')) return;
    this._started = false;
    this._history = startHistory(blankDraft());
    this.#storage.save(null);
    this._status = '';
  }

  #download = () => void (this._status = `Downloaded ${downloadFile(this.#file)}.`);

  // —— Selection and focus ——

  #select = (list: ListKind, index: number | undefined) => {
    this._selected = index === undefined ? undefined : { list, index };
    if (list === 'events' && index !== undefined) {
      const id = itemsOf(this.draft, 'events')[index]?.item.id;
      if (typeof id === 'string') this._previewEvent = id;
    }
  };

  /** Opens the item a path is in, and focuses the field nearest to it. */
  async #focusPath(path: string): Promise<void> {
    const parts = parsePath(path) ?? [];
    const { section, list, index } = whereIs(this.draft, parts);
    if (section) this._section = section as Section;
    if (list && index !== undefined) this.#select(list, index);
    await this.updateComplete;
    focusField(this, parts);
  }

  #onPreviewStep(eventId: string | undefined): void {
    this._previewEvent = eventId ?? '';
    if (!eventId) return;
    const index = itemsOf(this.draft, 'events').findIndex((e) => e.item.id === eventId);
    if (index < 0) return;
    this._section = 'events';
    this._selected = { list: 'events', index };
  }

  // —— The map ——

  #startPlacing = (placeId: string) => {
    this._placing = placeId;
    this._status = placeId.startsWith('context:') ? 'Click the map to draw, or press Escape to stop.' : placeId ? `Click the map where ${placeId} is, or press Escape to cancel.` : 'Placing cancelled.';
  };

  #onCanvasClick(position: LngLat): void {
    const placing = this._placing;
    if (!placing) return;
    const drawn = drawContext(this.draft, placing, position);
    this._placing = drawn?.placing ?? '';
    if (drawn) return void (this.#commit(drawn.draft), (this._section = 'context'), (this._status = drawn.status));
    if (placing === 'new') {
      const place = newPlace(this.draft, position, '', nearbyZone(this.draft, position));
      this.#addPlace(place, `Added ${String(place.id)} on the map. Give it a name.`);
      return;
    }
    this.#movePlace(placing, position, true);
    this._status = `Placed ${placing} at ${position[1].toFixed(4)}, ${position[0].toFixed(4)}.`;
  }

  #movePlace(placeId: string, position: LngLat, done: boolean): void {
    const place = itemsOf(this.draft, 'places').find((p) => p.item.id === placeId);
    if (!place) return;
    const round = (x: number) => Math.round(x * 1e5) / 1e5;
    // A place with no zone yet takes that of a place near where it is put (nearbyZone), if any.
    const zoned = getAt(place.item, ['properties', 'timeZone']) || !nearbyZone(this.draft, position) ? this.draft : setAt(this.draft, [...place.path, 'properties', 'timeZone'], nearbyZone(this.draft, position));
    this.#commit(setAt(zoned, [...place.path, 'geometry'], { type: 'Point', coordinates: [round(position[0]), round(position[1])] }), `move ${placeId}`);
    if (done) this._history = seal(this._history);
  }

  #choosePlace(detail: PlaceChooseEvent['detail']): void {
    if ('placeId' in detail) {
      const index = itemsOf(this.draft, 'places').findIndex((p) => p.item.id === detail.placeId);
      if (index < 0) return;
      this._section = 'places';
      this.#select('places', index);
      return;
    }
    const zone = zoneForCity(detail.city);
    this.#addPlace(newPlace(this.draft, detail.position, detail.city, zone), zone ? `Added ${detail.city}, in the time zone ${zone}.` : `Added ${detail.city}. Give it its time zone.`);
  }

  #addPlace(place: JsonObject, status: string): void {
    this.#commit(insertItem(this.draft, ['features'], place));
    this._section = 'places';
    this.#select('places', itemsOf(this.draft, 'places').length - 1);
    this._status = status;
  }

  // —— Code view and imports ——

  #onCodeEdit(value: unknown): void {
    if (!looksLikeDraft(value)) {
      this._status = 'The code is not a journey yet: a journey file is a GeoJSON FeatureCollection.';
      return;
    }
    this.#commit(value, 'code');
  }

  async #importCsv(file: File): Promise<void> {
    const result = await importCsvFile(this.draft, file);
    this._importProblems = 'problems' in result ? result.problems : [];
    if ('draft' in result) this.#commit(result.draft);
    this._status = result.status;
  }

  async #importRoute(legParts: readonly PathPart[], file: File): Promise<void> {
    const route = await importRouteFile(file);
    if ('error' in route) {
      this._status = route.error;
      return;
    }
    this.#set([...legParts, 'geometry'], { type: 'LineString', coordinates: route.coordinates });
    this._status = `The leg follows the route in ${file.name} (${route.coordinates.length} points).`;
  }

  // —— Rendering ——

  #forms(): FormsContext {
    return {
      draft: this.draft,
      set: this.#set,
      seal: () => (this._history = seal(this._history)),
      problemAt: (parts) => this.#problemAt.get(formatPath(parts)),
      selected: this._selected,
      select: this.#select,
      apply: (next, key) => this.#commit(next, key),
      problems: this.#problemAt,
      backgrounds: this.#backgrounds.backgrounds,
      placing: this._placing,
      startPlacing: this.#startPlacing,
      importRoute: (parts, file) => void this.#importRoute(parts, file),
      readerZone: this.readerZone,
      canvasView: () => this.querySelector('studio-canvas')?.view?.(),
    };
  }

  #section() {
    const ctx = this.#forms();
    switch (this._section) {
      case 'journey':
        return journeyForm(ctx);
      case 'travellers':
        return travellersForm(ctx);
      case 'places':
        return placesForm(ctx);
      case 'sources':
        return sourcesForm(ctx);
      case 'events':
        return html`${eventsForm(ctx)}${csvImport(this._importProblems, (file) => void this.#importCsv(file))}`;
      case 'legs':
        return legsForm(ctx);
      case 'context':
        return contextForm(ctx);
      case 'code':
        return html`<section class="form-section code" aria-labelledby="h-code">
          <h2 id="h-code">Code</h2>
          <p class="intro">The same journey as JSON, checked as you type. Changes here show in the forms, and the other way round. Ctrl+Space completes field names and values.</p>
          <studio-code .value=${this.#file}></studio-code>
        </section>`;
      case 'publish': {
        const errors = this.#problems.filter((p) => p.severity === 'error').length;
        return publishPanel({
          id: String(getAt(this.draft, ['journey', 'id']) ?? ''),
          title: String(getAt(this.draft, ['journey', 'title']) ?? ''),
          valid: errors === 0,
          errors,
          appBase: new URL('./', document.baseURI).href,
          download: this.#download,
        });
      }
    }
  }

  #preview(full = false) {
    const errors = this.#problems.some((p) => p.severity === 'error');
    return html`<studio-preview class=${full ? 'full' : ''} .file=${errors ? undefined : this.#file} .problems=${this.#problems} .draft=${this.draft} .eventId=${this._previewEvent} theme=${this.theme} ?full=${full}></studio-preview>`;
  }

  override render() {
    if (!this.#wide.matches) {
      return html`<div class="narrow">
        <p class="narrow-note" role="note"><strong>Editing needs a larger screen</strong> (at least 1024 pixels wide). Here you can preview the journey kept in this browser.</p>
        ${this._started ? this.#preview(true) : html`<p>No journey is being written in this browser yet.</p>`}
      </div>`;
    }
    if (!this._started) {
      return startScreen(
        { fresh: () => this.#start(blankDraft(), 'A new journey. Start with its title and summary.'), open: (f) => void this.#openFile(f), copy: (url, name) => void this.#copyBundled(url, name) },
        this._startMessage,
      );
    }
    const h = this._history;
    const title = String(getAt(this.draft, ['journey', 'title']) ?? '') || 'Untitled journey';
    const saved = { idle: '', saving: 'Saving…', saved: 'Saved in this browser', failed: 'Could not save in this browser (storage full or blocked): download the file to keep your work' }[this.#storage.state];
    const canvas = canvasData(this.draft, this._selected, this._placing);
    return html`
      ${studioBar({ title, canUndo: h.past.length > 0, canRedo: h.future.length > 0, saved, undo: () => this.#travel(-1), redo: () => this.#travel(1), startOver: () => this.#startOver() })}
      <div class="studio-main">
        <div class="forms-column">
          ${problemsPanel(this.#problems, (p) => void this.#focusPath(p.path), this.draft)}
          <nav class="sections" aria-label="Parts of the journey">
            ${SECTIONS.map(([id, label]) => html`<button type="button" aria-current=${this._section === id ? 'page' : 'false'} @click=${() => (this._section = id)}>${label}</button>`)}
          </nav>
          <div class="section-body">${this.#section()}</div>
        </div>
        <div class="work-column">
          <studio-canvas
            .places=${canvas.places}
            .legs=${canvas.legs}
            .notes=${canvas.notes}
            .placing=${this._placing !== ''}
            theme=${this.theme}
          ></studio-canvas>
          ${this.#preview()}
        </div>
      </div>
      ${zoneList()}
      <div class="visually-hidden" role="status" aria-live="polite">${this._status}</div>
    `;
  }
}

customElements.define('journey-studio', JourneyStudio);

declare global {
  interface HTMLElementTagNameMap {
    'journey-studio': JourneyStudio;
  }
}
