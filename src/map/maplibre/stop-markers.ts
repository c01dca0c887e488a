/**
 * Stop markers: one real `<button>` per place where something happens, with
 * its step number on a dot, and its name as a label beside it where there
 * is room. Placed together with the traveller badges (marker-layout.ts), so
 * that nothing overlaps:
 * - stops that would touch on screen merge into one marker showing how many
 *   they are; choosing it zooms in until they split;
 * - labels take the first free place around their dot, the current step's
 *   (and the focused marker's) first; the others only where there is room;
 * - traveller badges sit beside their stop, not on it.
 *
 * The markers are one tab stop (a roving tabindex): the arrow keys, Home and
 * End move between the markers in view; markers out of view are hidden
 * (past EAGER_UP_TO stops, they have no elements at all).
 * Each button's name begins with its visible text: "9, Moscow Kremlin,
 * Senate building: Talks with Putin", or "2 stops: …" when merged.
 *
 * MapLibre is reached only through `MarkerHost` (marker-host.ts).
 */
import type { Journey, StoryEvent } from '../../journey/model.ts';
import { eventsAt } from '../../journey/model.ts';
import { placeAnchor } from '../../journey/geometry.ts';
import { boxAround, groupName, groupPoints, layoutMarkers, rovingTarget, shortName, type Box } from './marker-layout.ts';
import { LabelReservations } from './label-reservations.ts';
import type { MarkerHost, MarkerView } from './marker-host.ts';
import { createStopElements, type StopElements } from './stop-elements.ts';
import { BADGE_SIZE, type TravellerMarkers } from './traveller-markers.ts';

/** Dots closer than this, centre to centre, merge into one marker (the current dot is 30 px wide). */
const MERGE_DISTANCE = 36;
/** The drawn dots, in pixels, rings included (markers.styles.ts): a stop, merged stops, the current step. */
const DOT = 24;
const GROUP_DOT = 32;
const CURRENT_DOT = 36;
/** The button around a dot: a 44 px target. */
const TARGET = 44;
/**
 * Up to this many stops, every stop keeps its elements (hidden when merged or
 * out of view). Beyond, only the markers in view have elements, built when
 * they come into view and dropped when they leave it: at 10,000 events (2,500
 * places) the hidden ones were 7,500 DOM nodes (issue 19).
 */
const EAGER_UP_TO = 200;

interface Stop {
  readonly id: string;
  readonly lngLat: readonly [number, number];
  /** Story order: the index of the first event there. */
  readonly order: number;
  readonly name: string;
  readonly label: string;
  /** Its events' titles, in order, joined. */
  readonly titles: string;
  readonly precision: string;
  /** Its marker's elements, while it has them (see EAGER_UP_TO). */
  el: StopElements | undefined;
}


interface Shown {
  readonly head: Stop;
  readonly members: readonly Stop[];
  readonly x: number;
  readonly y: number;
  readonly inView: boolean;
}

export class StopMarkers {
  readonly #stops: Stop[] = [];
  readonly #host: MarkerHost;
  readonly #reservations: LabelReservations;
  readonly #travellers: TravellerMarkers;
  readonly #onSelect: (placeId: string) => void;
  readonly #offMove: () => void;
  readonly #sizes = new Map<string, { w: number; h: number }>();
  #current: StoryEvent | undefined;
  /** The stop whose button holds the tab stop. */
  #active: string | undefined;
  #focused: string | undefined;
  #hovered: string | undefined;
  /** What each shown marker stands for, as last laid out: head id → members. */
  #shown = new Map<string, Shown>();
  /** Merged stops chosen at the greatest zoom: spread around their place instead. */
  #spread: ReadonlySet<string> = new Set();
  /** While zooming in on merged stops. */
  #splitting: readonly string[] | undefined;
  /** The boxes last kept clear of basemap labels, as a key, and when. */
  /** While the camera moves (a flight, a drag): the basemap is told where the markers are once it stops. */
  #moving = false;
  #viewCache: MarkerView | undefined;
  #viewAt = -Infinity;
  /** Whether every stop keeps its elements (a journey of at most EAGER_UP_TO stops). */
  #eager = true;

