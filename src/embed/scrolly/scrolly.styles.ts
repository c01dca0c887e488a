import { css } from 'lit';

/**
 * The story inside a scrolly element (added to `<journey-story>` with
 * `JourneyStory.addStyles`): the map alone, filling the sticky stage. The
 * article's own paragraphs are the text, so the title bar, the panel and the
 * slider are not shown.
 */
export const scrollyStoryLayout = css`
  :host([layout='scrolly']) {
    height: 100%;
  }
  :host([layout='scrolly']) header,
  :host([layout='scrolly']) .panel,
  :host([layout='scrolly']) time-slider {
    display: none;
  }
  :host([layout='scrolly']) .layout {
    display: block;
    height: 100%;
    min-height: 0;
  }
  :host([layout='scrolly']) .map-column,
  :host([layout='scrolly']) .map {
    height: 100%;
    min-height: 0;
  }
`;

/**
 * `<diplomatic-journey layout="scrolly">`: a sticky stage with the map, and
 * the article's steps scrolling past it, beside it from 700 px wide (the
 * element's own width), over it as cards when narrower (full-bleed on a
 * phone). Map gestures are off while the reader scrolls (the page always
 * scrolls), until "Explore the map".
 */
export const scrollyHostStyles = css`
  :host([layout='scrolly']) {
    display: block;
    container-type: inline-size;
    contain: none;
    min-height: 0;
    --_view: var(--_dj-view-height, 100svh);
    --_top: var(--dj-sticky-top, 0px);
    color-scheme: light;
  }
  :host([layout='scrolly'][theme='dark']) {
    color-scheme: dark;
  }
  :host([layout='scrolly'][theme='auto']) {
    color-scheme: light dark;
  }
  .scrolly {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
    gap: 0 2rem;
  }
  .stage {
    grid-column: 2;
    grid-row: 1;
    position: sticky;
    top: var(--_top);
    height: calc(var(--_view) - var(--_top));
    min-height: 280px;
  }
  /* Steps elsewhere in the page (after the element): the element itself is the map, full-bleed and sticky, and what follows scrolls over it as cards (external-steps.ts). */
  :host([layout='scrolly'][data-external-steps]) {
    position: sticky;
    z-index: 0;
    top: var(--_top);
    width: 100vw;
    margin-inline: calc(50% - 50vw);
  }
  :host([data-external-steps]) .scrolly {
    display: block;
  }
  :host([data-external-steps]) .steps {
    display: none;
  }
  :host([data-external-steps]) .stage {
    width: auto;
    margin: 0;
  }
  .stage .problems {
    position: absolute;
    z-index: 2;
    left: 0.6rem;
    right: 0.6rem;
    top: 3.6rem;
  }
  /* Inside an iframe, the parent page scrolls: the scroll bridge moves the stage instead. */
  :host([data-bridged]) .stage {
    position: relative;
    top: 0;
    transform: translateY(var(--_dj-shift, 0px));
  }
  .steps {
    grid-column: 1;
    grid-row: 1;
    /* The stage is stuck at the top before the first step reaches the line. */
    padding: calc(var(--_view) * 0.55) 0 calc(var(--_view) * 0.45);
  }
  ::slotted(*) {
    max-width: 40rem;
  }
  ::slotted([data-journey-step]) {
    margin: 0 0 calc(var(--_view) * 0.55);
    padding: 1rem 1.1rem;
    border-radius: 6px;
    border: 1px solid color-mix(in srgb, CanvasText 18%, transparent);
    background: var(--dj-card-bg, Canvas);
    color: var(--dj-text, CanvasText);
  }
  :host([layout='scrolly']) journey-story {
    height: 100%;
  }
  /* Scrolling: wheel and touch go to the page, never the map (the scrolly layout only: a fixed or full embed keeps its controls). */
  :host([layout='scrolly']:not([data-exploring])) journey-story {
    pointer-events: none;
  }
  .explore {
    position: absolute;
    z-index: 2;
    top: 0.6rem;
    left: 50%;
    transform: translateX(-50%);
    min-height: 44px;
    padding: 0.4rem 1rem;
    border: 1px solid color-mix(in srgb, CanvasText 25%, transparent);
    border-radius: 22px;
    background: Canvas;
    color: CanvasText;
    font: 600 0.95rem/1.2 var(--dj-font, system-ui, sans-serif);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.2);
    cursor: pointer;
  }
  .explore:focus-visible {
    outline: 3px solid var(--dj-accent, #0b57d0);
    outline-offset: 2px;
  }
  .view-alt {
    display: none;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* Without WebGL the static map shows what it can; the step's own words say the rest. */
  :host([data-no-webgl]) .view-alt {
    display: block;
    position: absolute;
    z-index: 2;
    left: 0.6rem;
    right: 0.6rem;
    bottom: 0.6rem;
    width: auto;
    height: auto;
    clip-path: none;
    white-space: normal;
    padding: 0.5rem 0.7rem;
    background: Canvas;
    color: CanvasText;
    border-radius: 4px;
  }
  .problems {
    margin: 0 0 1rem;
    padding: 0.6rem 0.8rem;
    border-left: 4px solid #c5221f;
    background: Canvas;
    color: CanvasText;
  }
  slot[name='static'] {
    display: none;
  }

  /* Narrow: the map full-bleed behind the text, which scrolls over it as cards. */
  @container (max-width: 699px) {
    .scrolly {
      display: block;
    }
    .stage {
      width: 100vw;
      margin-inline: calc(50% - 50vw);
    }
    :host([data-bridged]) .stage {
      width: auto;
      margin-inline: 0;
    }
    .steps {
      position: relative;
      z-index: 1;
      margin-top: calc((var(--_view) - var(--_top)) * -1);
      padding: calc(var(--_view) * 0.6) 0.75rem calc(var(--_view) * 0.5);
      /* The gaps between cards let gestures through to the page (scrolling) or the map (exploring). */
      pointer-events: none;
    }
    ::slotted(*) {
      pointer-events: auto;
      margin-inline: auto;
    }
    ::slotted(:not([data-journey-step])) {
      padding: 0.8rem 1rem;
      border-radius: 6px;
      background: var(--dj-card-bg, Canvas);
      color: var(--dj-text, CanvasText);
    }
    ::slotted([data-journey-step]) {
      margin-bottom: calc(var(--_view) * 0.75);
      box-shadow: 0 3px 14px rgb(0 0 0 / 0.22);
    }
    /* Exploring: the map is the reader's; the cards step aside until "Back to the story". */
    :host([data-exploring]) .steps {
      visibility: hidden;
    }
  }

  @media print {
    :host([layout='scrolly'][data-external-steps]) {
      position: static;
      width: auto;
      margin: 0 0 1rem;
    }
    .scrolly {
      display: block;
    }
    .stage {
      position: static;
      height: auto;
      min-height: 0;
      transform: none;
      width: auto;
      margin: 0;
    }
    journey-story,
    .explore {
      display: none;
    }
    slot[name='static'] {
      display: block;
    }
    .steps {
      margin: 0;
      padding: 0;
    }
    ::slotted([data-journey-step]) {
      margin: 0 0 1rem;
      box-shadow: none;
      break-inside: avoid;
    }
  }
`;
