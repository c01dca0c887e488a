/**
 * Scripts that run inside the benchmarked pages. Each is a self-contained
 * function (Playwright sends its source to the page), so they use no imports
 * and no closures.
 */

/** What `installProbes` collects, on `window.benchProbes`. */
export interface PageProbes {
  /** The frame (rAF time, ms since navigation) in which the first itinerary entry was first there to read. */
  itineraryReadable: number | null;
  /** The same for the card's title: the overview's on the opening view, else the current event's. */
  cardReadable: number | null;
  lcp: number | null;
  longFrames: LongFrame[];
}

export interface LongFrame {
  readonly startTime: number;
  readonly duration: number;
  readonly blockingDuration: number;
  /** The scripts that ran longest in the frame, by source URL. */
  readonly scripts: readonly { url: string; fn: string; invoker: string; duration: number }[];
}

/**
 * Installed before any page script: records largest-contentful-paint, long
 * animation frames (over 50 ms, with script attribution), and, when
 * `watchStory` is set, the first frame in which the itinerary and the card
 * (the journey's overview at the opening, an event's card on a deep link) have text (polled once per animation frame, through the shadow roots).
 */
export function installProbes(watchStory: boolean): void {
  const probes: PageProbes = { itineraryReadable: null, cardReadable: null, lcp: null, longFrames: [] };
  (window as unknown as { benchProbes: PageProbes }).benchProbes = probes;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probes.lcp = e.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  } catch {
    // Not supported: lcp stays null.
  }
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const e = entry as PerformanceEntry & {
          blockingDuration?: number;
          scripts?: { sourceURL: string; sourceFunctionName: string; invoker: string; duration: number }[];
        };
        probes.longFrames.push({
          startTime: e.startTime,
          duration: e.duration,
          blockingDuration: e.blockingDuration ?? 0,
          scripts: (e.scripts ?? [])
            .map((s) => ({ url: s.sourceURL, fn: s.sourceFunctionName, invoker: s.invoker, duration: s.duration }))
            .sort((a, b) => b.duration - a.duration)
            .slice(0, 3),
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    // Not supported: no long frames are recorded.
  }
  if (!watchStory) return;
  const text = (el: Element | null | undefined) => (el?.textContent ?? '').trim().length > 0;
  const poll = (t: number) => {
    const story = document.querySelector('journey-story')?.shadowRoot;
    // The story opens on the journey's overview (its title and summary), a deep link on an event's card: either is the card.
    const card = story?.querySelector('event-card, journey-overview')?.shadowRoot?.querySelector('h2');
    if (probes.cardReadable === null && text(card)) probes.cardReadable = t;
    if (probes.itineraryReadable === null && text(story?.querySelector('journey-itinerary')?.shadowRoot?.querySelector('li'))) {
      probes.itineraryReadable = t;
    }
    if ((probes.cardReadable === null || probes.itineraryReadable === null) && t < 120_000) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}

export interface PlaybackRecording {
  /** rAF timestamps over the window. */
  readonly frames: number[];
  /** performance.now() at the start of the sync marker (see cpu-profile.ts). */
  readonly syncAt: number;
  readonly longFrames: LongFrame[];
  /** False when the page never started playing. */
  readonly started: boolean;
}

/**
 * Starts playback (the app's Play button, or the baseline's `benchPlay`),
 * records every animation frame for `ms`, then stops playback.
 *
 * Before it starts, it runs `benchSyncMarker`, a 3 ms busy loop whose name
 * a CPU profile can find, to line the profile's clock up with the page's.
 */
export async function recordPlayback(args: { ms: number; page: 'app' | 'baseline'; seconds: number }): Promise<PlaybackRecording> {
  const syncAt = performance.now();
  (function benchSyncMarker() {
    const end = performance.now() + 3;
    while (performance.now() < end) {
      // Busy on purpose.
    }
  })();
  const probes = (window as unknown as { benchProbes?: PageProbes }).benchProbes;
  const playButton = () =>
    document.querySelector('journey-story')?.shadowRoot?.querySelector('time-slider')?.shadowRoot?.querySelector<HTMLButtonElement>('button.play, button[part="play"]');
  let started = true;
  if (args.page === 'app') {
    const button = playButton();
    if (!button || !/play/i.test(button.textContent ?? '')) started = false;
    button?.click();
  } else {
    const play = (window as unknown as { benchPlay?: (s: number) => void }).benchPlay;
    if (!play) started = false;
    play?.(args.seconds);
  }
  const frames: number[] = [];
  await new Promise<void>((done) => {
    let first = -1;
    const tick = (t: number) => {
      if (first < 0) first = t;
      frames.push(t);
      if (t - first < args.ms) requestAnimationFrame(tick);
      else done();
    };
    requestAnimationFrame(tick);
  });
  if (args.page === 'app') {
    const button = playButton();
    if (button && /pause/i.test(button.textContent ?? '')) button.click();
    else started = false; // It stopped on its own before the window ended, or never played.
  } else {
    (window as unknown as { benchStop?: () => void }).benchStop?.();
  }
  const from = frames[0] ?? 0;
  const to = frames[frames.length - 1] ?? 0;
  const longFrames = (probes?.longFrames ?? []).filter((f) => f.startTime + f.duration >= from && f.startTime <= to);
  return { frames, syncAt, longFrames, started };
}

export interface ScrubResult {
  /** From the input event until every Lit element of the story has finished updating (our JS, map sources included), ms. */
  readonly toDom: number[];
  /** From the input event to the end of the next frame the page produced, ms. */
  readonly toPaint: number[];
  /** From the input event to the map's next `journey-map-idle` mark, ms (NaN when it didn't settle in time). */
  readonly toMapIdle: number[];
}

/**
 * Moves the app's "Journey time" slider to each position in turn, as an
 * `input` event would, and times the update and the next painted frame: a
 * rAF callback, then a message posted from it, which runs once that frame
 * has been produced. Then waits for the map to settle before the next move.
 * Stops early, after `minMoves`, once `budgetMs` is spent.
 */
export async function scrubSlider(args: { positions: number[]; settleTimeoutMs: number; budgetMs: number; minMoves: number }): Promise<ScrubResult> {
  type Lit = Element & { updateComplete?: Promise<unknown> };
  const story = document.querySelector('journey-story') as Lit | null;
  const input = story?.shadowRoot?.querySelector('time-slider')?.shadowRoot?.querySelector<HTMLInputElement>('input[type="range"]');
  if (!story || !input) throw new Error('The "Journey time" slider is not on the page');
  // The story and the Lit elements in its shadow root and theirs (collected once: the set doesn't change).
  const elements: Lit[] = [story];
  for (const host of [story, ...Array.from(story.shadowRoot?.children ?? [])]) {
    for (const el of Array.from(host.shadowRoot?.querySelectorAll<Lit>('*') ?? [])) if (el.tagName.includes('-') && el.updateComplete) elements.push(el);
  }
  const afterNextFrame = () =>
    new Promise<number>((done) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => done(performance.now());
        channel.port2.postMessage(0);
      }),
    );
  const idles = () => performance.getEntriesByName('journey-map-idle').length;
  const result: ScrubResult = { toDom: [], toPaint: [], toMapIdle: [] };
  const start = performance.now();
  for (const p of args.positions) {
    // Huge journeys: stop once the time budget is spent, after a few moves.
    if (result.toPaint.length >= args.minMoves && performance.now() - start > args.budgetMs) break;
    const before = idles();
    input.value = String(p);
    const t0 = performance.now();
    const painted = afterNextFrame();
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await story.updateComplete;
    await Promise.all(elements.map((el) => el.updateComplete));
    result.toDom.push(performance.now() - t0);
    result.toPaint.push((await painted) - t0);
    const deadline = t0 + args.settleTimeoutMs;
    while (idles() <= before && performance.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    const marks = performance.getEntriesByName('journey-map-idle');
    result.toMapIdle.push(idles() > before ? (marks[marks.length - 1] as PerformanceEntry).startTime - t0 : Number.NaN);
    await new Promise((r) => setTimeout(r, 50));
  }
  return result;
}

/**
 * The floor for a scrub: on the baseline page, moving its one marker with
 * `setData` (`benchSeek`) and timing the next painted frame the same way.
 */
export async function scrubBaseline(args: { positions: number[] }): Promise<{ toPaint: number[] }> {
  const seek = (window as unknown as { benchSeek?: (p: number) => void }).benchSeek;
  if (!seek) throw new Error('The baseline page has no benchSeek');
  const toPaint: number[] = [];
  for (const p of args.positions) {
    const t0 = performance.now();
    const painted = new Promise<number>((done) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => done(performance.now());
        channel.port2.postMessage(0);
      }),
    );
    seek(p);
    toPaint.push((await painted) - t0);
    await new Promise((r) => setTimeout(r, 300));
  }
  return { toPaint };
}
