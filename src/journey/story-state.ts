/**
 * The story's state as a pure value, and every way it can change.
 *
 * The state is which step is current, which moment is shown, which zone
 * times are shown in, and whether the story plays. Each transition takes the
 * state and an action (a step the reader chose, a scrub, a frame of
 * playback, a link restored…) and returns the new state with the effects to
 * run: what to announce to screen readers, and what to write into the
 * browser's history. Running the effects is someone else's job (the story's
 * controller); here there is no DOM, no clock and no URL.
 */
import { stepAnnouncement } from './describe.ts';
import { nextEventAt, type Journey } from './model.ts';
import type { StoryClock } from './story-clock.ts';

/** Which zone times are shown in: each place's own, the reader's, or UTC. */
export type ZoneMode = 'local' | 'reader' | 'utc';

/** The event id that stands for the whole journey in links: `#event=overview`. */
export const OVERVIEW_ID = 'overview';

/** What a link's hash says: `#event=<id>`, `#t=<ISO time>`, or both, and `tz=reader|utc`. */
export interface HashState {
  /** An event id, `overview`, or undefined when absent. */
  readonly event: string | undefined;
  /** ms since the epoch; undefined when absent or unreadable. */
  readonly time: number | undefined;
  readonly zone: ZoneMode;
}

export interface StoryState {
  /** The current event's position in story order (during the overview: the first event). */
  readonly index: number;
  /** The moment shown, ms since the epoch, always within the journey's time track. */
  readonly time: number;
  readonly zone: ZoneMode;
  readonly playing: boolean;
  /** The whole journey is shown instead of one step. */
  readonly overview: boolean;
  /**
   * Something the reader must be told about how the story got here, e.g. a
   * link to an event the journey doesn't have; cleared by the next move.
   */
  readonly notice: string | undefined;
}

/** What transitions need to know about the journey. */
export interface StoryContext {
  readonly journey: Journey;
  readonly clock: StoryClock;
}

/** A side effect a transition asks for. */
export type StoryEffect =
  /** Say this to screen readers (a polite live region). */
  | { readonly type: 'announce'; readonly text: string }
  /** Write the place in the story into the URL: a new entry (a step taken) or in place (scrubbing, a zone change). */
  | { readonly type: 'history'; readonly mode: 'push' | 'replace'; readonly hash: HashState }
  /** Show the list of keyboard shortcuts. */
  | { readonly type: 'help' };

/** Keys the story acts on while focus is inside it (fields and the map canvas are filtered out before). */
export type StoryKey = 'ArrowLeft' | 'ArrowRight' | 'Home' | 'End' | '?';

export type StoryAction =
  /** The reader chose a step (Previous/Next, the itinerary, a marker's event). */
  | { readonly type: 'step'; readonly index: number }
  /** A page or a link asked for an event by id. */
  | { readonly type: 'event'; readonly eventId: string }
  /** The reader scrubbed to a moment (dragging, keys on the slider, or a page calling setTime). */
  | { readonly type: 'scrub'; readonly time: number }
  /** A frame of playback reached this moment. */
  | { readonly type: 'tick'; readonly time: number }
  | { readonly type: 'play' }
  | { readonly type: 'pause' }
  /** The URL says where to be (opening a link, Back, Forward, an edited hash). */
  | { readonly type: 'restore'; readonly hash: HashState }
  /** The reader activated a stop marker. */
  | { readonly type: 'place'; readonly placeId: string }
  | { readonly type: 'key'; readonly key: StoryKey }
  | { readonly type: 'zone'; readonly zone: ZoneMode }
  /** Show the whole journey. */
  | { readonly type: 'overview' };

/** A transition's result: the new state and the effects to run, in order. */
export interface Transition {
  readonly state: StoryState;
  readonly effects: readonly StoryEffect[];
}

const unchanged = (state: StoryState): Transition => ({ state, effects: [] });

/**
 * The state a journey opens in: where the link (or the embed's starting
 * event and time) says, or the overview of the whole journey (issue 12: the
 * first view shows every route and stop, with a Start button).
 *
 * @param start What the URL hash (or the embed's options) ask for; nothing for the overview.
 * @returns The opening state, with a notice and its announcement when the link names an unknown event.
 * @example openStory(ctx, { event: 'kremlin-talks', time: undefined, zone: 'local' }).state.index // that event's index
 */
export function openStory(ctx: StoryContext, start?: HashState): Transition {
  const first: StoryState = {
    index: 0,
    time: clamp(ctx, ctx.journey.events[0]?.start ?? ctx.clock.scale.start),
    zone: start?.zone ?? 'local',
    playing: false,
    overview: false,
    notice: undefined,
  };
  return start ? restore(first, ctx, start) : unchanged({ ...first, overview: true, time: ctx.clock.scale.start });
}

