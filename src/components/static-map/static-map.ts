import type { GeoProjection } from 'd3-geo';
import type { Position } from 'geojson';
import { LitElement, html, nothing, svg } from 'lit';
import { shortPlaceName } from '../../journey/describe.ts';
import { placeAnchor, type BBox } from '../../journey/geometry.ts';
import type { Journey, StoryEvent } from '../../journey/model.ts';
import { LandController } from './land-controller.ts';
import { fitBox, journeyBox, landWithin, layoutFor, needsDetail, visibleBox, type LandShape, type Size } from '../../map/static/static-map-geometry.ts';
import {
  activeLegIds,
  boxRect,
  drawLand,
  drawLegs,
  drawPlaces,
  currentPlace,
  type DrawnLeg,
  type DrawnPlace,
  type Rect,
} from '../../map/static/static-map-scene.ts';
import { LABEL_SIZE, placeLabels, type Label } from '../../map/static/static-map-labels.ts';
import { styles } from './static-map.styles.ts';
import { WidthController } from './width-controller.ts';

/** Everything one SVG draws, in its own pixels. */
interface View {
  readonly size: Size;
  readonly land: string;
  readonly places: readonly DrawnPlace[];
  readonly legs: readonly DrawnLeg[];
  /** The current step's place, when it is in the drawing. */
  readonly current: DrawnPlace | undefined;
  readonly labels: readonly Label[];
  /** A line of text in the top left corner. */
  readonly caption: string | undefined;
  /** On the overview: the area the detail view enlarges. */
  readonly focus: Rect | undefined;
}

/** The parts of the overview that change only with the journey, the land or the width. */
interface OverviewBase {
  readonly journey: Journey;
  readonly land: readonly LandShape[];
  readonly width: number;
  /** What the overview frames: everything drawn, the short way round the globe. */
  readonly box: BBox;
  readonly size: Size;
  readonly projection: GeoProjection;
  readonly landPath: string;
  readonly places: readonly DrawnPlace[];
  readonly anchors: readonly Position[];
  /** Place ids in story order: whose names come first. */
  readonly order: readonly string[];
}

/** Width assumed before the first measurement, and in browsers without ResizeObserver. */
const FALLBACK_WIDTH = 640;
/** The detail view's area is outlined on the overview only when at least this big; smaller, the current marker shows it. */
const FOCUS_MIN_PX = 24;
const CAPTION_X = 10;
const CAPTION_Y = 20;

/**
 * The journey drawn as plain SVG, without WebGL: for browsers where the
 * interactive map can't run, and for print. One overview of the whole
 * journey, with the current step's place marked and named, and a detail view
 * below it when the step's area is too small to read on the overview (the
 * walk across central Moscow). Legs are coloured by their first traveller
 * and styled by status as on the interactive map; places known only as a
 * region are dashed rings and areas, never precise dots.
 *
 * Land outlines come from `countries-url` when it loads; without them the
 * journey is drawn alone.
 *
 * @slot - Shown under the maps: a note on why the interactive map is missing, a caption.
 * @csspart overview - The overview `<svg>`.
 * @csspart detail - The detail `<svg>`, present only when the step needs it.
 * @cssproperty --dj-bg - Background, also the halo around lines and labels.
 * @cssproperty --dj-text - Stops and labels.
 * @cssproperty --dj-muted - Land outlines.
 * @cssproperty --dj-line - Land fill.
 * @cssproperty --dj-accent - The current place, and the detail view's frame.
 * @cssproperty --dj-area - Outlines of vague places (regions, uncertainty circles).
 */
export class StaticMap extends LitElement {
  static override styles = styles;
  static override properties = {
    journey: { attribute: false },
    step: { attribute: false },
    countriesUrl: { attribute: 'countries-url' },
    label: {},
  };

  declare journey: Journey | undefined;
  /** The current event; its place is highlighted. */
  declare step: StoryEvent | undefined;
  /** Absolute URL of a countries GeoJSON (the basemap's `countries.geojson`), fetched once without credentials. */
  declare countriesUrl: string | undefined;
  /** The map's accessible name, e.g. "Static map of Witkoff and Kushner in Moscow". */
  declare label: string;

  readonly #land = new LandController(this);
  readonly #width = new WidthController(this, FALLBACK_WIDTH, 40);
  #base: OverviewBase | undefined;
  #overview: View | undefined;
  #detail: View | undefined;
  #shown: { base: OverviewBase; step: StoryEvent | undefined } | undefined;

  constructor() {
    super();
    this.label = 'Static map of the journey';
  }

