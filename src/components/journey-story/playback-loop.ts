import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { frame, now, prefersReducedMotion } from '../animation-frame.ts';

/** Under reduced motion, playback moves in steps this far apart instead of every frame. */
const REDUCED_MOTION_STEP_MS = 1000;

/**
 * Playback of the time track: advances a position from 0 to 1 at a rate
 * given as the seconds a whole traversal takes, and stops at the end. It
 * never starts on its own. With reduced motion it advances in steps, once a
 * second, instead of every frame.
 */
export class PlaybackController implements ReactiveController {
  readonly #onTick: (position: number) => void;
  readonly #onStop: () => void;
  #loop: { cancel(): void } | undefined;
  #position = 0;
  #last = 0;
  #sinceStep = 0;
  /** Seconds for the whole track. */
  duration = 60;

  constructor(host: ReactiveControllerHost, onTick: (position: number) => void, onStop: () => void) {
    this.#onTick = onTick;
    this.#onStop = onStop;
    host.addController(this);
  }

  get playing(): boolean {
    return this.#loop !== undefined;
  }

  /** Plays from `position` (0..1); from the start if already at the end. */
  play(position: number): void {
    this.stop(false);
    this.#position = position >= 1 ? 0 : position;
    this.#last = now();
    this.#sinceStep = 0;
    this.#onTick(this.#position);
    this.#schedule();
  }

  /** Stops; tells the host unless `notify` is false. */
  stop(notify = true): void {
    if (!this.#loop) return;
    this.#loop.cancel();
    this.#loop = undefined;
    if (notify) this.#onStop();
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
    this.#onTick(this.#position);
    if (this.#position >= 1) this.stop();
    else this.#schedule();
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.stop(false);
  }
}
