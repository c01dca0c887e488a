import { css } from 'lit';
import { base } from '../theme.ts';

/** The dark theme's values, for `theme="dark"` and for `theme="auto"` on a dark system. */
const DARK = css`
  color-scheme: dark;
  --dj-bg: #15191e;
  --dj-card-bg: #1d232a;
  --dj-text: #e8ecf0;
  --dj-muted: #a9b4bf;
  --dj-line: #38424d;
  --dj-accent: #7cb0ff;
  --dj-on-accent: #0b1320;
  --dj-danger: #ff9b9b;
  --dj-placeholder-bg: #222a32;
`;

export const styles = [
  base,
  css`
    :host {
      display: block;
      background: var(--_bg);
      --_panel-width: var(--dj-panel-width, 420px);
      color-scheme: light;
    }
    /* The dark theme sets the same custom properties a page can set itself. */
    :host([theme='dark']) {
      ${DARK}
    }
    @media (prefers-color-scheme: dark) {
      :host([theme='auto']) {
        ${DARK}
      }
    }
    header {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0.25rem 1.25rem;
      padding: 0.6rem 1rem;
      border-bottom: 1px solid var(--_line);
    }
    .about {
      font-size: 0.95rem;
    }
    .about summary {
      cursor: pointer;
      color: var(--_accent);
      font-weight: 600;
      min-height: 36px;
      display: inline-flex;
      align-items: center;
    }
    .about p {
      margin: 0.3rem 0 0.2rem;
      max-width: 75ch;
      color: var(--_muted);
    }
    h1 {
      margin: 0;
      font-size: clamp(1.2rem, 2.5vw, 1.6rem);
      line-height: 1.2;
    }
    .layout {
      display: grid;
      grid-template-columns: minmax(0, 1fr) var(--_panel-width);
      height: var(--dj-height, calc(100vh - 3.6rem));
      min-height: 480px;
    }
    /* First on screen, second in the page (journey-story.ts): every layout orders it, by grid or flex. */
    .map-column {
      order: -1;
      display: flex;
      flex-direction: column;
      min-width: 0;
      min-height: 0;
    }
    .map {
      flex: 1;
      min-height: 0;
    }
    .panel {
      display: flex;
      flex-direction: column;
      gap: 0.9rem;
      padding: 0.75rem;
      overflow-y: auto;
      border-left: 1px solid var(--_line);
      min-width: 0;
    }
    .panel > * {
      flex: none;
    }
    step-controls {
      position: sticky;
      top: -0.75rem;
      z-index: 1;
      background: var(--_bg);
      padding: 0.25rem 0;
    }
    .open-file button,
    .share,
    .actions button {
      font: inherit;
      font-size: 0.9rem;
      min-height: 36px;
      padding: 0.2rem 0.8rem;
      border-radius: 6px;
      border: 1.5px solid var(--_accent);
      background: var(--_bg);
      color: var(--_accent);
      font-weight: 600;
      cursor: pointer;
    }
    .actions {
      display: flex;
      gap: 0.6rem;
      flex-wrap: wrap;
    }
    .drop-hint {
      position: fixed;
      inset: 0;
      z-index: 20;
      display: grid;
      place-items: center;
      background: rgb(11 87 208 / 0.12);
      border: 4px dashed var(--_accent);
      font-size: 1.4rem;
      font-weight: 700;
      color: var(--_accent);
      pointer-events: none;
    }
    .zone-mode {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      font-size: 0.9rem;
      color: var(--_muted);
    }
    .zone-mode select {
      font: inherit;
      color: var(--_text);
      min-height: 36px;
      border-radius: 6px;
      border: 1px solid var(--_line);
      background: var(--_bg);
      flex: 1;
      min-width: 0;
    }
    .all-sources {
      font-size: 0.85rem;
    }
    .all-sources summary {
      cursor: pointer;
      min-height: 44px;
      display: flex;
      align-items: center;
      font-weight: 600;
    }
    .all-sources a {
      color: var(--_accent);
    }
    .keys {
      font-size: 0.8rem;
      margin: 0;
    }
    .loading {
      padding: 2rem 1rem;
    }
    /* A part the reader asked for that could not load (offline), with Try again. */
    .part-failure {
      margin: 0.25rem 0.75rem;
      padding: 0.4rem 0.75rem;
      border-left: 4px solid var(--_danger);
      background: var(--_card-bg);
    }
    .part-failure button {
      font: inherit;
      min-height: 44px;
      margin-left: 0.5rem;
    }
    /* Why the story opened where it did (a link to an event it lacks). */
    .story-notice {
      margin: 0.5rem 0;
      padding: 0.5rem 0.75rem;
      border-left: 4px solid var(--_danger);
      background: var(--_card-bg);
      font-size: 0.95rem;
    }
    journey-problems {
      margin: 1rem;
    }

    /* Phones: the map on top, the story below it. */
    @media (max-width: 720px) {
      .layout {
        display: flex;
        flex-direction: column;
        height: auto;
        min-height: 0;
      }
      .map {
        flex: none;
        height: min(55svh, 420px);
        min-height: 260px;
      }
      .panel {
        border-left: none;
        overflow: visible;
        padding: 0.6rem;
      }
      step-controls {
        top: 0;
      }
      .about summary,
      .open-file button,
      .share,
      .actions button,
      .zone-mode select {
        min-height: 44px;
      }
    }

    /* Beside or below the map, the sheet's two parts are plain parts of the panel. */
    .sheet-head,
    .sheet-body {
      display: contents;
    }
    .sheet-toggle {
      display: none;
    }

    /* Phones: the map fills the screen under a bottom sheet (peek: the step's
       controls and title; half; full), with the compact slider riding on the
       sheet's top edge. The sheet's heights are here; bottom-sheet-controller.ts
       drags between them (--_sheet-drag) and tells the camera what they hide. */
    @media (max-width: 480px) {
      :host([layout='auto']) {
        display: flex;
        flex-direction: column;
        height: 100dvh;
      }
      /* Opening local files is for editors at a desk; Share and About stay. */
      :host([layout='auto']) header .open-file {
        display: none;
      }
      :host([layout='auto']) header {
        position: relative;
        flex-wrap: nowrap;
        align-items: center;
        gap: 0.4rem;
        padding: 0 0.25rem 0 0.6rem;
      }
      :host([layout='auto']) h1 {
        flex: 1;
        min-width: 0;
        font-size: 0.95rem;
        display: -webkit-box;
        -webkit-box-orient: vertical;
        -webkit-line-clamp: 2;
        overflow: hidden;
      }
      :host([layout='auto']) .share,
      :host([layout='auto']) .about summary {
        flex: none;
        padding: 0 0.55rem;
        font-size: 0.85rem;
      }
      /* "About", the rest of its name kept for screen readers. */
      :host([layout='auto']) .about .long {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip-path: inset(50%);
        white-space: nowrap;
      }
      /* Opened, the summary drops down over the map instead of pushing it. */
      :host([layout='auto']) .about p {
        position: absolute;
        z-index: 12;
        top: 100%;
        left: 0;
        right: 0;
        margin: 0;
        padding: 0.6rem 0.75rem 0.75rem;
        background: var(--_bg);
        border-bottom: 1px solid var(--_line);
        box-shadow: 0 6px 14px rgb(0 0 0 / 0.18);
      }
      :host([layout='auto']) .layout {
        /* The controller fits the peek to the card's title (--_peek-fit); until then, two lines of title. */
        --_peek: var(--_peek-fit, 134px);
        --_sheet-h: var(--_peek);
        position: relative;
        display: block;
        flex: 1;
        height: auto;
        min-height: 0;
        overflow: hidden;
      }
      :host([layout='auto']) .layout[data-sheet='half'] {
        --_sheet-h: 50%;
      }
      :host([layout='auto']) .layout[data-sheet='full'] {
        --_sheet-h: calc(100% - var(--_slider-h, 4.5rem));
      }
      :host([layout='auto']) .map-column,
      :host([layout='auto']) .map {
        position: absolute;
        inset: 0;
        display: block;
        height: auto;
      }
      :host([layout='auto']) time-slider,
      :host([layout='auto']) .panel {
        position: absolute;
        left: 0;
        right: 0;
        transition: bottom 0.2s ease-out, height 0.2s ease-out;
      }
      :host([layout='auto']) time-slider {
        bottom: var(--_sheet-drag, var(--_sheet-h));
        z-index: 11;
        border-top: 0;
        border-radius: 14px 14px 0 0;
        box-shadow: 0 -3px 12px rgb(0 0 0 / 0.16);
      }
      :host([layout='auto']) .part-failure {
        position: absolute;
        top: 0.5rem;
        left: 0;
        right: 0;
        z-index: 12;
      }
      :host([layout='auto']) .panel {
        bottom: 0;
        z-index: 10;
        height: var(--_sheet-drag, var(--_sheet-h));
        padding: 0;
        gap: 0;
        overflow: hidden;
        border-left: 0;
        background: var(--_bg);
      }
      :host([data-dragging]) time-slider,
      :host([data-dragging]) .panel {
        transition: none;
      }
      :host([layout='auto']) .sheet-head {
        position: relative;
        display: block;
        flex: none;
        padding: 0.2rem 0.6rem 0.35rem;
        /* Dragged with a finger: the browser must not take it for a scroll. */
        touch-action: none;
      }
      :host([layout='auto']) step-controls {
        position: static;
        padding: 0;
        background: none;
      }
      /* The grip sits where the count was; the card says "Step n of m". */
      :host([layout='auto']) step-controls::part(count) {
        visibility: hidden;
      }
      /* The grip, between Previous and Next; the whole head can be dragged. */
      :host([layout='auto']) .sheet-toggle {
        position: absolute;
        z-index: 1;
        top: 0.2rem;
        left: 50%;
        transform: translateX(-50%);
        display: grid;
        place-items: center;
        width: 56px;
        height: 44px;
        padding: 0;
        border: 0;
        border-radius: 8px;
        background: transparent;
        color: var(--_muted);
        cursor: grab;
      }
      :host([layout='auto']) .sheet-toggle::before {
        content: '';
        width: 36px;
        height: 4px;
        border-radius: 2px;
        background: var(--_line);
        grid-area: 1 / 1;
        align-self: start;
        margin-top: 6px;
      }
      :host([layout='auto']) .chevron {
        grid-area: 1 / 1;
        width: 9px;
        height: 9px;
        margin-top: 8px;
        border: solid currentColor;
        border-width: 2px 2px 0 0;
        transform: rotate(-45deg);
      }
      :host([layout='auto']) .layout[data-sheet='full'] .chevron {
        margin-top: 0;
        transform: rotate(135deg);
      }
      :host([layout='auto']) .sheet-body {
        display: flex;
        flex-direction: column;
        gap: 0.9rem;
        flex: 1;
        min-height: 0;
        overflow-y: auto;
        overscroll-behavior: contain;
        padding: 0.15rem 0.75rem 1rem;
      }
      :host([layout='auto']) .sheet-body > * {
        flex: none;
      }
      /* The sheet is the card: no box within a box. */
      :host([layout='auto']) event-card::part(card) {
        padding: 0;
        border: 0;
        background: none;
      }
      :host([layout='auto']) event-card::part(title),
      :host([layout='auto']) journey-overview::part(title) {
        font-size: 1.12rem;
      }
    }
    @media (max-width: 360px) {
      :host([layout='auto']) h1 {
        font-size: 0.88rem;
      }
    }
    @media (max-width: 480px) and (prefers-reduced-motion: reduce) {
      time-slider,
      .panel {
        transition: none !important;
      }
    }

    /* Printed only; the print styles (print.styles.ts) load after the first paint. */
    .print-only {
      display: none;
    }
  `,
];
