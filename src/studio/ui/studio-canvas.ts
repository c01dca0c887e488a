/**
 * The map as the studio's canvas: every place with a point as a marker that
 * can be dragged (or moved with the arrow keys), legs and the context's
 * lines as lines, its points and captions as labelled dots, a click
 * that places a point when the studio asks for one, and a search of the
 * basemap's city names. MapLibre is used here directly, as in the reader's
 * adapter (src/map/maplibre/), with the same basemap loading and origin
 * checks; the studio owns the places, and this element only reports what
 * the editor did.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { Map as MapLibreMap, Marker, NavigationControl, setWorkerUrl, type GeoJSONSource, type LayerSpecification, type MapMouseEvent, type SourceSpecification, type StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { guardRequest, loadStyle } from '../../map/maplibre/basemap.ts';
import { hasWebGL2 } from '../../map/maplibre/webgl.ts';
import { CanvasClickEvent, PlaceChooseEvent, PlaceMoveEvent, type LngLat } from '../studio-events.ts';
import type { CanvasLeg, CanvasNote, CanvasPlace } from './canvas-data.ts';
import { findCity, type City } from './city-search.ts';

setWorkerUrl(workerUrl);

const LEGS = 'studio-legs';
/** How far an arrow key moves a marker, in screen pixels (Shift: ten times). */
const KEY_STEP_PX = 4;

/**
 * @event studio-canvas-click - The map was clicked while placing (CanvasClickEvent).
 * @event studio-place-move - A marker was dragged or moved with the keys (PlaceMoveEvent).
 * @event studio-place-choose - A marker was chosen, or a found city added (PlaceChooseEvent).
 */
export class StudioCanvas extends LitElement {
  static override properties = {
    places: { attribute: false },
    legs: { attribute: false },
    notes: { attribute: false },
    placing: { type: Boolean },
    theme: {},
    _found: { state: true },
    _cities: { state: true },
    _message: { state: true },
  };

  declare places: readonly CanvasPlace[];
  declare legs: readonly CanvasLeg[];
  /** The context's points and captions. */
  declare notes: readonly CanvasNote[];
  /** A click on the map places a point. */
  declare placing: boolean;
  declare theme: 'light' | 'dark';
  declare _found: City | undefined;
  declare _cities: readonly City[];
  declare _message: string;

  #map: MapLibreMap | undefined;
  #loaded = false;
  #framed = false;
  readonly #markers = new Map<string, { marker: Marker; button: HTMLButtonElement }>();
  readonly #notes = new Map<string, Marker>();
  #styleTheme = '';
  #creating = false;

  constructor() {
    super();
    this.places = [];
    this.legs = [];
    this.notes = [];
    this.placing = false;
    this.theme = 'light';
    this._found = undefined;
    this._cities = [];
    this._message = '';
  }

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.updateComplete.then(() => this.#create());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#map?.remove();
    this.#map = undefined;
    this.#markers.clear();
    this.#notes.clear();
    this.#loaded = false;
    this.#styleTheme = '';
  }

  async #create(): Promise<void> {
    if (this.#map || this.#creating || !this.isConnected) return;
    const container = this.querySelector<HTMLElement>('.canvas-map');
    if (!container) return;
    if (!hasWebGL2()) {
      this._message = 'This browser has no WebGL2, so the map can’t be drawn: give places their longitude and latitude in the forms.';
      return;
    }
    this.#creating = true;
    const style = await this.#style();
    this.#creating = false;
    if (this.#map || !this.isConnected) return;
    const map = new MapLibreMap({
      container,
      style,
      center: [20, 45],
      zoom: 2,
      attributionControl: { compact: true },
      transformRequest: guardRequest(),
      locale: { 'Map.Title': 'Journey canvas: places and legs. Click to place a point when asked.' },
      fadeDuration: 0,
    });
    this.#map = map;
    this.#styleTheme = this.theme;
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    map.on('click', (e: MapMouseEvent) => {
      if ((e.originalEvent.target as Element | null)?.closest?.('.studio-marker')) return;
      if (this.placing) this.dispatchEvent(new CanvasClickEvent({ position: [e.lngLat.lng, e.lngLat.lat] }));
    });
    map.on('idle', () => performance.mark('studio-canvas-idle'));
    // For tests and debugging, as the reader's map: where the canvas looks ("lng,lat,zoom").
    map.on('moveend', () => (container.dataset.camera = ((v) => `${v.center[0]},${v.center[1]},${v.zoom}`)(this.view()!)));
    map.on('style.load', () => {
      this.#loaded = true;
      this.#draw();
    });
  }

  /** The basemap for the theme, with the legs' layer on top; a plain background if it can't be loaded. */
  async #style(): Promise<StyleSpecification> {
    const legs: SourceSpecification = { type: 'geojson', data: { type: 'FeatureCollection', features: [] } };
    const layer = { id: LEGS, type: 'line', source: LEGS, paint: { 'line-color': ['get', 'colour'], 'line-width': 3 }, layout: { 'line-cap': 'round' } } as LayerSpecification;
    try {
      const style = await loadStyle(this.theme === 'dark' ? 'basemap/style-dark.json' : 'basemap/style.json');
      return { ...style, sources: { ...style.sources, [LEGS]: legs }, layers: [...style.layers, layer] };
    } catch (error) {
      this._message = `The basemap could not be loaded (${(error as Error).message}); places can still be placed.`;
      return { version: 8, sources: { [LEGS]: legs }, layers: [{ id: 'bg', type: 'background', paint: { 'background-color': this.theme === 'dark' ? '#1c2830' : '#cfe0ea' } }, layer] };
    }
  }

