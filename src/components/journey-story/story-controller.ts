import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { journeySummary } from '../../journey/describe.ts';
import { ALLOWED_ORIGINS, DEFAULT_JOURNEY } from '../../bundled-journeys.ts';
import { loadJourney, loadJourneyFile, resolveJourneyUrl, type LoadResult } from '../../journey/load.ts';
import { storyClock } from '../../journey/story-clock.ts';
import { placeLocality } from '../../journey/time.ts';
import {
  openStory,
  transition,
  type HashState,
  type StoryAction,
  type StoryContext,
  type StoryEffect,
  type StoryState,
} from '../../journey/story-state.ts';
import { StoryChangeEvent, StoryLoadEvent } from '../events.ts';
import type { SliderTick } from '../time-slider/time-slider.ts';
import type { PlaybackLoop } from './playback-loop.ts';
import { CHUNK_FAILED, playbackChunk, prefetchWhenIdle } from './story-chunks.ts';
import type { UrlHashController } from './url-hash-controller.ts';

/** A load still unsettled after this long ends in an alert (the fetch itself gives up after 15 s). */
const LOAD_WATCHDOG_MS = 45_000;
/** While scrubbing or playing, `journey-story-change` fires at most this often. */
const CHANGE_INTERVAL_MS = 250;

/** What the story shows: nothing yet, a journey on its way, a failure, or a journey with its state. */
export type StoryView =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly result: Extract<LoadResult, { ok: false }> }
  | {
      readonly kind: 'ready';
      readonly result: Extract<LoadResult, { ok: true }>;
      readonly ctx: StoryContext;
      readonly state: StoryState;
      /** Derived once per journey, so a time change hands children the same objects and they don't redraw. */
      readonly ticks: readonly SliderTick[];
      readonly summary: string;
    };

export interface StoryControllerOptions {
  /** Keep the place in the story in the page URL's hash (the standalone page). */
  readonly syncUrl: () => boolean;
  /** Show the keyboard shortcuts. */
  readonly showHelp: () => void;
  /** Parts to fetch once a journey is shown (besides playback), so they work if the connection drops. */
  readonly later: () => readonly (() => Promise<unknown>)[];
}

/**
 * Runs the story: owns the journey being shown and its state (see
 * `journey/story-state.ts`), and every side effect around them: loading with
 * cancellation, the playback frame loop, the URL hash, what screen readers
 * hear, and the events the story sends to its page. The element that hosts
 * it only binds `view` to its children and turns what the reader does into
 * actions.
 */
export class StoryController implements ReactiveController {
  readonly #host: ReactiveControllerHost & EventTarget;
  readonly #options: StoryControllerOptions;
  #view: StoryView = { kind: 'loading' };
  #announcement = '';
  #load: AbortController | undefined;
  /** What to run again if the host leaves the page mid-load and comes back. */
  #retry: (() => void) | undefined;
  #interrupted = false;
  #hash: UrlHashController | undefined;
  #playback: PlaybackLoop | undefined;
  #playbackSeconds = 60;
  #lastKey = '';
  #lastTime = Number.NaN;
  #lastChangeAt = 0;
  #changeTimer: ReturnType<typeof setTimeout> | undefined;
  #pendingLoadEvent: StoryLoadEvent | undefined;
  #problem: { readonly text: string; readonly retry: () => void } | undefined;
  #prefetched = false;

  constructor(host: ReactiveControllerHost & EventTarget, options: StoryControllerOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  get view(): StoryView {
    return this.#view;
  }

  /** The last sentence for the live region. */
  get announcement(): string {
    return this.#announcement;
  }

  /** A part the reader asked for that could not be shown, with what to try again; cleared by the next try. */
  get problem(): { readonly text: string; readonly retry: () => void } | undefined {
    return this.#problem;
  }

  /** Opens a part whose code loads on first use, once it is there; or says it could not load, with Try again. */
  openPart(chunk: () => Promise<unknown>, name: string, open: () => void): void {
    chunk().then(
      () => this.#host.updateComplete.then(open),
      () => this.report(`${name} ${CHUNK_FAILED}`, () => this.openPart(chunk, name, open)),
    );
  }

  /** Says that something the reader asked for failed, and keeps what tries it again. */
  report(text: string, retry: () => void): void {
    this.#problem = {
      text,
      retry: () => {
        this.#problem = undefined;
        this.#host.requestUpdate();
        retry();
      },
    };
    this.#host.requestUpdate();
  }