  protected override willUpdate(): void {
    this.#land.load(this.countriesUrl || undefined);
    const journey = this.journey;
    if (!journey) {
      this.#base = this.#overview = this.#detail = this.#shown = undefined;
      return;
    }
    const land = this.#land.land;
    const width = this.#width.width;
    let base = this.#base;
    if (!base || base.journey !== journey || base.land !== land || base.width !== width) {
      const size = layoutFor(width).overview;
      const box = journeyBox(journey) ?? journey.bounds;
      const projection = fitBox(box, size, Math.max(24, Math.min(size.width, size.height) * 0.08));
      base = {
        journey,
        land,
        width,
        box,
        size,
        projection,
        landPath: drawLand(land, projection),
        places: drawPlaces(journey, projection),
        anchors: [...journey.places.values()].map(placeAnchor).filter((a) => a !== undefined),
        order: [...new Set(journey.events.map((e) => e.place.id))],
      };
      this.#base = base;
    }
    const step = this.step;
    if (this.#shown?.base === base && this.#shown.step === step) return;
    this.#shown = { base, step };

    const active = activeLegIds(journey, step);
    const detailed = step && needsDetail(base.box, step.frame, base.anchors);
    const current = currentPlace(step, base.places, base.size);
    // The detail view's area, outlined on the overview when it is big enough to see past the current marker.
    const focus = detailed ? boxRect(step.frame, base.projection, 0) : undefined;
    this.#overview = {
      size: base.size,
      land: base.landPath,
      places: base.places,
      legs: drawLegs(journey, base.projection, base.size, active),
      current,
      labels: placeLabels(base.places, current, base.size, base.order),
      caption: undefined,
      focus: focus && Math.max(focus.width, focus.height) >= FOCUS_MIN_PX ? focus : undefined,
    };
    this.#detail = detailed ? this.#detailView(journey, step, land, width, active, base.order) : undefined;
  }

  #detailView(
    journey: Journey,
    step: StoryEvent,
    land: readonly LandShape[],
    width: number,
    active: ReadonlySet<string>,
    order: readonly string[],
  ): View {
    const size = layoutFor(width).detail;
    const projection = fitBox(step.frame, size, 28);
    const shown = visibleBox(projection, size);
    const places = drawPlaces(journey, projection);
    const current = currentPlace(step, places, size);
    const caption = `Detail: around ${shortPlaceName(step.place)}`;
    const captionBox = { x: 0, y: 0, width: CAPTION_X + caption.length * LABEL_SIZE.stop * 0.6 + 8, height: CAPTION_Y + 6 };
    return {
      size,
      land: drawLand(shown ? landWithin(land, shown) : land, projection),
      places,
      legs: drawLegs(journey, projection, size, active),
      current,
      labels: placeLabels(places, current, size, order, [captionBox]),
      caption,
      focus: undefined,
    };
  }

  override render() {
    const overview = this.#overview;
    if (!overview) return nothing;
    const step = this.step;
    const name = step ? shortPlaceName(step.place) : undefined;
    const current = !name ? '' : overview.current ? `; the current stop is ${name}` : `; the current stop, ${name}, has no position on the map`;
    const below = this.#detail ? `, enlarged in a detail map below` : '';
    const detailName = `Detail map: the area around ${name}, the current stop, with the routes and stops there.`;
    return html`
      <div class="maps">
        ${this.#view(overview, 'overview', `${this.label}: routes and stops${current}${below}.`)}
        ${this.#detail ? this.#view(this.#detail, 'detail', detailName) : nothing}
      </div>
      <slot></slot>
    `;
  }

  #view(view: View, part: 'overview' | 'detail', name: string) {
    const { width, height } = view.size;
    const current = view.current;
    return html`<svg part=${part} class=${part} viewBox="0 0 ${width} ${height}" role="img" aria-label=${name}>
      <title>${name}</title>
      <g aria-hidden="true">
        ${view.land ? svg`<path class="land" d=${view.land}></path>` : nothing}
        ${view.places.map((p) => (p.area ? svg`<path class=${p === current ? 'area is-current' : 'area'} d=${p.area}></path>` : nothing))}
        ${view.legs.map((l) => (l.style === 'struck' ? nothing : svg`<path class=${l.active ? 'casing active' : 'casing'} d=${l.d}></path>`))}
        ${view.legs.map((l) => svg`<path class=${`leg ${l.style}${l.active ? ' active' : ''}`} stroke=${l.color} d=${l.d}></path>`)}
        ${view.legs.map((l) =>
          l.marks ? svg`<path class="marks-halo" d=${l.marks}></path><path class="marks" stroke=${l.color} d=${l.marks}></path>` : nothing,
        )}
        ${view.places.map((p) => svg`<circle class=${p.marker === 'ring' ? 'stop ring' : 'stop'} cx=${p.x} cy=${p.y} r=${p.marker === 'ring' ? 6 : 3.5}></circle>`)}
        ${view.focus ? svg`<rect class="focus" x=${view.focus.x} y=${view.focus.y} width=${view.focus.width} height=${view.focus.height} rx="2"></rect>` : nothing}
        ${current
          ? svg`<circle class="current-halo" cx=${current.x} cy=${current.y} r="11"></circle>
              <circle class=${current.marker === 'ring' ? 'current ring' : 'current'} cx=${current.x} cy=${current.y} r="7"></circle>`
          : nothing}
        ${view.labels.map(
          (l) => svg`<text class=${l.current ? 'label is-current' : 'label'} x=${l.x} y=${l.y} text-anchor=${l.anchor}>${l.text}</text>`,
        )}
        ${view.caption ? svg`<text class="caption" x=${CAPTION_X} y=${CAPTION_Y}>${view.caption}</text>` : nothing}
      </g>
    </svg>`;
  }
}

customElements.define('static-map', StaticMap);

declare global {
  interface HTMLElementTagNameMap {
    'static-map': StaticMap;
  }
}
