import { css } from 'lit';
import { base } from '../theme.ts';

export const styles = [
  base,
  css`
    dialog {
      box-sizing: border-box;
      width: min(46rem, calc(100vw - 2rem));
      max-height: calc(100dvh - 2rem);
      padding: 0;
      border: 1px solid var(--_line);
      border-radius: 12px;
      background: var(--_bg);
      color: var(--_text);
      font-family: var(--_font);
      line-height: 1.45;
      overflow: auto;
      overscroll-behavior: contain;
    }
    dialog::backdrop {
      /* Custom properties do not reach ::backdrop in every browser, so a plain colour. */
      background: rgb(10 14 20 / 0.55);
    }
    @media (prefers-reduced-motion: no-preference) {
      dialog[open] {
        animation: share-dialog-in 160ms ease-out;
      }
      @keyframes share-dialog-in {
        from {
          opacity: 0;
          transform: translateY(0.75rem);
        }
      }
    }
    /* Full screen on narrow screens, so the codes stay readable at 320 px. */
    @media (max-width: 40rem) {
      dialog {
        width: 100%;
        max-width: none;
        height: 100%;
        max-height: none;
        margin: 0;
        border: 0;
        border-radius: 0;
      }
    }
    header {
      position: sticky;
      top: 0;
      z-index: 1;
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 0.75rem;
      padding: 0.5rem 0.75rem 0.5rem 1.1rem;
      border-bottom: 1px solid var(--_line);
      background: var(--_bg);
    }
    h2 {
      margin: 0;
      font-size: 1.2rem;
      line-height: 1.25;
    }
    .body {
      padding: 0.25rem 1.1rem 1.1rem;
    }
    section {
      margin-top: 1rem;
    }
    h3 {
      margin: 0 0 0.2rem;
      font-size: 1rem;
    }
    .hint {
      margin: 0 0 0.5rem;
      font-size: 0.9rem;
    }
    label {
      display: block;
      margin-bottom: 0.25rem;
      font-size: 0.9rem;
      font-weight: 600;
    }
    .field {
      display: flex;
      gap: 0.5rem;
      align-items: flex-start;
    }
    input,
    textarea {
      box-sizing: border-box;
      flex: 1 1 auto;
      min-width: 0;
      min-height: 44px;
      margin: 0;
      padding: 0.5rem 0.6rem;
      border: 1px solid var(--_line);
      border-radius: 8px;
      background: var(--_card-bg);
      color: var(--_text);
      font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
      font-size: 0.85rem;
      line-height: 1.4;
    }
    textarea {
      resize: vertical;
      overflow-wrap: anywhere;
    }
    /* Codes and their buttons stack on narrow screens. */
    @media (max-width: 30rem) {
      .field.code {
        flex-direction: column;
        align-items: stretch;
      }
    }
    button {
      box-sizing: border-box;
      min-height: 44px;
      min-width: 44px;
      padding: 0.4rem 0.9rem;
      border-radius: 8px;
      border: 1.5px solid var(--_accent);
      background: transparent;
      color: var(--_accent);
      font: inherit;
      font-weight: 600;
      cursor: pointer;
      white-space: nowrap;
    }
    button.copy,
    button[aria-pressed='true'] {
      background: var(--_accent);
      color: var(--dj-on-accent, #ffffff);
    }
    .close {
      border-color: var(--_line);
      color: var(--_text);
    }
    .status {
      min-height: 1.45em;
      margin: 0.25rem 0 0;
      font-size: 0.9rem;
    }
    .status.fallback {
      font-weight: 600;
      color: var(--_text);
    }
    .toggle {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin-bottom: 0.75rem;
    }
    .stage {
      overflow-x: auto;
      padding: 0.5rem;
      border: 1px dashed var(--_line);
      border-radius: 8px;
      background: var(--_card-bg);
    }
    .stage iframe {
      display: block;
      width: 100%;
      max-width: 100%;
      margin: 0 auto;
      border: 0;
      background: var(--_bg);
    }
    .stage.mobile iframe {
      width: 375px;
      box-shadow: 0 0 0 1px var(--_line);
    }
    /* Readers get the link; the embed codes are folded below it, for editors. */
    .editors > summary {
      cursor: pointer;
      min-height: 44px;
      display: flex;
      align-items: center;
      gap: 0.4rem;
      font-weight: 700;
      color: var(--_accent);
    }
    .editors[open] > summary {
      margin-bottom: 0.75rem;
    }
    .editors > * + * {
      margin-top: 1rem;
    }
    fieldset {
      display: flex;
      flex-wrap: wrap;
      gap: 0.6rem 1rem;
      margin: 0;
      padding: 0.6rem 0.75rem 0.75rem;
      border: 1px solid var(--_line);
      border-radius: 8px;
    }
    legend {
      padding: 0 0.3rem;
      font-weight: 600;
      font-size: 0.9rem;
    }
    .choice select,
    .choice input {
      display: block;
      min-height: 44px;
      margin-top: 0.2rem;
      font: inherit;
      font-weight: 400;
    }
    .choice select {
      max-width: 100%;
      border: 1px solid var(--_line);
      border-radius: 8px;
      background: var(--_card-bg);
      color: var(--_text);
    }
    .choice input {
      width: 7em;
    }
    label.check {
      display: flex;
      align-items: center;
      gap: 0.4rem;
      min-height: 44px;
      align-self: flex-end;
    }
    label.check input {
      min-height: 0;
      width: 1.2em;
      height: 1.2em;
      flex: none;
    }
    .error {
      padding: 0.75rem;
      border: 1.5px solid #9b1c1c;
      border-radius: 8px;
    }
  `,
];
