import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { StoryScale } from '../../journey/story-scale.ts';
import { zoneShown, type ZoneMode } from '../../journey/story-state.ts';
import { describeInstant, localMidnights } from '../../journey/time.ts';
import { PlaybackRequestEvent, TimeChangeEvent } from '../events.ts';
import { styles } from './time-slider.styles.ts';

export interface SliderTick {
  /** The event's start. */
  readonly time: number;
  readonly title: string;
}

/** Playback speeds: seconds for the whole journey. */
export const SPEEDS = [
  { id: 'slow', label: 'Slow', seconds: 120 },
  { id: 'normal', label: 'Normal', seconds: 60 },
  { id: 'fast', label: 'Fast', seconds: 20 },
] as const;

/** A small step of the arrow keys, as a share of the track. */
const KEY_STEP = 0.005;
/** Day labels closer than this (share of the track) to the previous one are left out. */
const MIN_LABEL_GAP = 0.07;

/**
 * The journey's time track: a slider over compressed story time (see
 * `journey/story-scale.ts`), with a tick per event, day labels, visible
 * breaks where idle days were squeezed out, and playback.
 *
 * Keys on the slider: ← → a small step, PageUp / PageDown the previous / next
 * event, Home / End the ends. Playback never starts on its own.
 *
 * The slider owns no story state: `time` and `playing` come down from the
 * story, and the reader's moves go up as requests.
 *
 * Positions are set as `.style` properties (the CSSOM), never as `style`
 * attributes, which a page's `style-src` without 'unsafe-inline' blocks.
 *
 * @event journey-time-change - The reader moved the time (TimeChangeEvent).
 * @event journey-playback-request - The reader pressed Play or Pause, or changed the speed while playing (PlaybackRequestEvent).
 * @csspart track - The slider row.
 * @csspart play - The Play / Pause button.
 */
export class TimeSlider extends LitElement {
  static override styles = styles;
  static override properties = {
    scale: { attribute: false },
    ticks: { attribute: false },
    time: { type: Number },
    zoneMode: { attribute: 'zone-mode' },
    readerZone: { attribute: 'reader-zone' },
    placeZone: { attribute: 'place-zone' },
    mainZone: { attribute: 'main-zone' },
    playing: { type: Boolean },
    _speed: { state: true },
  };

  declare scale: StoryScale | undefined;
  declare ticks: readonly SliderTick[];
  /** The moment shown, ms since the epoch. */
  declare time: number;
  /** Read times in each place's zone (`local`), the reader's, or `utc`. */
  declare zoneMode: ZoneMode;
  /** The reader's IANA zone; defaults to the browser's. */
  declare readerZone: string;
  /** The current place's zone: the time is read in it under `local`. */
  declare placeZone: string;
  /** The zone most events happen in: its midnights label the days under `local`. */
  declare mainZone: string;
  /** Whether the story is playing: the button reads Pause, and Pause is what it asks for. */
  declare playing: boolean;
  declare _speed: (typeof SPEEDS)[number]['id'];

  #marks: unknown = nothing;
  #marksZone = '';

