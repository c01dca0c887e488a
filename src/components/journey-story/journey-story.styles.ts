import { css } from 'lit';
import { base } from '../theme.ts';

export const styles = [
  base,
  css`
    :host {
      display: block;
      background: var(--_bg);
      --_panel-width: var(--dj-panel-width, 420px);
    }
    header {
      padding: 0.75rem 1rem 0.5rem;
      border-bottom: 1px solid var(--_line);
    }
    h1 {
      margin: 0;
      font-size: clamp(1.2rem, 2.5vw, 1.6rem);
      line-height: 1.2;
    }
    header .summary {
      margin: 0.3rem 0 0;
      color: var(--_muted);
      max-width: 70ch;
      font-size: 0.95rem;
    }
    .layout {
      display: grid;
      grid-template-columns: minmax(0, 1fr) var(--_panel-width);
      height: var(--dj-height, calc(100vh - 5.5rem));
      min-height: 480px;
    }
    .map {
      min-height: 0;
    }
    .panel {
      display: flex;
      flex-direction: column;
      gap: 0.9rem;
      padding: 0.75rem;
      overflow-y: auto;
      border-left: 1px solid var(--_line);
      min-width: 0;
    }
    step-controls {
      position: sticky;
      top: -0.75rem;
      z-index: 1;
      background: var(--_bg);
      padding: 0.25rem 0;
    }
    .all-sources {
      font-size: 0.85rem;
    }
    .all-sources summary {
      cursor: pointer;
      min-height: 44px;
      display: flex;
      align-items: center;
      font-weight: 600;
    }
    .all-sources a {
      color: var(--_accent);
    }
    .keys {
      font-size: 0.8rem;
      margin: 0;
    }
    .loading {
      padding: 2rem 1rem;
    }
    journey-problems {
      margin: 1rem;
    }

    /* Phones and narrow embeds: the map on top, the story below it. */
    @media (max-width: 720px) {
      .layout {
        display: block;
        height: auto;
        min-height: 0;
      }
      .map {
        height: min(55vh, 420px);
        min-height: 260px;
      }
      .panel {
        border-left: none;
        overflow: visible;
        padding: 0.6rem;
      }
      step-controls {
        top: 0;
      }
      header .summary {
        font-size: 0.9rem;
      }
    }
  `,
];
