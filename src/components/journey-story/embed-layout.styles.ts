import { css } from 'lit';

/**
 * The embeds' two layouts, which only the embed entries load (the iframe
 * page and `<diplomatic-journey>` add them with `JourneyStory.addStyles`),
 * so the standalone page's first bundle does without them.
 *
 * - `fixed` (the default): the story fills the height it is given (the
 *   frame, or the element's `height`); the map, the step controls and the
 *   card share it, and the card scrolls in its own panel: beside the map
 *   from 640 px wide, below it when narrower. Sized by the embed's own width
 *   (container queries), not the page's.
 * - `full`: the long form, stacked, growing to fit the card.
 */
export const embedLayouts = css`
  /* Readers first: the itinerary folds under "All 12 events"; the key is on
     the map (its own "Key" button), so the panel keeps only the sources,
     folded under "All sources (19)". */
  .fold summary {
    cursor: pointer;
    min-height: 44px;
    display: flex;
    align-items: center;
    font-weight: 600;
    color: var(--_accent);
  }
  .fold[open] summary {
    margin-bottom: 0.3rem;
  }
  map-legend::part(legend) {
    display: none;
  }
  :host([layout='fixed']) {
    container-type: inline-size;
    display: flex;
    flex-direction: column;
    height: var(--dj-height, 100%);
    overflow: hidden;
  }
  :host([layout='fixed']) header {
    flex: none;
    padding: 0.35rem 0.75rem;
  }
  :host([layout='fixed']) h1 {
    font-size: 1.05rem;
  }
  :host([layout='fixed']) .layout {
    flex: 1;
    min-height: 0;
    height: auto;
    display: grid;
    grid-template-columns: minmax(0, 1fr) min(44%, var(--_panel-width));
  }
  /* The panel is the card: no box within a box, and its room goes to the text. */
  :host([layout='fixed']) event-card::part(card) {
    padding: 0.1rem 0 0;
    border: 0;
    background: none;
  }
  :host([layout='fixed']) .map {
    flex: 1;
    min-height: 0;
    height: auto;
  }
  :host([layout='fixed']) .panel {
    min-height: 0;
    overflow-y: auto;
    overscroll-behavior: contain;
    padding: 0.6rem;
    border-left: 1px solid var(--_line);
  }
  @container (max-width: 639px) {
    :host([layout='fixed']) .layout {
      display: flex;
      flex-direction: column;
    }
    /* The map is the larger part: about two thirds with its slider, the card's panel the rest (at least 150 px). */
    :host([layout='fixed']) .map-column {
      flex: 1.8 1 0;
      min-height: 0;
    }
    /* One row of title bar: the title on two lines at most, "About" opening over the map. */
    :host([layout='fixed']) header {
      position: relative;
      flex-wrap: nowrap;
      align-items: center;
      gap: 0.5rem;
    }
    :host([layout='fixed']) h1 {
      flex: 1;
      min-width: 0;
      font-size: 0.95rem;
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 2;
      overflow: hidden;
    }
    :host([layout='fixed']) .about .long {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    :host([layout='fixed']) .about p {
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

    :host([layout='fixed']) .map {
      min-height: 120px;
    }
    :host([layout='fixed']) .panel {
      flex: 1 1 0;
      min-height: 150px;
      padding-top: 0;
      border-left: 0;
      border-top: 1px solid var(--_line);
    }
    :host([layout='fixed']) step-controls {
      top: 0;
      padding: 0.4rem 0;
    }
  }

  :host([layout='full']) .layout {
    display: flex;
    flex-direction: column;
    height: auto;
    min-height: 0;
  }
  :host([layout='full']) .map {
    flex: none;
    height: clamp(240px, 62vw, 440px);
  }
  :host([layout='full']) .panel {
    border-left: none;
    overflow: visible;
    padding: 0.6rem;
  }
  :host([layout='full']) step-controls {
    top: 0;
  }
`;
