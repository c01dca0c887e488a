/**
 * The events the studio's parts send up to `<journey-studio>`, which owns
 * the draft: each bubbles and is composed, and is fired only on user input.
 */

/** [longitude, latitude]. */
export type LngLat = readonly [number, number];

/** The editor clicked the map (to place a point). */
export class CanvasClickEvent extends Event {
  static readonly type = 'studio-canvas-click';
  constructor(readonly detail: { readonly position: LngLat }) {
    super(CanvasClickEvent.type, { bubbles: true, composed: true });
  }
}

/** The editor dragged (or moved with the arrow keys) a place's marker. */
export class PlaceMoveEvent extends Event {
  static readonly type = 'studio-place-move';
  constructor(readonly detail: { readonly placeId: string; readonly position: LngLat; readonly done: boolean }) {
    super(PlaceMoveEvent.type, { bubbles: true, composed: true });
  }
}

/** The editor chose a place on the map, or a city found by name to add as a place. */
export class PlaceChooseEvent extends Event {
  static readonly type = 'studio-place-choose';
  constructor(readonly detail: { readonly placeId: string } | { readonly city: string; readonly position: LngLat }) {
    super(PlaceChooseEvent.type, { bubbles: true, composed: true });
  }
}

/** The editor chose a step in the preview. */
export class PreviewStepEvent extends Event {
  static readonly type = 'studio-preview-step';
  constructor(readonly detail: { readonly eventId: string | undefined }) {
    super(PreviewStepEvent.type, { bubbles: true, composed: true });
  }
}

/** The code view holds a new file (parsed JSON), or text that is not JSON. */
export class CodeEditEvent extends Event {
  static readonly type = 'studio-code-edit';
  constructor(readonly detail: { readonly value: unknown }) {
    super(CodeEditEvent.type, { bubbles: true, composed: true });
  }
}

/** A time field wrote a new time (`at`, and `until` for between). */
export class TimeEditEvent extends Event {
  static readonly type = 'studio-time-edit';
  constructor(readonly detail: { readonly time: { at: string; qualifier: string; until?: string } }) {
    super(TimeEditEvent.type, { bubbles: true, composed: true });
  }
}

/** The editor asked to go to a problem's field (from the preview's note). */
export class ProblemChooseEvent extends Event {
  static readonly type = 'studio-problem-choose';
  constructor(readonly detail: { readonly path: string }) {
    super(ProblemChooseEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'studio-problem-choose': ProblemChooseEvent;
    'studio-canvas-click': CanvasClickEvent;
    'studio-place-move': PlaceMoveEvent;
    'studio-place-choose': PlaceChooseEvent;
    'studio-preview-step': PreviewStepEvent;
    'studio-code-edit': CodeEditEvent;
    'studio-time-edit': TimeEditEvent;
  }
}
