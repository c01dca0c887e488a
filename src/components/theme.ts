/**
 * The shared look: CSS custom properties every component reads, with the
 * defaults a page can override on `<journey-story>` or any ancestor.
 */
import { css } from 'lit';

export const base = css`
  :host {
    --_text: var(--dj-text, #1b1f24);
    --_muted: var(--dj-muted, #505a66);
    --_bg: var(--dj-bg, #ffffff);
    --_card-bg: var(--dj-card-bg, #ffffff);
    --_line: var(--dj-line, #d5dae0);
    --_accent: var(--dj-accent, #0b57d0);
    /* "Did not happen", and other warnings in the text. */
    --_danger: var(--dj-danger, #9b1c1c);
    /* Text on an accent background. */
    --_on-accent: var(--dj-on-accent, #ffffff);
    --_font: var(--dj-font, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    font-family: var(--_font);
    color: var(--_text);
  }
  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .muted {
    color: var(--_muted);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;

/** Status badges: words carry the meaning; colour and border only back it up. */
export const statusBadge = css`
  .status {
    display: inline-block;
    padding: 0.1em 0.5em;
    border-radius: 999px;
    font-size: 0.8rem;
    font-weight: 600;
    border: 1.5px solid currentColor;
    white-space: nowrap;
    /* A badge carries its own background, so it reads the same in both themes. */
    background: #ffffff;
  }
  .status[data-status='confirmed'] { color: #1d6b35; }
  .status[data-status='reported'] { color: #2f4f7f; }
  .status[data-status='announced'] { color: #7a4d00; border-style: dashed; }
  .status[data-status='planned'] { color: #7a4d00; border-style: dashed; }
  .status[data-status='did-not-happen'] { color: #9b1c1c; border-style: dotted; text-decoration: line-through; }
`;
