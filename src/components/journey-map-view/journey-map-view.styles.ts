import { css } from 'lit';
import { base } from '../theme.ts';

export const styles = [
  base,
  css`
    :host {
      display: block;
      position: relative;
      min-height: 240px;
    }
    .frame,
    .map {
      position: absolute;
      inset: 0;
    }
    /* The key (map-key) sizes itself to the map: it is the query container. */
    .frame {
      container-type: size;
    }
    /* A scrolling story, while the reader scrolls: no zoom buttons or key, which could not be used then (the attribution and scale stay). */
    :host([hide-controls]) .maplibregl-ctrl-top-right,
    :host([hide-controls]) map-key {
      display: none;
    }
    /* The scale bar and the attribution stay above whatever covers the map's foot (a bottom sheet). */
    .maplibregl-ctrl-bottom-left,
    .maplibregl-ctrl-bottom-right {
      bottom: var(--_covered-bottom, 0px);
    }
    /* …but not above a scrolling story's card: it scrolls on, and the scale and attribution would jump with each step. */
    :host([hide-controls]) .maplibregl-ctrl-bottom-left,
    :host([hide-controls]) .maplibregl-ctrl-bottom-right {
      bottom: 0;
    }
    .map {
      /* The basemaps' sea, shown until the style has drawn. */
      background: light-dark(#dfe8ee, #1c2830);
    }
    .placeholder {
      position: absolute;
      inset: 0;
      display: grid;
      place-content: center;
      gap: 0.3rem;
      text-align: center;
      padding: 1rem;
      background: var(--dj-placeholder-bg, #e9eef2);
      font-weight: 600;
      z-index: 4;
    }
    .inset {
      position: absolute;
      left: 10px;
      top: 10px;
      width: var(--dj-inset-size, 128px);
      height: calc(var(--dj-inset-size, 128px) * 0.75);
      /* Paper in the light theme; a quiet grey, not a white line, on the dark map. */
      border: 2px solid light-dark(#ffffff, #5b6672);
      border-radius: 6px;
      background: light-dark(#dfe8ee, #1c2830);
      box-shadow: 0 1px 4px rgb(0 0 0 / 0.35);
      overflow: hidden;
      pointer-events: none;
      z-index: 2;
    }
    /* Shown once it has drawn, and only while it shows more than the map itself (overview-inset.ts). */
    .inset {
      transition: opacity 0.25s, visibility 0.25s;
    }
    .inset:not([data-ready]),
    .inset[data-redundant] {
      opacity: 0;
      visibility: hidden;
    }
    @media (prefers-reduced-motion: reduce) {
      .inset {
        transition: none;
      }
    }
    @media (max-width: 480px) {
      .inset {
        --dj-inset-size: 88px;
      }
    }
    .notice {
      position: absolute;
      left: 10px;
      right: 10px;
      bottom: 34px;
      z-index: 3;
      background: #fffbe6;
      color: #1b1f24;
      border: 1px solid #b58900;
      border-radius: 6px;
      padding: 0.5rem 0.75rem;
      font-size: 0.9rem;
    }
    .fallback {
      position: absolute;
      inset: 0;
      z-index: 5;
      overflow: auto;
      background: var(--_bg);
      padding: 0.5rem;
    }
    .notice-inline {
      margin: 0.5rem 0 0;
      padding: 0.5rem 0.75rem;
      border: 1px solid #b58900;
      border-radius: 6px;
      background: #fffbe6;
      color: #1b1f24;
      font-size: 0.9rem;
    }

    /*
     * MapLibre's controls in the story's colours, light or dark: the zoom
     * buttons, the scale bar and the attribution. MapLibre draws its icons as
     * dark background images; here they are masks filled with the text colour.
     */
    .maplibregl-ctrl-group {
      background: var(--_card-bg);
    }
    .maplibregl-ctrl-group:not(:empty) {
      box-shadow: 0 0 0 1px var(--_line), 0 1px 3px rgb(0 0 0 / 0.25);
    }
    .maplibregl-ctrl-group button + button {
      border-top-color: var(--_line);
    }
    .maplibregl-ctrl button:not(:disabled):hover,
    .maplibregl-ctrl button:not(:disabled):active {
      background-color: color-mix(in srgb, var(--_text) 10%, transparent);
    }
    .maplibregl-ctrl button.maplibregl-ctrl-zoom-in .maplibregl-ctrl-icon,
    .maplibregl-ctrl button.maplibregl-ctrl-zoom-out .maplibregl-ctrl-icon {
      background-image: none;
      background-color: var(--_text);
      mask: var(--_icon) center / 29px 29px no-repeat;
    }
    .maplibregl-ctrl button.maplibregl-ctrl-zoom-in .maplibregl-ctrl-icon {
      --_icon: url("data:image/svg+xml;charset=utf-8,%3Csvg xmlns='http://www.w3.org/2000/svg' width='29' height='29' viewBox='0 0 29 29'%3E%3Cpath d='M14.5 8.5c-.75 0-1.5.75-1.5 1.5v3h-3c-.75 0-1.5.75-1.5 1.5S9.25 16 10 16h3v3c0 .75.75 1.5 1.5 1.5S16 19.75 16 19v-3h3c.75 0 1.5-.75 1.5-1.5S19.75 13 19 13h-3v-3c0-.75-.75-1.5-1.5-1.5'/%3E%3C/svg%3E");
    }
    .maplibregl-ctrl button.maplibregl-ctrl-zoom-out .maplibregl-ctrl-icon {
      --_icon: url("data:image/svg+xml;charset=utf-8,%3Csvg xmlns='http://www.w3.org/2000/svg' width='29' height='29' viewBox='0 0 29 29'%3E%3Cpath d='M10 13c-.75 0-1.5.75-1.5 1.5S9.25 16 10 16h9c.75 0 1.5-.75 1.5-1.5S19.75 13 19 13z'/%3E%3C/svg%3E");
    }
    .maplibregl-ctrl.maplibregl-ctrl-scale {
      background-color: color-mix(in srgb, var(--_card-bg) 85%, transparent);
      color: var(--_text);
      border-color: var(--_text);
    }
    .maplibregl-ctrl.maplibregl-ctrl-attrib,
    .maplibregl-ctrl-attrib.maplibregl-compact {
      background-color: color-mix(in srgb, var(--_card-bg) 92%, transparent);
      color: var(--_text);
    }
    .maplibregl-ctrl-attrib.maplibregl-compact {
      box-shadow: 0 0 0 1px var(--_line);
    }
    .maplibregl-ctrl-attrib a {
      color: var(--_text);
    }
    .maplibregl-ctrl-attrib .maplibregl-ctrl-attrib-button {
      background-image: none;
      background-color: transparent;
    }
    .maplibregl-ctrl-attrib.maplibregl-compact-show .maplibregl-ctrl-attrib-button {
      background-color: color-mix(in srgb, var(--_text) 8%, transparent);
    }
    /* The (i), once, centred: a mask over the text colour, which a 44 px button does not tile. */
    .maplibregl-ctrl-attrib-button::before {
      content: '';
      position: absolute;
      inset: 0;
      background-color: var(--_text);
      mask: url("data:image/svg+xml;charset=utf-8,%3Csvg xmlns='http://www.w3.org/2000/svg' width='24' height='24' fill-rule='evenodd' viewBox='0 0 20 20'%3E%3Cpath d='M4 10a6 6 0 1 0 12 0 6 6 0 1 0-12 0m5-3a1 1 0 1 0 2 0 1 1 0 1 0-2 0m0 3a1 1 0 1 1 2 0v3a1 1 0 1 1-2 0'/%3E%3C/svg%3E") center / 24px 24px no-repeat;
    }
    /* Forced colours would paint the masks' fill as the background, hiding the icons. */
    @media (forced-colors: active) {
      .maplibregl-ctrl button.maplibregl-ctrl-zoom-in .maplibregl-ctrl-icon,
      .maplibregl-ctrl button.maplibregl-ctrl-zoom-out .maplibregl-ctrl-icon,
      .maplibregl-ctrl-attrib-button::before {
        forced-color-adjust: none;
        background-color: ButtonText;
      }
    }
    .maplibregl-ctrl-attrib-button:focus-visible {
      outline: 3px solid var(--_accent);
      outline-offset: 1px;
    }

    /* "Whole journey" (journey-map.ts): a labelled button under the zoom buttons. */
    .maplibregl-ctrl-group button.whole-journey-button {
      width: auto;
      padding: 0 0.55rem;
      display: inline-flex;
      align-items: center;
      gap: 0.3rem;
      font: inherit;
      font-size: 0.8rem;
      font-weight: 600;
      color: var(--_text);
      white-space: nowrap;
    }
    .whole-journey-button span[aria-hidden] {
      font-size: 1rem;
      line-height: 1;
    }
    /* Where room is short the button is its icon; "Whole journey" stays its accessible name. */
    @media (max-width: 480px) {
      .whole-journey-text {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip-path: inset(50%);
        white-space: nowrap;
      }
      .maplibregl-ctrl-group button.whole-journey-button {
        width: 44px;
        justify-content: center;
        padding: 0;
      }
    }

    /* Touch layouts: MapLibre's zoom and attribution buttons grow to 44 px. */
    @media (pointer: coarse), (max-width: 480px) {
      .maplibregl-ctrl-group button {
        width: 44px;
        height: 44px;
      }
      .maplibregl-ctrl button.maplibregl-ctrl-zoom-in .maplibregl-ctrl-icon,
      .maplibregl-ctrl button.maplibregl-ctrl-zoom-out .maplibregl-ctrl-icon {
        mask-size: 36px 36px;
      }
      .maplibregl-ctrl-attrib .maplibregl-ctrl-attrib-button {
        width: 44px;
        height: 44px;
        border-radius: 22px;
      }
      /* Folded, the attribution is its button alone: 44 × 44 px. */
      .maplibregl-ctrl-attrib.maplibregl-compact {
        min-height: 44px;
        padding: 0 44px 0 0;
        border-radius: 22px;
      }
      .maplibregl-ctrl-attrib.maplibregl-compact-show {
        padding: 4px 48px 4px 12px;
      }
    }
  `,
];