/**
 * Applies one action.
 *
 * @returns The new state (the same object when nothing changed) and the effects to run.
 * @example transition(state, ctx, { type: 'step', index: 2 }) // { state: { index: 2, time: <its start>, … }, effects: [announce, history push] }
 */
export function transition(state: StoryState, ctx: StoryContext, action: StoryAction): Transition {
  switch (action.type) {
    case 'step':
      // Before the first event comes the overview (Previous from step 1).
      return action.index < 0 ? overview(state, ctx) : goToStep(state, ctx, action.index);
    case 'event': {
      const index = indexOf(ctx, action.eventId);
      if (action.eventId === OVERVIEW_ID) return overview(state, ctx);
      if (index === undefined) return withNotice(state, unknownEventNotice(action.eventId, undefined));
      return goToStep(state, ctx, index);
    }
    case 'scrub':
      return scrub(state, ctx, action.time);
    case 'tick':
      return tick(state, ctx, action.time);
    case 'play':
      return play(state, ctx);
    case 'pause':
      return state.playing ? unchanged({ ...state, playing: false }) : unchanged(state);
    case 'restore':
      return restore(state, ctx, action.hash);
    case 'place': {
      const next = nextEventAt(ctx.journey, action.placeId, state.overview ? -1 : state.index);
      return next ? goToStep(state, ctx, next.index) : unchanged(state);
    }
    case 'key':
      return key(state, ctx, action.key);
    case 'zone':
      return zone(state, ctx, action.zone);
    case 'overview':
      return overview(state, ctx);
  }
}

/** The hash that names where the story is: its event, the moment when it isn't the event's start, and the zone. */
export function hashOf(state: StoryState, ctx: StoryContext): HashState {
  if (state.overview) return { event: OVERVIEW_ID, time: undefined, zone: state.zone };
  const step = ctx.journey.events[state.index];
  return { event: step?.event.id, time: step && step.start === state.time ? undefined : state.time, zone: state.zone };
}

/**
 * Where an embed asks to open: an event id and an ISO 8601 moment, either
 * or both; undefined when neither is given (or the moment is unreadable).
 *
 * @example startFrom('kremlin-talks', '') // { event: 'kremlin-talks', time: undefined, zone: 'local' }
 */
export function startFrom(eventId: string, isoTime: string): HashState | undefined {
  const parsed = isoTime ? Date.parse(isoTime) : Number.NaN;
  const time = Number.isFinite(parsed) ? parsed : undefined;
  return eventId || time !== undefined ? { event: eventId || undefined, time, zone: 'local' } : undefined;
}

/**
 * The zone times are shown in at a place with zone `placeZone`: its own,
 * the reader's, or UTC, as the reader chose.
 *
 * @example zoneShown('local', 'Europe/Moscow', 'America/New_York') // 'Europe/Moscow'
 */
export function zoneShown(mode: ZoneMode, placeZone: string, readerZone: string): string {
  return mode === 'utc' ? 'UTC' : mode === 'reader' ? readerZone : placeZone;
}

/** The sentence screen readers hear on arriving at a step: "Step 3 of 10: …". */
export function stepSentence(ctx: StoryContext, index: number): string {
  const step = ctx.journey.events[index];
  return step ? `Step ${index + 1} of ${ctx.journey.events.length}: ${stepAnnouncement(step)}` : '';
}

function goToStep(state: StoryState, ctx: StoryContext, index: number): Transition {
  const step = ctx.journey.events[index];
  if (!step) return unchanged(state);
  const changed = index !== state.index || state.overview;
  const next: StoryState = { ...state, index, time: step.start, playing: false, overview: false, notice: undefined };
  if (!changed) return unchanged(sameOr(state, next));
  return {
    state: next,
    effects: [
      { type: 'announce', text: stepSentence(ctx, index) },
      { type: 'history', mode: 'push', hash: { event: step.event.id, time: undefined, zone: state.zone } },
    ],
  };
}

function scrub(state: StoryState, ctx: StoryContext, time: number): Transition {
  if (!Number.isFinite(time)) return unchanged(state);
  const moved = follow({ ...state, time: clamp(ctx, time), playing: false, overview: false, notice: undefined }, ctx);
  const step = ctx.journey.events[moved.index];
  const effects: StoryEffect[] = [];
  if (moved.index !== state.index || state.overview) effects.push({ type: 'announce', text: stepSentence(ctx, moved.index) });
  if (step) effects.push({ type: 'history', mode: 'replace', hash: { event: step.event.id, time: moved.time, zone: state.zone } });
  return { state: moved, effects };
}

function tick(state: StoryState, ctx: StoryContext, time: number): Transition {
  if (!state.playing || !Number.isFinite(time)) return unchanged(state);
  const t = clamp(ctx, time);
  const moved = follow({ ...state, time: t, playing: t < ctx.clock.scale.end, overview: false }, ctx);
  const effects: StoryEffect[] = moved.index !== state.index ? [{ type: 'announce', text: stepSentence(ctx, moved.index) }] : [];
  return { state: moved, effects };
}