  async #setStyle(): Promise<void> {
    const map = this.#map;
    if (!map || this.#styleTheme === this.theme) return;
    this.#styleTheme = this.theme;
    this.#loaded = false;
    map.setStyle(await this.#style(), { diff: false });
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('theme') && this.#map) void this.#setStyle();
    if (changed.has('places') || changed.has('legs') || changed.has('notes')) this.#draw();
    this.#map?.getCanvas().style.setProperty('cursor', this.placing ? 'crosshair' : '');
    // Not a class binding: Lit would set the whole attribute, and take away MapLibre's own class (maplibregl-map, which positions the canvas).
    this.querySelector('.canvas-map')?.classList.toggle('placing', this.placing);
  }

  #draw(): void {
    const map = this.#map;
    if (!map || !this.#loaded) return;
    (map.getSource(LEGS) as GeoJSONSource | undefined)?.setData({
      type: 'FeatureCollection',
      features: this.legs.map((l) => ({ type: 'Feature', properties: { colour: l.colour }, geometry: { type: 'LineString', coordinates: l.coordinates.map((p) => [p[0], p[1]]) } })),
    });
    this.#drawNotes(map);
    const seen = new Set<string>();
    for (const place of this.places) {
      seen.add(place.id);
      let entry = this.#markers.get(place.id);
      if (!entry) {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'studio-marker';
        const marker = new Marker({ element: button, draggable: true, anchor: 'center' }).setLngLat([place.position[0], place.position[1]]).addTo(map);
        const id = place.id;
        marker.on('dragend', () => {
          const p = marker.getLngLat();
          this.dispatchEvent(new PlaceMoveEvent({ placeId: id, position: [p.lng, p.lat], done: true }));
        });
        button.addEventListener('click', () => this.dispatchEvent(new PlaceChooseEvent({ placeId: id })));
        button.addEventListener('keydown', (e) => this.#nudge(e, id, marker));
        entry = { marker, button };
        this.#markers.set(place.id, entry);
      }
      entry.marker.setLngLat([place.position[0], place.position[1]]);
      entry.button.setAttribute('aria-label', `${place.name}: drag to move, or use the arrow keys`);
      entry.button.dataset.label = place.name;
      entry.button.classList.toggle('selected', place.selected);
    }
    for (const [id, entry] of this.#markers) {
      if (seen.has(id)) continue;
      entry.marker.remove();
      this.#markers.delete(id);
    }
    if (!this.#framed && this.places.length > 0) {
      this.#framed = true;
      this.#frame();
    }
  }

  /** The context's points and captions, as labels the editor can read (clicks pass through them to the map). */
  #drawNotes(map: MapLibreMap): void {
    const seen = new Set<string>();
    for (const note of this.notes) {
      seen.add(note.id);
      let marker = this.#notes.get(note.id);
      if (!marker) {
        const element = document.createElement('div');
        element.setAttribute('role', 'img');
        element.append(document.createElement('span'));
        marker = new Marker({ element, anchor: 'center' }).setLngLat([note.position[0], note.position[1]]).addTo(map);
        this.#notes.set(note.id, marker);
      }
      const element = marker.getElement();
      element.className = `studio-note${note.caption ? ' caption' : ''}`;
      element.setAttribute('aria-label', `${note.caption ? 'Caption' : 'Context point'}: ${note.label}`);
      element.firstElementChild!.textContent = note.label;
      marker.setLngLat([note.position[0], note.position[1]]);
    }
    for (const [id, marker] of this.#notes) {
      if (seen.has(id)) continue;
      marker.remove();
      this.#notes.delete(id);
    }
  }

  /** Shows every place (once, when the first places arrive; the editor moves the map after that). */
  #frame(): void {
    const map = this.#map;
    if (!map || this.places.length === 0) return;
    const lons = this.places.map((p) => p.position[0]);
    const lats = this.places.map((p) => p.position[1]);
    const [w, e, s, n] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
    if (w === e && s === n) map.jumpTo({ center: [w, s], zoom: 9 });
    else map.fitBounds([w, s, e, n], { padding: 60, maxZoom: 12, duration: 0 });
  }

