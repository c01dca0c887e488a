import { css } from 'lit';

/** Stop markers and traveller badges on the MapLibre map (src/map/maplibre/stop-markers.ts, traveller-markers.ts). */
export const markerStyles = css`
    /* Stop markers: real buttons, at least 44 px to touch. */
    /* MapLibre positions the marker (position: absolute + transform): leave both alone. */
    .stop {
      box-sizing: border-box;
      display: flex;
      align-items: center;
      justify-content: center;
      width: 44px;
      height: 44px;
      padding: 0;
      margin: 0;
      border: 0;
      background: none;
      font: inherit;
      color: inherit;
      cursor: pointer;
    }
    .stop-dot {
      width: 24px;
      height: 24px;
      border-radius: 50%;
      background: #3a4350;
      color: #fff;
      border: 2px solid #fff;
      box-shadow: 0 1px 3px rgb(0 0 0 / 0.45);
      font: 700 12px/1 var(--_font);
      display: grid;
      place-items: center;
      transition: transform 0.15s;
    }
    .stop.precision-region .stop-dot {
      background: rgb(255 255 255 / 0.85);
      color: #3a4350;
      border: 2px dashed #3a4350;
    }
    .stop:hover .stop-dot {
      transform: scale(1.12);
    }
    .stop:focus-visible {
      outline: 3px solid var(--_accent);
      outline-offset: -3px;
      border-radius: 50%;
    }
    .stop.is-current {
      z-index: 5;
    }
    .stop.is-current .stop-dot {
      width: 30px;
      height: 30px;
      background: var(--_accent);
      color: var(--_on-accent);
      border: 3px solid #fff;
      box-shadow: 0 0 0 3px var(--_accent), 0 2px 6px rgb(0 0 0 / 0.4);
    }
    .stop.is-current.precision-region .stop-dot {
      border-style: dashed;
    }
    .stop-label {
      display: none;
      position: absolute;
      left: 40px;
      top: 50%;
      transform: translateY(-50%);
      white-space: nowrap;
      background: rgb(255 255 255 / 0.94);
      color: #1b1f24;
      padding: 2px 6px;
      border-radius: 4px;
      font: 600 12px/1.3 var(--_font);
      box-shadow: 0 1px 3px rgb(0 0 0 / 0.3);
    }
    .stop.is-current .stop-label,
    .stop:hover .stop-label,
    .stop:focus-visible .stop-label {
      display: block;
    }
    /* Travellers at the current time: a disc in their colour; hollow and dashed when estimated. */
    .traveller {
      width: 22px;
      height: 22px;
      border-radius: 50%;
      background: var(--traveller-color);
      border: 2.5px solid #fff;
      box-shadow: 0 0 0 1.5px var(--traveller-color), 0 1px 4px rgb(0 0 0 / 0.4);
      color: #fff;
      font: 700 9px/1 var(--_font);
      display: grid;
      place-items: center;
      pointer-events: none;
      z-index: 6;
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
      top: -9px;
      right: -9px;
      width: 13px;
      height: 13px;
      border-radius: 50%;
      background: var(--traveller-color);
      color: #fff;
      font: 700 9px/13px var(--_font);
      text-align: center;
    }
    .traveller[hidden] {
      display: none;
    }
    @media (prefers-reduced-motion: reduce) {
      .stop-dot {
        transition: none;
      }
    }
`;
