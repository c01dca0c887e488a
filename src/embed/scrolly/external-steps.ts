import { css } from 'lit';

/**
 * Steps the page keeps outside the element (`data-journey-step` on the
 * elements that follow `<diplomatic-journey layout="scrolly">`, not inside
 * it): the element is a full-bleed sticky map, and what follows it in the
 * same parent scrolls over it as cards, as the Mapbox storytelling template
 * lays out its chapters. The page's elements can't be reached from the
 * element's shadow root, so these rules go into the page's own style sheets
 * (adopted, once per document), each inside `:where()`: no specificity, so
 * any rule of the page's wins.
 *
 * The layout needs the element first and its steps after it, as siblings
 * (or children of one sibling, a wrapper of steps): the map stays stuck
 * until the end of their parent, so a page wraps the element and its steps
 * in a section of their own.
 */
const RULES = css`
  /* What follows the map scrolls in front of it, each paragraph a card. */
  :where(diplomatic-journey[layout='scrolly'][data-external-steps] ~ *),
  :where(diplomatic-journey[layout='scrolly'][data-external-steps] ~ :has([data-journey-step]) > *) {
    position: relative;
    z-index: 1;
    box-sizing: border-box;
    padding: 0.8rem 1rem;
    border-radius: 6px;
    background: var(--dj-card-bg, Canvas);
    color: var(--dj-text, CanvasText);
  }
  /* A wrapper of steps is transparent: its children are the cards, and the gaps between them the map's. */
  :where(diplomatic-journey[layout='scrolly'][data-external-steps] ~ :has([data-journey-step])) {
    padding: 0;
    background: none;
    pointer-events: none;
  }
  :where(diplomatic-journey[layout='scrolly'][data-external-steps] ~ :has([data-journey-step]) > *) {
    pointer-events: auto;
  }
  /*
   * The cards start over the map (pulled up by its height; a negative margin on the map itself would keep it stuck
   * a screen past its section), the first one low, so that the map is seen whole first; each step leaves the map most
   * of a screen.
   */
  :where(diplomatic-journey[layout='scrolly'][data-external-steps] + *) {
    margin-top: calc(var(--dj-sticky-top, 0px) - 45svh);
  }
  /* The section holds its last card's margin: the map stays until that card has scrolled up past the middle. */
  :where(:has(> diplomatic-journey[layout='scrolly'][data-external-steps])) {
    display: flow-root;
  }
  :where(diplomatic-journey[layout='scrolly'][data-external-steps] ~ [data-journey-step]),
  :where(diplomatic-journey[layout='scrolly'][data-external-steps] ~ * > [data-journey-step]) {
    margin-bottom: 75svh;
    border: 1px solid color-mix(in srgb, CanvasText 18%, transparent);
    box-shadow: 0 3px 14px rgb(0 0 0 / 0.22);
  }
  /* Exploring: the map is the reader's; the cards step aside until "Back to the story". */
  :where(diplomatic-journey[layout='scrolly'][data-external-steps][data-exploring] ~ *) {
    visibility: hidden;
  }
  @media print {
    :where(diplomatic-journey[layout='scrolly'][data-external-steps] ~ *),
    :where(diplomatic-journey[layout='scrolly'][data-external-steps] ~ * > *) {
      margin: 0 0 1rem;
      padding: 0;
      border: 0;
      box-shadow: none;
      background: none;
      break-inside: avoid;
    }
  }
`;

const sheets = new WeakMap<Document, CSSStyleSheet>();

/** Adds the external steps' layout to `doc`'s style sheets, once (a constructed sheet: allowed under a strict CSP). */
export function adoptExternalStepStyles(doc: Document): void {
  if (sheets.has(doc)) return;
  const view = doc.defaultView;
  if (!view || !('adoptedStyleSheets' in doc)) return;
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(RULES.cssText);
  sheets.set(doc, sheet);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}