  /** The zone whose midnights label the days. */
  #dayZone(): string {
    return zoneShown(this.zoneMode, this.mainZone, this.readerZone);
  }

  constructor() {
    super();
    this.ticks = [];
    this.time = 0;
    this.zoneMode = 'local';
    this.readerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    this.placeZone = 'UTC';
    this.mainZone = 'UTC';
    this.playing = false;
    this._speed = 'normal';
  }

  #emit(time: number | undefined, via: 'drag' | 'keyboard'): void {
    if (time === undefined || !Number.isFinite(time)) return;
    // A reader's choice lands on a whole minute, the resolution of the story's times.
    this.dispatchEvent(new TimeChangeEvent({ time: Math.round(time / 60_000) * 60_000, via }));
  }

  #seconds(): number {
    return SPEEDS.find((s) => s.id === this._speed)?.seconds ?? 60;
  }

  #requestPlaying(playing: boolean): void {
    this.dispatchEvent(new PlaybackRequestEvent({ playing, seconds: this.#seconds() }));
  }

  #onInput(e: Event): void {
    this.#emit(this.scale?.toTime(Number((e.target as HTMLInputElement).value)), 'drag');
  }

  #onKeydown(e: KeyboardEvent): void {
    const scale = this.scale;
    if (!scale || e.altKey || e.ctrlKey || e.metaKey) return;
    const p = scale.toPosition(this.time);
    const starts = this.ticks.map((t) => t.time).sort((a, b) => a - b);
    let target: number | undefined;
    switch (e.key) {
      case 'ArrowLeft':
      case 'ArrowDown':
        target = scale.toTime(Math.max(0, p - KEY_STEP));
        break;
      case 'ArrowRight':
      case 'ArrowUp':
        target = scale.toTime(Math.min(1, p + KEY_STEP));
        break;
      case 'PageUp':
        target = [...starts].reverse().find((s) => s < this.time - 1) ?? starts[0];
        break;
      case 'PageDown':
        target = starts.find((s) => s > this.time + 1) ?? starts[starts.length - 1];
        break;
      case 'Home':
        target = scale.start;
        break;
      case 'End':
        target = scale.end;
        break;
      default:
        return;
    }
    e.preventDefault();
    this.#emit(target, 'keyboard');
  }

  override render() {
    const scale = this.scale;
    if (!scale) return nothing;
    const p = scale.toPosition(this.time);
    const pct = (x: number) => `${(x * 100).toFixed(3)}%`;
    const valueText = describeInstant(this.time, zoneShown(this.zoneMode, this.placeZone, this.readerZone));
    return html`
      <div class="row" part="track">
        <button part="play" class="play" type="button" @click=${() => this.#requestPlaying(!this.playing)}>
          <span aria-hidden="true">${this.playing ? '❚❚' : '▶'}</span>${this.playing ? 'Pause' : 'Play'}
        </button>
        <div class="track">
          <input
            type="range"
            min="0"
            max="1"
            step="any"
            aria-label="Journey time"
            aria-valuetext=${valueText}
            .value=${String(p)}
            .style=${`--p: ${pct(p)}`}
            @input=${this.#onInput}
            @keydown=${this.#onKeydown}
            @pointerdown=${() => this.playing && this.#requestPlaying(false)}
          />
          ${guard([this.scale, this.ticks, this.#dayZone()], () => this.#marks)}
        </div>
        <label class="speed">
          <span class="visually-hidden">Playback speed</span>
          <select
            aria-label="Playback speed"
            .value=${this._speed}
            @change=${(e: Event) => {
              this._speed = (e.target as HTMLSelectElement).value as TimeSlider['_speed'];
              if (this.playing) this.#requestPlaying(true);
            }}
          >
            ${SPEEDS.map((s) => html`<option value=${s.id} ?selected=${s.id === this._speed}>${s.label}</option>`)}
          </select>
        </label>
      </div>
      <p class="readout" aria-hidden="true">${valueText}</p>
    `;
  }

  /** Marks the tick of the event the time sits on, without re-rendering the ticks. */
  protected override updated(): void {
    const current = this.ticks.find((t) => Math.abs(t.time - this.time) < 1)?.time;
    const marked = this.renderRoot.querySelector<HTMLElement>('.tick.current');
    if (marked && Number(marked.dataset.time) === current) return;
    marked?.classList.remove('current');
    if (current !== undefined) this.renderRoot.querySelector(`.tick[data-time="${current}"]`)?.classList.add('current');
  }

  /**
   * Ticks, breaks and day labels: they change only with the journey or the
   * zone, so they are built then, not on every time change (every frame
   * while playing).
   */
  protected override willUpdate(changed: PropertyValues<this>): void {
    const scale = this.scale;
    const dayZone = this.#dayZone();
    if (!scale || !(changed.has('scale') || changed.has('ticks') || dayZone !== this.#marksZone)) return;
    this.#marksZone = dayZone;
    const pct = (x: number) => `${(x * 100).toFixed(3)}%`;
    const dayFormat = new Intl.DateTimeFormat('en-GB', { timeZone: dayZone, day: 'numeric', month: 'short' });
    let lastShown = -1;
    const days = localMidnights(scale.start, scale.end, dayZone).map((midnight) => {
      const p = scale.toPosition(midnight);
      if (p - lastShown < MIN_LABEL_GAP) return nothing;
      lastShown = p;
      return html`<span class="day" .style=${`left: ${pct(p)}`}>${dayFormat.format(midnight)}</span>`;
    });
    this.#marks = html`<div class="marks" aria-hidden="true">
        ${scale.breaks.map(
          (b) => html`<span class="break" .style=${`left: ${pct(b.p0)}; width: ${pct(b.p1 - b.p0)}`} title=${breakTitle(b.to - b.from)}></span>`,
        )}
        ${this.ticks.map((t) => html`<span class="tick" data-time=${String(t.time)} .style=${`left: ${pct(scale.toPosition(t.time))}`} title=${t.title}></span>`)}
      </div>
      <div class="days" aria-hidden="true">${days}</div>`;
  }
}

function breakTitle(ms: number): string {
  const days = ms / 86_400_000;
  return days >= 1.5 ? `${Math.round(days)} days with no events, shortened` : `${Math.round(ms / 3_600_000)} hours with no events, shortened`;
}

customElements.define('time-slider', TimeSlider);

declare global {
  interface HTMLElementTagNameMap {
    'time-slider': TimeSlider;
  }
}
