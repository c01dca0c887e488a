import { css } from 'lit';
import { base } from '../theme.ts';

export const styles = [
  base,
  css`
    :host {
      display: block;
      container-type: inline-size;
      padding: 0.4rem 0.75rem 0.2rem;
      background: var(--_bg);
      border-top: 1px solid var(--_line);
    }
    .row {
      display: flex;
      align-items: flex-start;
      gap: 0.75rem;
    }
    .play {
      flex: none;
      display: inline-flex;
      align-items: center;
      gap: 0.4rem;
      min-width: 44px;
      min-height: 44px;
      padding: 0 0.9rem;
      font: inherit;
      font-weight: 600;
      border-radius: 8px;
      border: 1.5px solid var(--_accent);
      background: var(--_bg);
      color: var(--_accent);
      cursor: pointer;
    }
    .track {
      position: relative;
      flex: 1;
      min-width: 0;
      padding-top: 4px;
    }
    input[type='range'] {
      display: block;
      width: 100%;
      height: 36px;
      margin: 0;
      background: transparent;
      accent-color: var(--_accent);
      cursor: pointer;
    }
    .marks {
      position: relative;
      height: 12px;
      margin: 0 8px;
    }
    .tick {
      position: absolute;
      top: 0;
      width: 2px;
      height: 10px;
      margin: 0 0 0 -1px;
      padding: 0;
      border: 0;
      background: #3a4350;
      cursor: pointer;
    }
    .tick.group {
      width: 4px;
      margin-left: -2px;
    }
    .count {
      position: absolute;
      left: 5px;
      top: -3px;
      font-size: 0.6rem;
      line-height: 1;
      color: var(--_muted);
    }
    .tick::before {
      /* A wider hover target for the tooltip. */
      content: '';
      position: absolute;
      inset: -4px -5px;
    }
    .tick.current {
      background: var(--_accent);
      width: 4px;
      margin-left: -2px;
    }
    .break {
      position: absolute;
      top: 2px;
      height: 6px;
      min-width: 6px;
      background: repeating-linear-gradient(135deg, #9aa3ad 0 2px, transparent 2px 5px);
      border-left: 2px solid #9aa3ad;
      border-right: 2px solid #9aa3ad;
      box-sizing: border-box;
    }
    .days {
      position: relative;
      height: 1.1rem;
      margin: 0 8px;
      font-size: 0.75rem;
      color: var(--_muted);
    }
    .day {
      position: absolute;
      box-sizing: border-box;
      white-space: nowrap;
      overflow: hidden;
      border-left: 1px solid var(--_line);
      padding-left: 3px;
    }
    /* The last day, when its tick is at the end of the track: ruled at its tick, on the right. */
    .day.end {
      border-left: 0;
      border-right: 1px solid var(--_line);
      padding: 0 3px 0 0;
      text-align: right;
    }
    .breaks-note {
      margin: 0.1rem 0 0;
      font-size: 0.75rem;
      color: var(--_muted);
    }
    .swatch {
      display: inline-block;
      width: 14px;
      height: 6px;
      margin-right: 0.35rem;
      background: repeating-linear-gradient(135deg, #9aa3ad 0 2px, transparent 2px 5px);
      border-left: 2px solid #9aa3ad;
      border-right: 2px solid #9aa3ad;
      box-sizing: border-box;
    }
    select {
      font: inherit;
      min-height: 44px;
      border-radius: 8px;
      border: 1px solid var(--_line);
      padding: 0 0.4rem;
      background: var(--_bg);
    }
    .readout {
      margin: 0;
      font-size: 0.85rem;
      color: var(--_muted);
      font-variant-numeric: tabular-nums;
    }
    /* Touch layouts: the slider's thumb row is at least 44 px tall. */
    @media (pointer: coarse), (max-width: 480px) {
      input[type='range'] {
        height: 44px;
      }
    }
    /* Compact, where the slider is 480 px wide or less (a phone, a narrow
       embed, a map column beside a card): one row, the play button as an
       icon (its name stays "Play"/"Pause"), the day labels tucked under the
       thumb's row, the readout and the note on the shortened days on a line
       each, the speed a narrow menu. */
    @container (max-width: 480px) {
      .row {
        align-items: center;
        gap: 0.35rem;
      }
      .play {
        padding: 0;
        justify-content: center;
        font-size: 0;
      }
      .play span {
        font-size: 1rem;
      }
      .track {
        padding-top: 0;
      }
      .marks {
        margin-top: -12px;
      }
      .speed select {
        max-width: 5.4rem;
        padding: 0 0.15rem;
        font-size: 0.8rem;
      }
      .readout,
      .breaks-note {
        font-size: 0.78rem;
        white-space: nowrap;
        overflow: hidden;
        text-overflow: ellipsis;
      }
      .breaks-note {
        font-size: 0.7rem;
      }
    }
    /* Short phones (568 px; not the default 600 px embed): the map needs the line; the hatching keeps its name (title) on the track. */
    @media (max-height: 599px) {
      @container (max-width: 480px) {
        .breaks-note {
          display: none;
        }
      }
    }
    /* Very short screens (a phone on its side): the card says the time, and the map needs the room. */
    @media (max-height: 480px) {
      @container (max-width: 480px) {
        .readout,
        .breaks-note {
          display: none;
        }
      }
    }
  `,
];
