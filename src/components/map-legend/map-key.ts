import { LitElement, css, html, nothing } from 'lit';
import { travellerInitials } from '../../journey/initials.ts';
import type { Journey } from '../../journey/model.ts';
import { base } from '../theme.ts';
import { LINE_SAMPLES, lineSample } from './line-samples.ts';

/** Maps narrower or lower than this open with the key folded to its button. */
const FOLDED_BELOW = { width: 560, height: 420 } as const;

/**
 * The key on the map: each traveller's colour and initials, the line style
 * of each status, and how estimated and last-known positions are drawn. It
 * sits in the map's bottom-left corner, above the scale bar, and folds to a
 * "Key" button; it opens folded on small maps (phones). The full legend,
 * with sources and credits, stays in the panel (map-legend.ts).
 *
 * Size, as measured with the default journey (five travellers), for
 * whoever frames the map around it (map/camera.ts reads it as a
 * `data-map-overlay`): folded, a button of about 51 × 28 px (63 × 46 on
 * touch screens); open, about 374 × 118 px on wide maps (two columns; each
 * traveller past five adds 18 px of height), about 152 × 228 px on maps
 * under 560 px wide (one column). Always 10 px from the left edge and 34 px
 * above the bottom, or above what covers the map's foot (a bottom sheet).
 *
 * @csspart key - The key's box.
 * @csspart toggle - The button that opens and folds it.
 */
export class MapKey extends LitElement {
  static override properties = {
    journey: { attribute: false },
    _open: { state: true },
  };

  declare journey: Journey | undefined;
  /** Whether the key is open; until the reader chooses, it follows the map's size. */
  declare _open: boolean | undefined;

  protected override firstUpdated(): void {
    // Measured once, so the key never opens or folds by itself under the reader.
    const frame = this.parentElement;
    if (this._open === undefined && frame) this._open = frame.clientWidth >= FOLDED_BELOW.width && frame.clientHeight >= FOLDED_BELOW.height;
  }

  override render() {
    const journey = this.journey;
    if (!journey) return nothing;
    const open = this._open ?? false;
    return html`
      <div part="key" class=${open ? 'key open' : 'key'}>
        <button part="toggle" class="toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls="key-body" @click=${() => (this._open = !open)}>
          Key<span class="chevron" aria-hidden="true">${open ? '▾' : '▸'}</span>
        </button>
        <div id="key-body" class="body" ?hidden=${!open}>
          <ul class="travellers" aria-label="Travellers">
            ${journey.file.travellers.map(
              (t) => html`<li>
                <span class="badge" .style=${`--traveller-color: ${t.color}`} aria-hidden="true">${travellerInitials(t.name)}</span>
                <span>${t.name}</span>
              </li>`,
            )}
          </ul>
          <ul class="styles" aria-label="Lines and positions">
            ${LINE_SAMPLES.map((s) => html`<li>${lineSample(s, 24)}<span>${s.short}</span></li>`)}
            <li><span class="ring estimated" aria-hidden="true"></span><span>Estimated position</span></li>
            <li><span class="ring last-known" aria-hidden="true"></span><span>Last known place</span></li>
          </ul>
        </div>
      </div>
    `;
  }

  static override styles = [
    base,
    css`
      :host {
        position: absolute;
        left: 10px;
        /* Above the scale bar, and above whatever covers the map's foot (journey-map-view sets it). */
        bottom: calc(34px + var(--_covered-bottom, 0px));
        z-index: 3;
        max-width: calc(100% - 20px);
        font-size: 11px;
        line-height: 1.2;
      }
      .key {
        /* Nearly opaque: the basemap's labels must not show through the key's words. */
        background: color-mix(in srgb, var(--_card-bg) 97%, transparent);
        color: var(--_text);
        border: 1px solid var(--_line);
        border-radius: 6px;
        box-shadow: 0 1px 4px rgb(0 0 0 / 0.25);
      }
      .toggle {
        display: flex;
        align-items: center;
        gap: 0.35em;
        min-height: 26px;
        padding: 0 8px;
        border: 0;
        background: none;
        color: inherit;
        font: 700 12px/1 var(--_font);
        letter-spacing: 0.03em;
        cursor: pointer;
      }
      .open .toggle {
        min-height: 22px;
      }
      .body {
        display: grid;
        grid-template-columns: auto auto;
        gap: 0 12px;
        padding: 0 8px 6px;
        /* Never taller than the map leaves room for (phones, opened). */
        max-height: calc(100cqh - var(--_covered-bottom, 0px) - 150px);
        overflow: auto;
      }
      .body[hidden] {
        display: none;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 2px;
        align-content: start;
      }
      li {
        display: flex;
        align-items: center;
        gap: 4px;
        min-height: 16px;
        white-space: nowrap;
      }
      /* Line styles and positions in two columns of three. */
      .styles {
        grid-template-rows: repeat(3, auto);
        grid-auto-flow: column;
        column-gap: 10px;
      }
      svg {
        flex: none;
      }
      /* As the traveller badges on the map draw them (journey-map-view/markers.styles.ts). */
      .badge {
        flex: none;
        box-sizing: border-box;
        width: 16px;
        height: 16px;
        margin: 0 4px;
        border-radius: 50%;
        background: var(--traveller-color);
        border: 1.5px solid #fff;
        box-shadow: 0 0 0 1px var(--traveller-color);
        color: #fff;
        font: 700 7px/1 var(--_font);
        display: grid;
        place-items: center;
      }
      .ring {
        position: relative;
        flex: none;
        box-sizing: border-box;
        width: 14px;
        height: 14px;
        margin: 0 5px;
        border-radius: 50%;
        background: var(--_card-bg);
        border: 2px dashed var(--_muted);
      }
      .ring.last-known {
        border-style: dotted;
        opacity: 0.85;
      }
      .ring.last-known::after {
        content: '?';
        position: absolute;
        top: -7px;
        right: -8px;
        width: 11px;
        height: 11px;
        border-radius: 50%;
        background: var(--_muted);
        color: var(--_card-bg);
        font: 700 8px/11px var(--_font);
        text-align: center;
      }
      /* Narrow maps: one column. */
      @container (max-width: 560px) {
        .body {
          grid-template-columns: auto;
          gap: 4px;
        }
        .styles {
          grid-auto-flow: row;
          grid-template-rows: none;
        }
      }
      @media (pointer: coarse) {
        .toggle {
          min-height: 44px;
          padding: 0 14px;
        }
      }
    `,
  ];
}

customElements.define('map-key', MapKey);

declare global {
  interface HTMLElementTagNameMap {
    'map-key': MapKey;
  }
}