function play(state: StoryState, ctx: StoryContext): Transition {
  if (state.playing) return unchanged(state);
  const { start, end } = ctx.clock.scale;
  // Play from the start again once the end is reached.
  if (state.time >= end && end > start) {
    const rewound = follow({ ...state, time: start, playing: true, overview: false, notice: undefined }, ctx);
    const effects: StoryEffect[] = rewound.index !== state.index ? [{ type: 'announce', text: stepSentence(ctx, rewound.index) }] : [];
    return { state: rewound, effects };
  }
  if (end <= start) return unchanged(state);
  return unchanged({ ...state, playing: true, overview: false, notice: undefined });
}

function restore(state: StoryState, ctx: StoryContext, hash: HashState): Transition {
  const base: StoryState = { ...state, zone: hash.zone, playing: false, overview: false, notice: undefined };
  // A link to the overview, or to nothing in particular, opens the overview.
  if (hash.event === OVERVIEW_ID || (hash.event === undefined && (hash.time === undefined || !Number.isFinite(hash.time)))) {
    return state.overview ? unchanged(sameOr(state, { ...state, zone: hash.zone })) : overviewState(base, ctx, false);
  }
  const index = indexOf(ctx, hash.event);
  let next: StoryState;
  if (hash.time !== undefined && Number.isFinite(hash.time)) {
    const time = clamp(ctx, hash.time);
    next = index === undefined ? follow({ ...base, time }, ctx) : { ...base, index, time };
  } else {
    const i = index ?? 0;
    next = { ...base, index: i, time: ctx.journey.events[i]?.start ?? ctx.clock.scale.start };
  }
  if (hash.event !== undefined && index === undefined) return withNotice(next, unknownEventNotice(hash.event, ctx.journey.events[next.index]?.event.title));
  return unchanged(sameOr(state, next));
}

function key(state: StoryState, ctx: StoryContext, pressed: StoryKey): Transition {
  if (pressed === '?') return { state, effects: [{ type: 'help' }] };
  const last = ctx.journey.events.length - 1;
  if (last < 0) return unchanged(state);
  // The overview comes before the first event: Home and ← from the first event go to it, → from it to the first event.
  const at = state.overview ? -1 : state.index;
  const target = { ArrowLeft: at - 1, ArrowRight: at + 1, Home: -1, End: last }[pressed];
  if (target < 0) return overview(state, ctx);
  return goToStep(state, ctx, Math.min(last, target));
}

function zone(state: StoryState, ctx: StoryContext, mode: ZoneMode): Transition {
  if (mode === state.zone) return unchanged(state);
  const next = { ...state, zone: mode };
  return { state: next, effects: [{ type: 'history', mode: 'replace', hash: hashOf(next, ctx) }] };
}

function overview(state: StoryState, ctx: StoryContext): Transition {
  if (state.overview) return unchanged(state);
  return overviewState({ ...state, playing: false, notice: undefined }, ctx, true);
}

function overviewState(state: StoryState, ctx: StoryContext, record: boolean): Transition {
  const next: StoryState = { ...state, overview: true, index: 0, time: ctx.clock.scale.start };
  const n = ctx.journey.events.length;
  const effects: StoryEffect[] = [{ type: 'announce', text: `Overview of the whole journey: ${n} ${n === 1 ? 'event' : 'events'}.` }];
  if (record) effects.push({ type: 'history', mode: 'push', hash: { event: OVERVIEW_ID, time: undefined, zone: state.zone } });
  return { state: next, effects };
}

function withNotice(state: StoryState, notice: string): Transition {
  return { state: { ...state, notice }, effects: [{ type: 'announce', text: notice }] };
}

function unknownEventNotice(eventId: string, shown: string | undefined): string {
  const quoted = eventId.length > 60 ? `${eventId.slice(0, 57)}…` : eventId;
  return shown
    ? `This journey has no event “${quoted}”, so it opens at “${shown}” instead.`
    : `This journey has no event “${quoted}”.`;
}

/** The current event follows the time: the last one to have started. */
function follow(state: StoryState, ctx: StoryContext): StoryState {
  const index = ctx.clock.timeline.eventAt(state.time);
  return index === state.index ? state : { ...state, index };
}

function clamp(ctx: StoryContext, time: number): number {
  return Math.min(Math.max(time, ctx.clock.scale.start), ctx.clock.scale.end);
}

function indexOf(ctx: StoryContext, eventId: string | undefined): number | undefined {
  if (eventId === undefined) return undefined;
  return ctx.journey.events.find((e) => e.event.id === eventId)?.index;
}

/** `previous` itself when `next` holds the same values, so that nothing downstream redraws. */
function sameOr(previous: StoryState, next: StoryState): StoryState {
  const keys = Object.keys(next) as (keyof StoryState)[];
  return keys.every((k) => previous[k] === next[k]) ? previous : next;
}
