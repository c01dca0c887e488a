import { LitElement, css, html, nothing } from 'lit';
import type { Journey } from '../../journey/model.ts';
import { safeHref } from '../safe-href.ts';
import { base } from '../theme.ts';
import { LINE_SAMPLES, lineSample } from './line-samples.ts';
import { travellerInitials } from '../../journey/initials.ts';

/**
 * Explains the map: each traveller's colour, the line style of each status,
 * and how vague places are drawn; then every source of the journey and the
 * map data's credits.
 *
 * @csspart legend - The outer box.
 */
export class MapLegend extends LitElement {
  static override properties = { journey: { attribute: false } };
  declare journey: Journey | undefined;

  override render() {
    const journey = this.journey;
    if (!journey) return nothing;
    return html`
      <section part="legend" aria-labelledby="legend-heading">
        <h2 id="legend-heading">Legend</h2>
        <ul>
          ${journey.file.travellers.map(
            (t) => html`<li>
              <svg width="36" height="12" aria-hidden="true">
                <line x1="2" y1="6" x2="34" y2="6" stroke="#fff" stroke-width="7" stroke-linecap="round"></line>
                <line x1="2" y1="6" x2="34" y2="6" stroke=${t.color} stroke-width="4" stroke-linecap="round"></line>
              </svg>
              <span class="badge" .style=${`--traveller-color: ${t.color}`} aria-hidden="true">${travellerInitials(t.name)}</span>
              <span><strong>${t.name}</strong> <span class="muted">${t.role}</span></span>
            </li>`,
          )}
        </ul>
        <ul>
          ${LINE_SAMPLES.map((s) => html`<li>${lineSample(s)}<span>${s.label}</span></li>`)}
          <li>
            <svg width="36" height="16" aria-hidden="true">
              <circle cx="18" cy="8" r="7" fill="#7a5c00" fill-opacity="0.12" stroke="#7a5c00" stroke-dasharray="2 2"></circle>
            </svg>
            <span>Approximate place or unnamed area (never a precise point)</span>
          </li>
          <li>
            <span class="traveller estimated" aria-hidden="true"></span>
            <span>Traveller, estimated position (hollow): placed between reported times, not reported there</span>
          </li>
          <li>
            <span class="traveller last-known" aria-hidden="true">?</span>
            <span>Traveller last known here; where they are now was not reported</span>
          </li>
          <li>
            <span class="dot" aria-hidden="true">1</span>
            <span>Stop, numbered by its first step; select it to open its event</span>
          </li>
        </ul>
      </section>
      <details class="all-sources">
        <summary>All sources (${journey.file.sources.length})</summary>
        <ul>
          ${journey.file.sources.map(
            (s) => html`<li>
              <a href=${safeHref(s.url)} target="_blank" rel="noopener noreferrer">${s.publisher}</a>
              ${s.date ? `(${s.date})` : '(undated)'}: ${s.title}
            </li>`,
          )}
        </ul>
        <p class="muted">Map data: Natural Earth (public domain); city names: GeoNames (CC BY 4.0)${journey.file.context ? `; ${journey.file.context.title}: drawn schematically, not to scale` : ''}.</p>
      </details>
    `;
  }

  static override styles = [
    base,
    css`
      :host {
        display: block;
        font-size: 0.85rem;
      }
      h2 {
        font-size: 0.85rem;
        text-transform: uppercase;
        letter-spacing: 0.04em;
        color: var(--_muted);
        margin: 0 0 0.3rem;
      }
      ul {
        list-style: none;
        margin: 0 0 0.4rem;
        padding: 0;
        display: grid;
        gap: 0.25rem;
      }
      li {
        display: flex;
        align-items: center;
        gap: 0.5rem;
      }
      svg {
        flex: none;
      }
      /* The traveller's badge on the map, with its initials. */
      .badge {
        flex: none;
        box-sizing: border-box;
        width: 20px;
        height: 20px;
        border-radius: 50%;
        background: var(--traveller-color);
        border: 1.5px solid #fff;
        box-shadow: 0 0 0 1px var(--traveller-color);
        color: #fff;
        font: 700 8px/1 var(--_font);
        display: grid;
        place-items: center;
      }
      .traveller {
        box-sizing: border-box;
        flex: none;
        width: 18px;
        height: 18px;
        margin: 0 9px;
        border-radius: 50%;
        border: 2.5px dashed currentColor;
        font: 700 10px/13px var(--_font);
        text-align: center;
      }
      .traveller.last-known {
        border-style: dotted;
        opacity: 0.75;
      }
      .all-sources {
        margin-top: 0.6rem;
      }
      .all-sources summary {
        cursor: pointer;
        min-height: 44px;
        display: flex;
        align-items: center;
        font-weight: 600;
      }
      .all-sources ul {
        display: block;
        padding-left: 1.1rem;
        list-style: disc;
      }
      .all-sources li {
        display: list-item;
      }
      .all-sources a {
        color: var(--_accent);
      }
      .dot {
        flex: none;
        width: 20px;
        height: 20px;
        margin: 0 8px;
        border-radius: 50%;
        background: #3a4350;
        color: #fff;
        font-size: 0.7rem;
        font-weight: 700;
        display: grid;
        place-items: center;
      }
    `,
  ];
}

customElements.define('map-legend', MapLegend);

declare global {
  interface HTMLElementTagNameMap {
    'map-legend': MapLegend;
  }
}
