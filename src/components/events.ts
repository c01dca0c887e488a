/**
 * The events the journey components send up to their mediator. Each one
 * bubbles and is composed, so it crosses shadow roots, and is fired only on
 * user input, never when code sets a property.
 */

export interface StepSelectDetail {
  /** The chosen event's position in story order; -1 for the overview of the whole journey, before the first event. */
  readonly index: number;
  /** What the reader used. */
  readonly via: 'marker' | 'itinerary' | 'controls' | 'keyboard' | 'slider';
}

/** A reader chose a step: a marker, an itinerary item, Previous/Next, or the slider's Page Up/Down and ticks. */
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
  readonly via: 'drag' | 'keyboard';
}

/** A reader moved through time: dragging or keys. */
export class TimeChangeEvent extends Event {
  static readonly type = 'journey-time-change';
  readonly detail: TimeChangeDetail;
  constructor(detail: TimeChangeDetail) {
    super(TimeChangeEvent.type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

export interface PlaybackRequestDetail {
  /** Play (true) or pause (false). */
  readonly playing: boolean;
  /** Seconds a whole run through the journey takes, at the chosen speed. */
  readonly seconds: number;
}

/**
 * A reader asked to play or pause, or changed the speed while playing. A
 * request: whoever owns playback decides, and hands `playing` back down.
 */
export class PlaybackRequestEvent extends Event {
  static readonly type = 'journey-playback-request';
  readonly detail: PlaybackRequestDetail;
  constructor(detail: PlaybackRequestDetail) {
    super(PlaybackRequestEvent.type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'journey-time-change': TimeChangeEvent;
    'journey-playback-request': PlaybackRequestEvent;
  }
}

export interface StoryChangeDetail {
  /** The current event's position in story order, and its id. */
  readonly index: number;
  readonly eventId: string;
  /** The moment shown, ms since the epoch. */
  readonly time: number;
  /** The zone times are shown in: each place's own (`local`), the reader's, or `utc`. */
  readonly zone: 'local' | 'reader' | 'utc';
  /** Whether the whole journey is shown rather than one step. */
  readonly overview: boolean;
  /** Whether the story is playing. */
  readonly playing: boolean;
}

/**
 * The story's step or zone changed, for whatever reason (the reader, a deep
 * link, or a page calling the element's methods); and, while the reader
 * scrubs or the story plays, the time, at most four times a second (never
 * every frame), with a last one where it settles. For pages that follow the
 * map, e.g. to highlight the article's paragraph.
 */
export class StoryChangeEvent extends Event {
  static readonly type = 'journey-story-change';
  readonly detail: StoryChangeDetail;
  constructor(detail: StoryChangeDetail) {
    super(StoryChangeEvent.type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

export type StoryLoadDetail =
  | {
      readonly ok: true;
      /** The journey's title and how many events it has. */
      readonly title: string;
      readonly events: number;
      /** Problems that did not stop it (warnings), counted. */
      readonly warnings: number;
      readonly url: string;
    }
  | {
      readonly ok: false;
      /** Why: refused, network, timeout, status, size, type, or invalid. */
      readonly kind: string;
      /** The first problem, as a sentence, and how many there are. */
      readonly message: string;
      readonly problems: number;
      readonly url: string;
    };

/**
 * A journey finished loading, shown (`ok: true`) or refused with a message
 * (`ok: false`). Fired once per load, after the story has rendered it; the
 * signal for embeds that wait for the story to be there.
 */
export class StoryLoadEvent extends Event {
  static readonly type = 'journey-story-load';
  readonly detail: StoryLoadDetail;
  constructor(detail: StoryLoadDetail) {
    super(StoryLoadEvent.type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'journey-story-change': StoryChangeEvent;
    'journey-story-load': StoryLoadEvent;
  }
}