  /** Where the canvas looks now, rounded to what a file needs (about a metre, a hundredth of a zoom); undefined before the map exists. */
  view(): { center: [number, number]; zoom: number } | undefined {
    const map = this.#map;
    if (!map) return undefined;
    const { lng, lat } = map.getCenter().wrap();
    const r = (x: number, k: number) => Math.round(x * k) / k;
    return { center: [r(lng, 1e5), r(lat, 1e5)], zoom: r(Math.min(Math.max(map.getZoom(), 0), 22), 100) };
  }

  #nudge(e: KeyboardEvent, id: string, marker: Marker): void {
    const map = this.#map;
    const d = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] }[e.key];
    if (!map || !d) return;
    e.preventDefault();
    const step = KEY_STEP_PX * (e.shiftKey ? 10 : 1);
    const at = map.project(marker.getLngLat());
    const p = map.unproject([at.x + d[0]! * step, at.y + d[1]! * step]);
    marker.setLngLat(p);
    this.dispatchEvent(new PlaceMoveEvent({ placeId: id, position: [p.lng, p.lat], done: false }));
  }

  async #loadCities(): Promise<void> {
    if (this._cities.length) return;
    try {
      const response = await fetch(new URL('basemap/cities.geojson', document.baseURI), { credentials: 'omit' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const data = (await response.json()) as { features: { properties: { name: string; country: string; population: number }; geometry: { coordinates: [number, number] } }[] };
      this._cities = data.features.map((f) => ({ name: f.properties.name, country: f.properties.country, population: f.properties.population, position: f.geometry.coordinates }));
    } catch {
      this._message = 'The list of cities could not be loaded: click the map instead, or type the coordinates in the place’s form.';
    }
  }

  async #search(e: Event): Promise<void> {
    e.preventDefault();
    const query = (this.querySelector('#city-search') as HTMLInputElement).value;
    await this.#loadCities();
    if (!this._cities.length) return;
    const city = findCity(this._cities, query);
    this._found = city;
    if (!city) {
      this._message = query.trim() ? `No city called “${query}” on the basemap. Click the map instead, or type its coordinates in the place’s form.` : '';
      return;
    }
    this._message = '';
    this.#map?.jumpTo({ center: [city.position[0], city.position[1]], zoom: 9 });
  }

  override render() {
    return html`<section class="canvas" aria-label="Map canvas">
      <form class="canvas-search" role="search" @submit=${(e: Event) => void this.#search(e)}>
        <label for="city-search">Find a city</label>
        <input id="city-search" type="search" list="studio-cities" autocomplete="off" @focus=${() => void this.#loadCities()} />
        <datalist id="studio-cities">${this._cities.slice(0, 3000).map((c) => html`<option value=${`${c.name} (${c.country})`}></option>`)}</datalist>
        <button type="submit">Find</button>
        <button type="button" ?disabled=${this.places.length === 0} @click=${() => this.#frame()}>Show all places</button>
        ${this._found
          ? html`<button type="button" class="primary" @click=${() => {
              const city = this._found as City;
              this._found = undefined;
              this.dispatchEvent(new PlaceChooseEvent({ city: city.name, position: city.position as LngLat }));
            }}>Add “${this._found.name}” as a place</button>`
          : nothing}
      </form>
      ${this._message ? html`<p class="canvas-message" role="status">${this._message}</p>` : nothing}
      <div class="canvas-map"></div>
      ${this.placing ? html`<p class="placing-hint" aria-hidden="true">Click the map to place the point (Escape cancels)</p>` : nothing}
    </section>`;
  }
}

customElements.define('studio-canvas', StudioCanvas);

declare global {
  interface HTMLElementTagNameMap {
    'studio-canvas': StudioCanvas;
  }
}
