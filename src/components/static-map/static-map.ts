import { LitElement, html, nothing, svg } from 'lit';
import { shortPlaceName } from '../../journey/describe.ts';
import type { Journey, StoryEvent } from '../../journey/model.ts';
import { sceneFor, type Scene } from '../../map/scene.ts';
import { CAPTION_X, CAPTION_Y, type StaticView } from '../../map/static/static-drawing.ts';
import { StaticRendererController } from './static-renderer-controller.ts';
import { styles } from './static-map.styles.ts';
import { WidthController } from './width-controller.ts';

/** Width assumed before the first measurement, and in browsers without ResizeObserver. */
const FALLBACK_WIDTH = 640;

/**
 * The journey drawn as plain SVG, without WebGL: for browsers where the
 * interactive map can't run, and for print. One overview of the whole
 * journey, with the current step's place marked and named, and a detail view
 * below it when the step's area is too small to read on the overview (the
 * walk across central Moscow). Legs are coloured by their first traveller
 * and styled by status as on the interactive map; places known only as a
 * region are dashed rings and areas, never precise dots.
 *
 * What it draws comes from the scene (map/scene.ts): the host's `scene`
 * when it has one, else the scene of `journey` at `step`. The drawing itself
 * is made by the static renderer (map/static/); this element only renders
 * its SVG.
 *
 * Land outlines come from `countries-url`, or else from the embedded basemap
 * named by `basemap`, when they load; without them the journey is drawn alone.
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
    scene: { attribute: false },
    countriesUrl: { attribute: 'countries-url' },
    basemap: {},
    label: {},
  };

  declare journey: Journey | undefined;
  /** The current event; its place is highlighted. */
  declare step: StoryEvent | undefined;
  /**
   * What to draw, computed by the host (map/scene.ts), as the interactive
   * map draws it. Without it, the scene of `journey` at `step` is drawn.
   */
  declare scene: Scene | undefined;
  /** Absolute URL of a countries GeoJSON (the basemap's `countries.geojson`), fetched once without credentials. */
  declare countriesUrl: string | undefined;
  /** The interactive map's style URL: the embedded basemap's land is drawn when `countries-url` is not set. */
  declare basemap: string | undefined;
  /** The map's accessible name, e.g. "Static map of Witkoff and Kushner in Moscow". */
  declare label: string;

  readonly #renderer = new StaticRendererController(this, FALLBACK_WIDTH);
  readonly #width = new WidthController(this, FALLBACK_WIDTH, 40);

  constructor() {
    super();
    this.label = 'Static map of the journey';
  }

  protected override willUpdate(): void {
    const renderer = this.#renderer.renderer;
    if (!renderer) return;
    if (this.countriesUrl || !this.basemap) renderer.setLandUrl(this.countriesUrl);
    else renderer.setStyle(new URL(this.basemap, document.baseURI).href);
    renderer.setWidth(this.#width.width);
    const scene = this.scene ?? (this.journey ? sceneFor(this.journey, this.step) : undefined);
    if (scene) renderer.showScene(scene);
  }

  override render() {
    const drawing = this.#renderer.drawing;
    if (!drawing || !(this.scene ?? this.journey)) return nothing;
    const { overview, detail, step } = drawing;
    const name = step ? shortPlaceName(step.place) : undefined;
    const current = !name ? '' : overview.current ? `; the current stop is ${name}` : `; the current stop, ${name}, has no position on the map`;
    const below = detail ? `, enlarged in a detail map below` : '';
    const detailName = `Detail map: the area around ${name}, the current stop, with the routes and stops there.`;
    return html`
      <div class="maps">
        ${this.#view(overview, 'overview', `${this.label}: routes and stops${current}${below}.`)}
        ${detail ? this.#view(detail, 'detail', detailName) : nothing}
      </div>
      <slot></slot>
    `;
  }

  #view(view: StaticView, part: 'overview' | 'detail', name: string) {
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
