import { css } from 'lit';

/**
 * Stop markers, their labels and traveller badges on the MapLibre map
 * (src/map/maplibre/stop-markers.ts, traveller-markers.ts). Where each goes
 * is computed (marker-layout.ts) and set as a transform: every element sits
 * at the top left of the marker layer, and its box is exactly what the
 * layout placed, so nothing here may add margins or offsets.
 *
 * Colours come from the theme's custom properties, so the dark theme is dark
 * here too. The current step is ink (the text colour) ringed in the card
 * colour: no traveller's colour, in either theme.
 */
export const markerStyles = css`
  .markers {
    position: absolute;
    inset: 0;
    overflow: hidden;
    pointer-events: none;
    --_ink: var(--_text);
    --_paper: var(--_card-bg);
  }
  .markers > * {
    position: absolute;
    left: 0;
    top: 0;
    box-sizing: border-box;
    will-change: transform;
  }

  /* Stop markers: real buttons, 44 px to touch, with the drawn dot in the middle. */
  .stop {
    display: flex;
    align-items: center;
    justify-content: center;
    width: 44px;
    height: 44px;
    padding: 0;
    margin: 0;
    border: 0;
    border-radius: 50%;
    background: none;
    font: inherit;
    color: inherit;
    cursor: pointer;
    pointer-events: auto;
    z-index: 2;
  }
  .stop[hidden],
  .stop.off-view {
    display: none;
  }
  .stop-dot {
    box-sizing: border-box;
    width: 24px;
    height: 24px;
    border-radius: 50%;
    background: var(--_paper);
    color: var(--_ink);
    border: 2px solid var(--_ink);
    box-shadow: 0 1px 3px rgb(0 0 0 / 0.35);
    font: 700 12px/1 var(--_font);
    font-variant-numeric: tabular-nums;
    display: grid;
    place-items: center;
    transition: transform 0.15s;
  }
  /* Merged stops: a double ring says "more than one". */
  .stop.is-group .stop-dot {
    box-shadow: 0 0 0 2px var(--_paper), 0 0 0 3.5px var(--_ink), 0 1px 4px rgb(0 0 0 / 0.35);
    width: 20px;
    height: 20px;
  }
  .stop:hover .stop-dot {
    transform: scale(1.1);
  }
  .stop:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: -3px;
  }
  .stop.is-current {
    z-index: 3;
  }
  .stop.is-current .stop-dot {
    width: 30px;
    height: 30px;
    background: var(--_ink);
    color: var(--_paper);
    border: 2px solid var(--_paper);
    box-shadow: 0 0 0 2.5px var(--_ink), 0 2px 6px rgb(0 0 0 / 0.4);
    font-size: 13px;
  }
  .stop-label {
    white-space: nowrap;
    background: color-mix(in srgb, var(--_paper) 94%, transparent);
    color: var(--_ink);
    padding: 2px 6px;
    border-radius: 4px;
    font: 600 12px/1.3 var(--_font);
    box-shadow: 0 1px 3px rgb(0 0 0 / 0.3);
    z-index: 1;
  }
  /* Hidden, a label keeps its box, so that it can be measured without a layout of its own (stop-markers.ts). */
  .stop-label[hidden] {
    display: block;
    visibility: hidden;
  }
  /* The current step's label: ink on paper, ruled in ink. */
  .stop.is-current + .stop-label {
    font-weight: 700;
    box-shadow: inset 0 0 0 1.5px var(--_ink), 0 1px 3px rgb(0 0 0 / 0.3);
  }

  /*
   * Travellers at the current time: a disc in their colour; hollow and dashed when estimated.
   * White-rimmed and white-filled in both themes: the travellers' colours are chosen to read on white.
   */
  .traveller {
    width: 24px;
    height: 24px;
    border-radius: 50%;
    background: var(--traveller-color);
    border: 2.5px solid #fff;
    box-shadow: 0 0 0 1.5px var(--traveller-color), 0 1px 4px rgb(0 0 0 / 0.4);
    color: #fff;
    font: 700 9px/1 var(--_font);
    display: grid;
    place-items: center;
    z-index: 4;
  }
  .traveller.estimated {
    background: rgb(255 255 255 / 0.9);
    color: var(--traveller-color);
    border: 2.5px dashed var(--traveller-color);
    box-shadow: 0 1px 4px rgb(0 0 0 / 0.3);
  }
  /* Where a traveller was last known, while where they are now is not: faded, with a question mark (issue 14). */
  .traveller.last-known {
    background: rgb(255 255 255 / 0.9);
    color: var(--traveller-color);
    border: 2.5px dotted var(--traveller-color);
    opacity: 0.75;
  }
  .traveller.last-known::after {
    content: '?';
    position: absolute;
    top: -5px;
    right: -5px;
    width: 12px;
    height: 12px;
    border-radius: 50%;
    background: var(--traveller-color);
    color: #fff;
    font: 700 9px/12px var(--_font);
    text-align: center;
  }
  .traveller[hidden],
  .traveller-leader[hidden] {
    display: none;
  }
  /* From where a traveller is (a small dot) to their badge, when the layout had to set the badge apart. */
  .traveller-leader {
    position: absolute;
    left: 0;
    top: -0.75px;
    height: 1.5px;
    transform-origin: 0 50%;
    background: var(--traveller-color);
    pointer-events: none;
  }
  .traveller-leader::before {
    content: '';
    position: absolute;
    left: -3px;
    top: -2.25px;
    width: 6px;
    height: 6px;
    border-radius: 50%;
    background: var(--traveller-color);
  }

  @media (forced-colors: active) {
    .stop-dot {
      border-color: ButtonText;
    }
    .stop.is-current .stop-dot {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Canvas;
      box-shadow: 0 0 0 2.5px Highlight;
    }
    .stop-label {
      border: 1px solid CanvasText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .stop-dot {
      transition: none;
    }
  }
`;
