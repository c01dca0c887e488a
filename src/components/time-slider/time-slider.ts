import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { JourneyTime } from '../../journey/schema.ts';
import type { StoryScale } from '../../journey/story-scale.ts';
import { zoneShown, type ZoneMode } from '../../journey/story-state.ts';
import { describeMoment, hasClockTime, shortDayOf } from '../../journey/time.ts';
import { PlaybackRequestEvent, StepSelectEvent, TimeChangeEvent } from '../events.ts';
import { WidthController } from '../static-map/width-controller.ts';
import { styles } from './time-slider.styles.ts';

/** One event on the track, in story order (a tick's position in `ticks` is the event's index). */
export interface SliderTick {
  /** The event's start (the instant that stands for it: see `journey/time.ts`). */
  readonly time: number;
  readonly title: string;
  /** The start as the file writes it, with its qualifier: the readout and the day labels speak like the card. Without it, the tick reads as a clock time. */
  readonly when?: JourneyTime;
  /** The place's zone. */
  readonly zone?: string;
  /** What the place's zone is called after (`placeLocality`). */
  readonly locality?: string;
}

/** Playback speeds: seconds for the whole journey. */
export const SPEEDS = [
  { id: 'slow', label: 'Slow', seconds: 120 },
  { id: 'normal', label: 'Normal', seconds: 60 },
  { id: 'fast', label: 'Fast', seconds: 20 },
] as const;

/** A small step of the arrow keys, as a share of the track. */
const KEY_STEP = 0.005;
/** Ticks closer than this (CSS pixels) are drawn as one group, which cycles through its events. */
const TICK_GROUP_PX = 12;