  /**
   * Fetches a journey and shows it, replacing whatever is shown or loading
   * (an earlier load still on its way is cancelled). An address that isn't
   * allowed is refused, with the reason, before any request.
   *
   * @param journey A journey's name (a file in journeys/), a path or URL; '' for the default journey.
   * @param base What names and paths resolve against.
   * @param start Where to open when the URL hash doesn't say: the embed's starting event or time.
   */
  load(journey: string, base: string, maxBytes: number, start?: HashState): void {
    this.#retry = () => this.load(journey, base, maxBytes, start);
    const resolved = resolveJourneyUrl(journey || null, DEFAULT_JOURNEY, base, ALLOWED_ORIGINS);
    const signal = this.#begin();
    if ('error' in resolved) {
      this.#show({ ok: false, kind: 'refused', url: journey, problems: [{ path: '$', message: resolved.error, severity: 'error' }] }, undefined);
      return;
    }
    const url = resolved.url;
    const hash = this.#connectHash();
    this.#settle(
      signal,
      Promise.all([loadJourney(url, { maxBytes, signal, name: resolved.name }), hash]).then(([result]) => result),
      url,
      () => this.#hash?.read() ?? start,
    );
  }

  /** Reads a local file and shows it (the URL keeps naming the journey it named). */
  openFile(file: File, maxBytes: number): void {
    this.#retry = () => this.openFile(file, maxBytes);
    this.#settle(this.#begin(), loadJourneyFile(file, { maxBytes }), `file: ${file.name}`, () => undefined);
  }

  /**
   * Every load ends, within LOAD_WATCHDOG_MS, in the story or in an alert
   * with Try again, whatever goes wrong on the way (a watchdog for the
   * unexpected: a load that never settles, or a throw anywhere in it).
   */
  #settle(signal: AbortSignal, loading: Promise<LoadResult>, url: string, start: () => HashState | undefined): void {
    const fail = (message: string) => this.#show({ ok: false, kind: 'timeout', url, problems: [{ path: '$', message, severity: 'error', hint: 'Try again; if it keeps failing, tell the journey’s editors.' }] }, undefined);
    const watchdog = setTimeout(() => {
      if (signal.aborted || this.#load?.signal !== signal) return;
      this.#load.abort();
      fail(`The journey did not finish loading within ${LOAD_WATCHDOG_MS / 1000} s.`);
    }, LOAD_WATCHDOG_MS);
    signal.addEventListener('abort', () => clearTimeout(watchdog), { once: true });
    loading
      .then((result) => {
        if (signal.aborted) return;
        try {
          this.#show(result, start());
        } catch (error) {
          fail(`The journey could not be shown (${(error as Error).message ?? String(error)}).`);
        }
      })
      .catch((error: unknown) => {
        if (!signal.aborted) fail(`The journey could not be loaded (${(error as Error)?.message ?? String(error)}).`);
      })
      .finally(() => clearTimeout(watchdog));
  }

  /** Applies a reader's (or a page's) action, and runs its effects. */
  dispatch(action: StoryAction): void {
    const view = this.#view;
    if (view.kind !== 'ready') return;
    const { state, effects } = transition(view.state, view.ctx, action);
    if (state !== view.state) {
      this.#view = { ...view, state };
      this.#host.requestUpdate();
      this.#follow(view.state, state, view.ctx);
    }
    this.#run(effects);
  }

  /** Plays at this speed (seconds for the whole journey), or changes the speed while playing. */
  play(seconds: number): void {
    this.#playbackSeconds = seconds;
    if (this.#playback) this.#playback.duration = seconds;
    this.dispatch({ type: 'play' });
  }

  #begin(): AbortSignal {
    this.#load?.abort();
    this.#load = new AbortController();
    this.#playback?.stop();
    this.#view = { kind: 'loading' };
    this.#host.requestUpdate();
    return this.#load.signal;
  }

  #show(result: LoadResult, start: HashState | undefined): void {
    this.#load = undefined;
    this.#lastKey = '';
    if (!result.ok) {
      this.#view = { kind: 'failed', result };
      this.#queueLoadEvent({ ok: false, kind: result.kind, message: result.problems[0]?.message ?? 'The journey could not be shown.', problems: result.problems.length, url: result.url });
    } else {
      const ctx: StoryContext = { journey: result.journey, clock: storyClock(result.journey) };
      const opened = openStory(ctx, start);
      const ticks = result.journey.events.map((e) => ({ time: e.start, title: e.event.title, when: e.event.start, zone: e.place.properties.timeZone, locality: placeLocality(e.place.properties) }));
      this.#view = { kind: 'ready', result, ctx, state: opened.state, ticks, summary: journeySummary(result.journey) };
      this.#run(opened.effects.filter((e) => e.type === 'announce'));
      if (!this.#prefetched) prefetchWhenIdle([playbackChunk, ...this.#options.later()]);
      this.#prefetched = true;
      this.#queueLoadEvent({ ok: true, title: result.journey.file.journey.title, events: result.journey.events.length, warnings: result.warnings.length, url: result.url });
    }
    this.#host.requestUpdate();
  }

  /** The load event goes out after the render that shows the result. */
  #queueLoadEvent(detail: StoryLoadEvent['detail']): void {
    this.#pendingLoadEvent = new StoryLoadEvent(detail);
  }

  hostUpdated(): void {
    const load = this.#pendingLoadEvent;
    this.#pendingLoadEvent = undefined;
    if (load) this.#host.dispatchEvent(load);
    const view = this.#view;
    if (view.kind === 'ready') this.#reportChange(view.state, view.ctx);
  }

  async #connectHash(): Promise<void> {
    if (!this.#options.syncUrl() || this.#hash) return;
    const { UrlHashController } = await import('./url-hash-controller.ts');
    this.#hash ??= new UrlHashController(this.#host, (state) => this.dispatch({ type: 'restore', hash: state }));
  }

  #run(effects: readonly StoryEffect[]): void {
    for (const effect of effects) {
      if (effect.type === 'announce') {
        this.#announcement = effect.text;
        this.#host.requestUpdate();
      } else if (effect.type === 'help') {
        this.#options.showHelp();
      } else if (effect.mode === 'push') {
        this.#hash?.push(effect.hash);
      } else {
        this.#hash?.replace(effect.hash);
      }
    }
  }

  /** Starts or stops the frame loop to match the state. */
  #follow(before: StoryState, after: StoryState, ctx: StoryContext): void {
    if (!after.playing) {
      this.#playback?.stop();
      return;
    }
    // A rewind (Play at the end) or a first Play starts the loop where the state is.
    if (before.playing && this.#playback?.running && before.time <= after.time) return;
    void this.#startLoop(ctx, after.time);
  }

  async #startLoop(ctx: StoryContext, time: number): Promise<void> {
    if (!this.#playback) {
      let loop: typeof import('./playback-loop.ts');
      try {
        loop = await playbackChunk();
      } catch {
        this.dispatch({ type: 'pause' });
        this.report(`Playback ${CHUNK_FAILED}`, () => this.play(this.#playbackSeconds));
        return;
      }
      this.#playback ??= new loop.PlaybackLoop((p) => this.#tick(p));
    }
    const view = this.#view;
    if (view.kind !== 'ready' || view.ctx !== ctx || !view.state.playing) return;
    this.#playback.duration = this.#playbackSeconds;
    this.#playback.start(ctx.clock.scale.toPosition(time));
  }

  #tick(position: number): void {
    const view = this.#view;
    if (view.kind === 'ready') this.dispatch({ type: 'tick', time: view.ctx.clock.scale.toTime(position) });
  }

  /**
   * `journey-story-change`: at once when the step, the zone or playing
   * changes; while only the time moves, at most every CHANGE_INTERVAL_MS,
   * with a last one where it settles.
   */
  #reportChange(state: StoryState, ctx: StoryContext, trailing = false): void {
    const step = ctx.journey.events[state.index];
    if (!step) return;
    const { index, time, zone, overview, playing } = state;
    // What changes at once; the time alone is held back.
    const key = `${index} ${zone} ${overview} ${playing}`;
    if (key === this.#lastKey && time === this.#lastTime) return;
    const wait = CHANGE_INTERVAL_MS - (performance.now() - this.#lastChangeAt);
    if (key === this.#lastKey && wait > 0 && !trailing) {
      this.#changeTimer ??= setTimeout(() => {
        this.#changeTimer = undefined;
        const view = this.#view;
        if (view.kind === 'ready') this.#reportChange(view.state, view.ctx, true);
      }, wait);
      return;
    }
    clearTimeout(this.#changeTimer);
    this.#changeTimer = undefined;
    this.#lastKey = key;
    this.#lastTime = time;
    this.#lastChangeAt = performance.now();
    this.#host.dispatchEvent(new StoryChangeEvent({ index, eventId: step.event.id, time, zone, overview, playing }));
  }

  hostConnected(): void {
    if (!this.#interrupted) return;
    this.#interrupted = false;
    this.#retry?.();
  }

  hostDisconnected(): void {
    // Nothing plays off the page; the button reads Play again on return.
    this.#playback?.stop();
    this.dispatch({ type: 'pause' });
    clearTimeout(this.#changeTimer);
    this.#changeTimer = undefined;
    // A load cut short by a move is made again when the host comes back.
    if (this.#load) {
      this.#load.abort();
      this.#load = undefined;
      this.#interrupted = true;
    }
  }
}
