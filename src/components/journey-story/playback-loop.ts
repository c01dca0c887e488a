import { frame, now, prefersReducedMotion } from '../animation-frame.ts';

/** Under reduced motion, playback moves in steps this far apart instead of every frame. */
const REDUCED_MOTION_STEP_MS = 1000;

/**
 * The frame loop of playback: advances a position on the time track from 0
 * to 1 at a rate given as the seconds a whole traversal takes, and reports
 * each new position. With reduced motion it advances in steps, once a
 * second, instead of every frame. It decides nothing about the story: the
 * story controller starts it, stops it, and turns positions into state.
 */
export class PlaybackLoop {
  readonly #onTick: (position: number) => void;
  #loop: { cancel(): void } | undefined;
  #position = 0;
  #last = 0;
  #sinceStep = 0;
  /** Seconds for the whole track. */
  duration = 60;

  constructor(onTick: (position: number) => void) {
    this.#onTick = onTick;
  }

  get running(): boolean {
    return this.#loop !== undefined;
  }

  /** Runs from `position` (0..1); the first tick comes on the next frame. */
  start(position: number): void {
    this.stop();
    this.#position = Math.min(Math.max(position, 0), 1);
    this.#last = now();
    this.#sinceStep = 0;
    this.#schedule();
  }

  stop(): void {
    this.#loop?.cancel();
    this.#loop = undefined;
  }

  #schedule(): void {
    this.#loop = frame((time) => this.#tick(time));
  }

  #tick(time: number): void {
    const elapsed = Math.max(time - this.#last, 0);
    this.#last = time;
    let advance = elapsed;
    if (prefersReducedMotion()) {
      this.#sinceStep += elapsed;
      if (this.#sinceStep < REDUCED_MOTION_STEP_MS) return this.#schedule();
      advance = this.#sinceStep;
      this.#sinceStep = 0;
    }
    this.#position = Math.min(1, this.#position + advance / (this.duration * 1000));
    // Scheduled before the report, so that a report that stops the loop cancels this frame.
    this.#schedule();
    this.#onTick(this.#position);
    if (this.#position >= 1) this.stop();
  }
}