/**
 * The journey's time track: a slider over compressed story time (see
 * `journey/story-scale.ts`), with a tick per event, day labels, visible
 * breaks where idle days were squeezed out, and playback.
 *
 * Keys on the slider: ← → a small step, PageUp / PageDown the previous / next
 * event (a step request, so events at one instant are each reached), Home /
 * End the ends. Playback never starts on its own.
 *
 * The readout speaks like the event card: on an event's start it gives that
 * event's time with its qualifier ("about 13:46 Moscow time (MSK)", "2
 * December 2025 (time not known)"), and between two events known only to the
 * day it gives the day alone, never an invented clock time. Day labels give
 * each event's day as its card does (the place's day in "local" mode, across
 * the date line too). Ticks closer than 12 px are grouped; a click on a
 * group goes to its first event, then the next.
 *
 * The slider owns no story state: `time`, `current` and `playing` come down
 * from the story, and the reader's moves go up as requests.
 *
 * Positions are set as `.style` properties (the CSSOM), never as `style`
 * attributes, which a page's `style-src` without 'unsafe-inline' blocks.
 *
 * @event journey-time-change - The reader moved the time (TimeChangeEvent).
 * @event journey-step-select - The reader pressed PageUp / PageDown or chose a tick (StepSelectEvent).
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
    current: { type: Number },
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
  /** The current event's index in `ticks` (story order); -1 for none (the overview). */
  declare current: number;
  /** Read times in each place's zone (`local`), the reader's, or `utc`. */
  declare zoneMode: ZoneMode;
  /** The reader's IANA zone; defaults to the browser's. */
  declare readerZone: string;
  /** The current place's zone: the time is read in it under `local`. */
  declare placeZone: string;
  /** The zone most events happen in (kept for pages that set it; day labels now follow each event's own day). */
  declare mainZone: string;
  /** Whether the story is playing: the button reads Pause, and Pause is what it asks for. */
  declare playing: boolean;
  declare _speed: (typeof SPEEDS)[number]['id'];

  #marks: unknown = nothing;
  #marksKey = '';
  /** The marks were built again in this update: the day row is measured after it, and the current tick marked afresh. */
  #marksBuilt = false;
  /** The tick range marked current, as last marked. */
  #markedCurrent = -2;
  /** The readout, and what it was worked out from (it speaks to the minute). */
  #readoutText = '';
  #readoutKey = '';
  #readoutTicks: readonly SliderTick[] | undefined;
  /** The thumb's position as last drawn, in half pixels of the track. */
  #drawnAt = NaN;
  readonly #width = new WidthController(this, 800);
  /** The day labels' row, in CSS pixels, once drawn. */
  #daysWidth = 0;

  constructor() {
    super();
    this.ticks = [];
    this.time = 0;
    this.current = -1;
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

  #step(index: number): void {
    if (index < 0 || index >= this.ticks.length) return;
    this.dispatchEvent(new StepSelectEvent({ index, via: 'keyboard' }));
  }

  #onInput(e: Event): void {
    this.#emit(this.scale?.toTime(Number((e.target as HTMLInputElement).value)), 'drag');
  }

  #onKeydown(e: KeyboardEvent): void {
    const scale = this.scale;
    if (!scale || e.altKey || e.ctrlKey || e.metaKey) return;
    const p = scale.toPosition(this.time);
    const at = this.ticks[this.current];
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
        // Back to the current event's start when the time has moved past it, else the event before.
        e.preventDefault();
        return this.#step(at && this.time > at.time + 1 ? this.current : this.current - 1);
      case 'PageDown':
        e.preventDefault();
        return this.#step(this.current + 1);
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

  /**
   * While playing, the time changes every frame, but the thumb moves by less
   * than a pixel and the readout by a minute now and then: a change of time
   * alone that moves neither is not drawn (it is drawn with the next one that does).
   */
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    if (changed.size !== 1 || !changed.has('time') || !this.scale || !this.hasUpdated) return true;
    const drawn = this.#readoutText;
    return this.#thumbAt(this.scale.toPosition(this.time)) !== this.#drawnAt || this.#readout() !== drawn;
  }

  #thumbAt(p: number): number {
    return Math.round(p * Math.max(this.#width.width - 16, 1) * 2);
  }

  override render() {
    const scale = this.scale;
    if (!scale) return nothing;
    const p = scale.toPosition(this.time);
    this.#drawnAt = this.#thumbAt(p);
    const pct = (x: number) => `${(x * 100).toFixed(3)}%`;
    const valueText = this.#readout();
    this.#readoutText = valueText;
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
          ${guard([this.#marks], () => this.#marks)}
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
      ${breaksNote(scale)}
    `;
  }

  /** The readout: the event's own time on its start, the day alone between events known only to the day, else the instant. */
  #readout(): string {
    const displayZone = zoneShown(this.zoneMode, this.placeZone, this.readerZone);
    const at = this.ticks[this.current];
    const locality = this.zoneMode === 'reader' ? 'your' : at?.zone === this.placeZone ? at.locality : undefined;
    const onStart = !!(at?.when && at.zone && Math.abs(at.time - this.time) < 1);
    const dayOnly = (tick: SliderTick | undefined) => tick === undefined || (tick.when !== undefined && !hasClockTime(tick.when));
    const next = onStart ? -1 : this.ticks.findIndex((t) => t.time > this.time);
    // What the words depend on: the same minute between the same two events reads the same (and costs no formatting).
    const key = `${onStart ? this.current : Math.floor(this.time / 60_000)}|${onStart}|${next}|${displayZone}|${locality}|${this.current}`;
    if (key === this.#readoutKey && this.ticks === this.#readoutTicks) return this.#readoutText;
    let text: string;
    if (onStart && at?.when && at.zone) {
      text = describeMoment(this.time, displayZone, { locality, event: { time: at.when, timeZone: at.zone, locality: at.locality } });
    } else {
      const before = this.ticks[(next < 0 ? this.ticks.length : next) - 1];
      const after = next < 0 ? undefined : this.ticks[next];
      text = describeMoment(this.time, displayZone, { locality, dayOnly: this.ticks.length > 0 && dayOnly(before) && dayOnly(after) });
    }
    this.#readoutKey = key;
    this.#readoutTicks = this.ticks;
    this.#readoutText = text;
    return text;
  }

  /** Marks the tick (or group) of the current event while the time sits on its start, without re-rendering the ticks. */
  protected override updated(): void {
    const built = this.#marksBuilt;
    this.#marksBuilt = false;
    // The day labels are fitted to the track's own width, known once it is drawn: measured when the marks are
    // built again (a change of width builds them), never on a mere change of time, where reading it would lay
    // out the page every frame of playback.
    if (built) {
      this.#drawDays();
      const daysWidth = this.renderRoot.querySelector<HTMLElement>('.days')?.clientWidth ?? 0;
      if (daysWidth > 0 && Math.abs(daysWidth - this.#daysWidth) > 4) {
        this.#daysWidth = daysWidth;
        this.requestUpdate();
      }
    }
    const at = this.ticks[this.current];
    const current = at && Math.abs(at.time - this.time) < 1 ? this.current : -1;
    if (!built && current === this.#markedCurrent) return;
    this.#markedCurrent = current;
    for (const tick of this.renderRoot.querySelectorAll<HTMLElement>('.tick')) {
      const [first, last] = [Number(tick.dataset.first), Number(tick.dataset.last)];
      tick.classList.toggle('current', current >= first && current <= last);
    }
  }

  /** The day labels, as last worked out: drawn by `#drawDays`. */
  #days: readonly { end: boolean; day: string; style: string; text: string }[] = [];

  /**
   * Puts the day labels in their row as plain spans, not Lit templates: a
   * span (and its text, where it has one) per day, without Lit's two marker
   * comments per item (a journey of hundreds of days, issue 19's DOM budget).
   */
  #drawDays(): void {
    const row = this.renderRoot.querySelector<HTMLElement>('.days');
    if (!row) return;
    row.replaceChildren(
      ...this.#days.map(({ end, day, style, text }) => {
        const span = document.createElement('span');
        span.className = end ? 'day end' : 'day';
        span.dataset.day = day;
        span.style.cssText = style;
        span.textContent = text;
        return span;
      }),
    );
  }

  /** A click on a tick: its event, or for a group, its first event, then each next one. */
  #chooseTick(first: number, last: number): void {
    const index = this.current >= first && this.current < last ? this.current + 1 : first;
    this.dispatchEvent(new StepSelectEvent({ index, via: 'slider' }));
  }

  /**
   * Ticks, breaks and day labels: they change only with the journey, the
   * zone or the width, so they are built then, not on every time change
   * (every frame while playing).
   */
  protected override willUpdate(changed: PropertyValues<this>): void {
    const scale = this.scale;
    const key = `${this.zoneMode}|${this.readerZone}|${this.#width.width}|${this.#daysWidth}`;
    if (!scale || !(changed.has('scale') || changed.has('ticks') || key !== this.#marksKey)) return;
    this.#marksKey = key;
    this.#marksBuilt = true;
    const pct = (x: number) => `${(x * 100).toFixed(3)}%`;
    const positions = this.ticks.map((t) => scale.toPosition(t.time));
    // Ticks closer than TICK_GROUP_PX to their group's first tick join it.
    const gap = TICK_GROUP_PX / Math.max(this.#width.width - 16, 1);
    const groups: { first: number; last: number }[] = [];
    positions.forEach((p, i) => {
      const group = groups[groups.length - 1];
      if (group && p - (positions[group.first] as number) < gap) group.last = i;
      else groups.push({ first: i, last: i });
    });
    // One label per run of events on the same day, spanning to the next run: every tick sits under its own day.
    const dayOf = (t: SliderTick) =>
      t.when && t.zone
        ? shortDayOf(t.when, t.zone, zoneShown(this.zoneMode, t.zone, this.readerZone))
        : new Intl.DateTimeFormat('en-GB', { timeZone: zoneShown(this.zoneMode, this.placeZone, this.readerZone), day: 'numeric', month: 'short' }).format(t.time);
    const runs: { day: string; from: number }[] = [];
    this.ticks.forEach((t, i) => {
      const day = dayOf(t);
      if (runs[runs.length - 1]?.day !== day) runs.push({ day, from: positions[i] as number });
    });
    // A label says its day in full where it fits, its number alone where that fits, else nothing (its rule stays).
    const trackPx = this.#daysWidth || Math.max(this.#width.width - 16, 1);
    const fits = (text: string, px: number) => px >= text.length * LABEL_CHAR_PX + 6;
    const shortOf = (day: string) => day.split(' ')[0] ?? '';
    // A last day that starts at (or near) the end of the track has no room after its tick: it is drawn
    // ending at the track's end, ruled on its right, and the day before gives it that room.
    const last = runs[runs.length - 1];
    const lastText = last && !fits(last.day, (1 - last.from) * trackPx) && runs.length > 1 ? (fits(last.day, 0.25 * trackPx) ? last.day : shortOf(last.day)) : undefined;
    const lastWidth = lastText === undefined ? 0 : Math.max((lastText.length * LABEL_CHAR_PX + 6) / trackPx - (1 - (last?.from ?? 1)), 0);
    this.#days = runs.map((run, i) => {
      const isLast = i === runs.length - 1;
      if (isLast && lastText !== undefined) return { end: true, day: run.day, style: `right: 0; width: ${pct(1 - run.from + lastWidth)}`, text: lastText };
      const to = (runs[i + 1]?.from ?? 1) - (i === runs.length - 2 ? lastWidth : 0);
      const px = (to - run.from) * trackPx;
      const text = fits(run.day, px) ? run.day : fits(shortOf(run.day), px) ? shortOf(run.day) : '';
      return { end: false, day: run.day, style: `left: ${pct(run.from)}; width: ${pct(Math.max(to - run.from, 0))}`, text };
    });
    this.#marks = html`<div class="marks" aria-hidden="true">
        ${scale.breaks.map(
          (b) => html`<span class="break" .style=${`left: ${pct(b.p0)}; width: ${pct(b.p1 - b.p0)}`} title=${breakText(b.to - b.from)}></span>`,
        )}
        ${groups.map(({ first, last }) => {
          const titles = this.ticks.slice(first, last + 1).map((t) => t.title);
          return html`<button
            type="button"
            tabindex="-1"
            class=${last > first ? 'tick group' : 'tick'}
            data-first=${first}
            data-last=${last}
            data-time=${String(this.ticks[first]?.time)}
            .style=${`left: ${pct(positions[first] as number)}`}
            title=${last > first ? `${titles.length} events: ${titles.join('; ')}` : (titles[0] ?? '')}
            @click=${() => this.#chooseTick(first, last)}
          >${last > first ? html`<span class="count">${titles.length}</span>` : nothing}</button>`;
        })}
      </div>
      <div class="days" aria-hidden="true"></div>`;
  }
}

/** About how wide a character of a day label is (0.75rem of the UI font), to tell whether a label fits. */
const LABEL_CHAR_PX = 7;

/** Visible words for the shortened stretches: "7 quiet days shortened". */
function breaksNote(scale: StoryScale) {
  if (!scale.breaks.length) return nothing;
  const words = scale.breaks.map((b) => breakText(b.to - b.from));
  return html`<p class="breaks-note"><span class="swatch" aria-hidden="true"></span>Hatched on the track: ${words.join(', ')}</p>`;
}

function breakText(ms: number): string {
  const days = Math.round(ms / 86_400_000);
  const hours = Math.round(ms / 3_600_000);
  if (ms >= 36 * 3_600_000) return `${days} quiet days shortened`;
  return `${hours} quiet ${hours === 1 ? 'hour' : 'hours'} shortened`;
}

customElements.define('time-slider', TimeSlider);

declare global {
  interface HTMLElementTagNameMap {
    'time-slider': TimeSlider;
  }
}
