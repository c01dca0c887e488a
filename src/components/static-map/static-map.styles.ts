import { css } from 'lit';
import { base } from '../theme.ts';

/*
 * Line styles follow map/maplibre/journey-layers.ts: solid for what happened, dashed
 * for what was announced or planned, faint and crossed for what did not
 * happen. The SVG is drawn at the host's width in CSS pixels, so these
 * widths and font sizes are what the reader sees.
 */
export const styles = [
  base,
  css`
    :host {
      display: block;
      /* The colour of vague places, as in the legend. */
      --_area: var(--dj-area, #7a5c00);
    }
    .maps {
      display: grid;
      gap: 0.5rem;
    }
    svg {
      display: block;
      width: 100%;
      height: auto;
      overflow: hidden;
      background: var(--_bg);
    }
    svg.detail {
      outline: 1.5px solid var(--_accent);
      outline-offset: -1.5px;
    }
    path,
    circle,
    rect {
      stroke-linejoin: round;
    }
    .land {
      fill: var(--_line);
      fill-opacity: 0.55;
      stroke: var(--_muted);
      stroke-opacity: 0.45;
      stroke-width: 0.6;
    }
    .area {
      fill: var(--_area);
      fill-opacity: 0.08;
      stroke: var(--_area);
      stroke-opacity: 0.8;
      stroke-width: 1.2;
      stroke-dasharray: 3 3;
    }
    .area.is-current {
      fill: var(--_accent);
      fill-opacity: 0.16;
      stroke: var(--_accent);
    }
    .casing {
      fill: none;
      stroke: var(--_bg);
      stroke-opacity: 0.85;
      stroke-width: 6;
      stroke-linecap: round;
    }
    .casing.active {
      stroke-width: 8.5;
    }
    .leg {
      fill: none;
      stroke-width: 3;
      stroke-linecap: round;
    }
    .leg.active {
      stroke-width: 5;
    }
    .leg.dashed {
      stroke-linecap: butt;
      stroke-dasharray: 7 5;
    }
    .leg.dotted {
      stroke-dasharray: 0.1 6;
    }
    .leg.struck {
      stroke-width: 2;
      stroke-dasharray: 2 4;
      stroke-opacity: 0.45;
    }
    .leg.struck.active {
      stroke-width: 3.5;
    }
    .marks,
    .marks-halo {
      fill: none;
      stroke-linecap: round;
    }
    .marks {
      stroke-width: 2;
      stroke-opacity: 0.8;
    }
    .marks-halo {
      stroke: var(--_bg);
      stroke-width: 4.5;
    }
    .stop {
      fill: var(--_text);
      stroke: var(--_bg);
      stroke-width: 1.5;
    }
    .stop.ring {
      fill: var(--_bg);
      fill-opacity: 0.7;
      stroke: var(--_text);
      stroke-dasharray: 2.5 2;
    }
    .focus {
      fill: none;
      stroke: var(--_accent);
      stroke-width: 1.5;
    }
    .current-halo {
      fill: var(--_bg);
      fill-opacity: 0.8;
      stroke: var(--_accent);
      stroke-width: 2;
    }
    .current {
      fill: var(--_accent);
      stroke: var(--_bg);
      stroke-width: 2;
    }
    .current.ring {
      fill: var(--_bg);
      stroke: var(--_accent);
      stroke-width: 2.5;
      stroke-dasharray: 3 2;
    }
    .label,
    .caption {
      font-family: var(--_font);
      fill: var(--_text);
      stroke: var(--_bg);
      stroke-width: 4;
      paint-order: stroke;
    }
    /* Sizes match LABEL_SIZE in static-map-labels.ts, which places labels by their estimated width. */
    .label {
      font-size: 11px;
      font-weight: 600;
    }
    .label.is-current {
      font-size: 14px;
      font-weight: 700;
    }
    .caption {
      font-size: 11px;
      font-weight: 600;
      fill: var(--_muted);
    }
    @media print {
      :host {
        print-color-adjust: exact;
        -webkit-print-color-adjust: exact;
      }
      svg {
        break-inside: avoid;
      }
    }
  `,
];
