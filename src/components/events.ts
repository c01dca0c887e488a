/**
 * The events the journey components send up to their mediator. Each one
 * bubbles and is composed, so it crosses shadow roots, and is fired only on
 * user input, never when code sets a property.
 */

export interface StepSelectDetail {
  /** The chosen event's position in story order. */
  readonly index: number;
  /** What the reader used. */
  readonly via: 'marker' | 'itinerary' | 'controls' | 'keyboard';
}

/** A reader chose a step: a marker, an itinerary item, or Previous/Next. */
export class StepSelectEvent extends Event {
  static readonly type = 'journey-step-select';
  readonly detail: StepSelectDetail;
  constructor(detail: StepSelectDetail) {
    super(StepSelectEvent.type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

/** A reader activated a stop marker on the map. */
export class PlaceSelectEvent extends Event {
  static readonly type = 'journey-place-select';
  readonly detail: { readonly placeId: string };
  constructor(placeId: string) {
    super(PlaceSelectEvent.type, { bubbles: true, composed: true });
    this.detail = { placeId };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'journey-step-select': StepSelectEvent;
    'journey-place-select': PlaceSelectEvent;
  }
}

export interface TimeChangeDetail {
  /** The chosen moment, in ms since the epoch. */
  readonly time: number;
  readonly via: 'drag' | 'keyboard' | 'playback';
}

/** A reader moved through time: dragging, keys, or playback they started. */
export class TimeChangeEvent extends Event {
  static readonly type = 'journey-time-change';
  readonly detail: TimeChangeDetail;
  constructor(detail: TimeChangeDetail) {
    super(TimeChangeEvent.type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

/** Playback started or stopped. */
export class PlaybackChangeEvent extends Event {
  static readonly type = 'journey-playback-change';
  readonly detail: { readonly playing: boolean };
  constructor(playing: boolean) {
    super(PlaybackChangeEvent.type, { bubbles: true, composed: true });
    this.detail = { playing };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'journey-time-change': TimeChangeEvent;
    'journey-playback-change': PlaybackChangeEvent;
  }
}

export interface StoryChangeDetail {
  /** The current event's position in story order, and its id. */
  readonly index: number;
  readonly eventId: string;
  /** The moment shown, ms since the epoch. */
  readonly time: number;
}

/**
 * The story's step or time changed, for whatever reason (the reader, a
 * deep link, or a page calling the element's methods). For pages that drive
 * or follow the map, e.g. from an article's paragraphs.
 */
export class StoryChangeEvent extends Event {
  static readonly type = 'journey-story-change';
  readonly detail: StoryChangeDetail;
  constructor(detail: StoryChangeDetail) {
    super(StoryChangeEvent.type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'journey-story-change': StoryChangeEvent;
  }
}