  constructor(journey: Journey, onSelect: (placeId: string) => void, travellers: TravellerMarkers, host: MarkerHost) {
    this.#host = host;
    this.#reservations = new LabelReservations((boxes) => host.reserve(boxes));
    this.#travellers = travellers;
    this.#onSelect = onSelect;
    const seen = new Set<string>();
    // In story order, so that the arrow keys follow the journey.
    for (const step of journey.events) {
      const p = step.place;
      if (seen.has(p.id)) continue;
      seen.add(p.id);
      const anchor = placeAnchor(p);
      // A place with no geometry, or an area (precision "region", e.g. the never-named "Europe"), is never
      // a numbered point: the area's outline is drawn by the layers (issue 14).
      if (!anchor || p.properties.precision === 'region') continue;
      this.#stops.push({
        id: p.id,
        lngLat: [anchor[0] as number, anchor[1] as number],
        order: step.index,
        name: p.properties.names.en,
        label: shortName(p.properties.names.en),
        titles: eventsAt(journey, p.id)
          .map((e) => e.event.title)
          .join('; '),
        precision: p.properties.precision,
        el: undefined,
      });
    }
    this.#eager = this.#stops.length <= EAGER_UP_TO;
    if (this.#eager) for (const stop of this.#stops) this.#build(stop);
    this.#offMove = host.onMove((settled) => this.#moved(settled));
    this.layout();
  }

  /** Builds a stop's button, dot and label, and puts them in the layer (in story order, among those built). */
  #build(stop: Stop): StopElements {
    if (stop.el) return stop.el;
    const el = createStopElements(stop.id, stop.precision, {
      choose: () => this.#choose(stop.id),
      key: (e) => this.#key(stop.id, e),
      hover: (kind, on) => this.#hover(kind, on ? stop.id : undefined),
    });
    const { button, labelElement } = el;
    if (this.#eager) this.#host.layer.append(button, labelElement);
    else {
      // Before the next stop in story order that has elements, so the layer keeps story order.
      const i = this.#stops.indexOf(stop);
      const next = this.#stops.slice(i + 1).find((s) => s.el)?.el?.button;
      if (next) next.before(button, labelElement);
      else this.#host.layer.append(button, labelElement);
    }
    stop.el = el;
    return el;
  }

  /** Drops the elements of stops not in view (a journey past EAGER_UP_TO stops), once the tab stop has moved off them. */
  #drop(): void {
    if (this.#eager) return;
    const kept = new Set<string>();
    for (const s of this.#shown.values()) if (s.inView) kept.add(s.head.id);
    for (const stop of this.#stops) {
      if (!stop.el || kept.has(stop.id)) continue;
      stop.el.button.remove();
      stop.el.labelElement.remove();
      stop.el = undefined;
    }
  }

  /** Marks the current step's stop and shows its number. */
  setCurrent(step: StoryEvent | undefined): void {
    if (step === this.#current) return;
    this.#current = step;
    this.#viewCache = undefined;
    this.layout();
  }

  /**
   * Places every marker, label and badge for the camera as it is now.
   * Called on every camera change and every time the travellers move.
   */
  layout(): void {
    const { width, height, area, overlays } = this.#view();
    if (width === 0 || height === 0) return;
    const currentId = this.#current?.place.id;
    const points = this.#stops.map((stop) => ({ stop, ...this.#host.project(stop.lngLat) }));
    // Only stops on or near the map are grouped; those far off it are hidden each on its own.
    const m = MERGE_DISTANCE;
    const near = (p: { x: number; y: number }) => p.x > -m && p.y > -m && p.x < width + m && p.y < height + m;
    const spread = points.filter((p) => this.#spread.has(p.stop.id));
    const groups = groupPoints(
      points.filter((p) => !this.#spread.has(p.stop.id) && near(p)),
      MERGE_DISTANCE,
    );
    for (const p of points) if (!this.#spread.has(p.stop.id) && !near(p)) groups.push({ members: [p], x: p.x, y: p.y });
    // Stops at one spot even at the greatest zoom, once chosen, stand in a ring around it.
    spread.forEach((p, i) => {
      const a = (i / spread.length) * 2 * Math.PI - Math.PI / 2;
      const r = Math.max(MERGE_DISTANCE, (spread.length * MERGE_DISTANCE) / (2 * Math.PI));
      groups.push({ members: [p], x: p.x + Math.cos(a) * r, y: p.y + Math.sin(a) * r });
    });
    const shown = new Map<string, Shown>();
    // In view: on the uncovered map, and under no overlay.
    const within = (b: Box, x: number, y: number) => x >= b.x && y >= b.y && x <= b.x + b.w && y <= b.y + b.h;
    const inViewOf = (x: number, y: number) => within(area, x, y) && !overlays.some((o) => within(o, x, y));
    // First every write of text and state, then every measurement, then every position: one layout of the page, not one per marker.
    const wanted: { head: Stop; marker: Box; first: boolean; current: boolean }[] = [];
    for (const g of groups) {
      const members = g.members.map((p) => p.stop);
      const head = members[0]!;
      const current = members.some((s) => s.id === currentId);
      const inView = inViewOf(g.x, g.y);
      shown.set(head.id, { head, members, x: g.x, y: g.y, inView });
      for (const s of members.slice(1)) this.#hide(s);
      this.#present(head, members, current, inView);
      if (!inView) continue;
      const first = current || members.some((s) => s.id === this.#focused || s.id === this.#hovered);
      wanted.push({ head, marker: boxAround(g, current ? CURRENT_DOT : members.length > 1 ? GROUP_DOT : DOT), first, current });
    }
    const requests = wanted.map(({ head, marker, first, current }) => ({ request: { key: head.id, marker, ...this.#measure(this.#build(head).labelElement) }, first, current }));
    // The focused or hovered label before the current one, so the one the reader is on is never left out.
    const first = requests.filter((r) => r.first).sort((a, b) => Number(a.current) - Number(b.current));
    const markers = wanted.map((w) => w.marker);
    this.#shown = shown;
    const travellers = this.#travellers.shown().map((t) => ({ t, at: this.#host.project(t.lngLat) }));
    const layout = layoutMarkers({
      width,
      height,
      area,
      overlays,
      markers,
      firstLabels: first.map((r) => r.request),
      badges: travellers.map(({ t, at }) => ({ key: t.id, at, size: t.size })),
      labels: requests.filter((r) => !r.first).map((r) => r.request),
    });
    for (const { head, x, y } of shown.values()) {
      if (!head.el) continue;
      place(head.el.button, boxAround({ x, y }, TARGET));
      const box = layout.labels.get(head.id);
      if (head.el.labelElement.hidden !== !box) head.el.labelElement.hidden = !box;
      if (box) place(head.el.labelElement, box);
    }
    for (const { t, at } of travellers) {
      const box = layout.badges.get(t.id);
      if (!box) continue;
      const centre = { x: box.x + box.w / 2, y: box.y + box.h / 2 };
      place(t.element, boxAround(centre, BADGE_SIZE));
      this.#travellers.lead(t.id, centre, at);
    }
    this.#rove();
    this.#drop();
    this.#reservations.update([...markers, ...layout.labels.values(), ...layout.badges.values()], this.#moving);
  }

  /**
   * The map's view: measured again when the camera settles or the step
   * changes, and at most every half second between (overlays rarely move;
   * this runs every frame during playback).
   */
  #view(): MarkerView {
    const now = performance.now();
    if (!this.#viewCache || now - this.#viewAt > 500) {
      this.#viewCache = this.#host.view();
      this.#viewAt = now;
    }
    return this.#viewCache;
  }

  /** Sets a shown marker's number, name, label and state. */
  #present(head: Stop, members: readonly Stop[], current: boolean, inView: boolean): void {
    if (!inView && !head.el) return;
    const { button, dot, labelElement } = this.#build(head);
    button.hidden = false;
    button.classList.toggle('off-view', !inView);
    button.classList.toggle('is-current', current);
    button.classList.toggle('is-group', members.length > 1);
    // Which stops the marker stands for, for tests and styles: its own place alone, or all it merges.
    const ids = members.map((m) => m.id).join(' ');
    if (button.dataset.members !== ids) button.dataset.members = ids;
    if (current) button.setAttribute('aria-current', 'step');
    else button.removeAttribute('aria-current');
    let text: string;
    let name: string;
    let label: string;
    const here = current ? members.find((m) => m.id === this.#current?.place.id) : undefined;
    if (members.length > 1 && here) {
      // The current step's stop, merged with others: its step number, as the reader follows the steps (a count would read as one).
      const others = members.filter((m) => m !== here);
      text = String(this.#numberOf(here) + 1);
      label = `${here.label} + ${others.length}`;
      name = `${this.#describe(here)}. With ${others.length} more ${others.length === 1 ? 'stop' : 'stops'} here: ${others.map((m) => this.#describe(m)).join('; ')}. Zooms in to show them apart`;
    } else if (members.length > 1) {
      text = String(members.length);
      label = groupName(members.map((m) => m.label));
      name = `${members.length} stops: ${members.map((m) => this.#describe(m)).join('; ')}. Zooms in to show them apart`;
    } else {
      text = String(this.#numberOf(head) + 1);
      label = head.label;
      name = this.#describe(head);
    }
    if (dot.textContent !== text) dot.textContent = text;
    if (labelElement.textContent !== label) labelElement.textContent = label;
    if (button.getAttribute('aria-label') !== name) button.setAttribute('aria-label', name);
  }

  /** "9, Moscow Kremlin, Senate building: Talks with Putin" (its other events after, in order). */
  #describe(stop: Stop): string {
    return `${this.#numberOf(stop) + 1}, ${stop.name}: ${stop.titles}`;
  }

  /** The step a stop's dot shows: the current one when it is there, else its first. */
  #numberOf(stop: Stop): number {
    return this.#current?.place.id === stop.id ? this.#current.index : stop.order;
  }

  #hide(stop: Stop): void {
    if (!stop.el) return;
    const { button, labelElement } = stop.el;
    button.hidden = true;
    labelElement.hidden = true;
    // Named for itself alone, as when shown.
    button.classList.remove('is-current', 'is-group');
    button.removeAttribute('aria-current');
    const name = this.#describe(stop);
    if (button.getAttribute('aria-label') !== name) button.setAttribute('aria-label', name);
    if (button.dataset.members !== stop.id) button.dataset.members = stop.id;
  }

  /** Gives the tab stop to one marker in view: the one last focused, else the current step's, else the first. */
  #rove(): void {
    const inView = [...this.#shown.values()].filter((s) => s.inView);
    const holds = (id: string | undefined) => inView.find((s) => s.members.some((m) => m.id === id));
    const active = holds(this.#active) ?? holds(this.#current?.place.id) ?? inView[0];
    const focusLost = this.#stops.some((s) => s.id === this.#focused && (!s.el || s.el.button.hidden || !holds(s.id)));
    this.#active = active?.head.id;
    for (const { head } of this.#shown.values()) if (head.el) head.el.button.tabIndex = head === active?.head ? 0 : -1;
    // A focused marker merged into another, or moved out of view: focus goes to the marker that holds the tab stop.
    if (focusLost) active?.head.el?.button.focus({ preventScroll: true });
  }

  #key(id: string, e: KeyboardEvent): void {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const keys = [...this.#shown.values()].filter((s) => s.inView).map((s) => s.head.id);
    const target = rovingTarget(keys, id, e.key);
    if (!target) return;
    // MapLibre's keyboard handler would pan the map on the same arrows.
    e.preventDefault();
    e.stopPropagation();
    this.#active = target;
    this.#rove();
    this.#shown.get(target)?.head.el?.button.focus({ preventScroll: true });
  }

  /** A single stop opens its step; merged stops zoom in until they split (or, at one spot even at the greatest zoom, spread around it). */
  #choose(id: string): void {
    const shown = this.#shown.get(id);
    this.#active = id;
    if (!shown || shown.members.length < 2) {
      this.#onSelect(id);
      return;
    }
    const members = shown.members.map((m) => m.id);
    if (this.#host.fitPoints(shown.members.map((m) => m.lngLat), MERGE_DISTANCE)) this.#splitting = members;
    else {
      this.#spread = new Set(members);
      this.layout();
    }
  }

  #moved(settled: boolean): void {
    this.#moving = !settled;
    if (settled) this.#viewCache = undefined;
    // Stops spread around their spot gather again once the reader moves the map.
    if (settled) this.#splitting = undefined;
    else if (!this.#splitting && this.#spread.size > 0) this.#spread = new Set();
    this.layout();
  }

  #hover(kind: 'focus' | 'pointer', id: string | undefined): void {
    if (kind === 'focus') this.#focused = id;
    else this.#hovered = id;
    this.layout();
  }

  /** A label's size, measured once per text (a hidden label keeps its box: see markers.styles.ts). */
  #measure(label: HTMLElement): { w: number; h: number } {
    const text = label.textContent ?? '';
    const known = this.#sizes.get(text);
    if (known) return known;
    const rect = label.getBoundingClientRect();
    const size = { w: Math.ceil(rect.width), h: Math.ceil(rect.height) };
    // Not laid out yet (the map is hidden): a guess, measured again next time.
    if (size.w === 0) return { w: 8 * text.length, h: 18 };
    this.#sizes.set(text, size);
    return size;
  }

  destroy(): void {
    this.#offMove();
    this.#reservations.destroy();
    for (const s of this.#stops) {
      s.el?.button.remove();
      s.el?.labelElement.remove();
      s.el = undefined;
    }
    this.#stops.length = 0;
    this.#shown.clear();
  }
}

/** Puts an element's box at `box`, by transform (no layout). */
function place(element: HTMLElement, box: Box): void {
  const transform = `translate(${Math.round(box.x)}px, ${Math.round(box.y)}px)`;
  if (element.style.transform !== transform) element.style.transform = transform;
}
