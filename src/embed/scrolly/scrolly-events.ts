/**
 * The events `<diplomatic-journey layout="scrolly">` sends as the reader
 * scrolls its steps. Both bubble and are composed.
 */

export interface ScrollStepDetail {
  /** The step's position among the page's steps, from 0. */
  readonly index: number;
  /** Its `data-journey-step`: an event id, or `overview`. */
  readonly eventId: string;
  /** The step's element in the article. */
  readonly element: HTMLElement;
}

/** The reader's scroll came to rest on a new step (never the steps a fast scroll or a jump passes). */
export class ScrollStepEvent extends Event {
  static readonly type = 'journey-scroll-step';
  readonly detail: ScrollStepDetail;
  constructor(detail: ScrollStepDetail) {
    super(ScrollStepEvent.type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

export interface ScrollProgressDetail extends ScrollStepDetail {
  /** How far the step line is through the step's element: 0 at its top, 1 at its foot. */
  readonly progress: number;
}

/** The reader scrolled within the current step (at most once a frame). */
export class ScrollProgressEvent extends Event {
  static readonly type = 'journey-scroll-progress';
  readonly detail: ScrollProgressDetail;
  constructor(detail: ScrollProgressDetail) {
    super(ScrollProgressEvent.type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'journey-scroll-step': ScrollStepEvent;
    'journey-scroll-progress': ScrollProgressEvent;
  }
}
