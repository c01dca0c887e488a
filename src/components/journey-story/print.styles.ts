import { css } from 'lit';

/**
 * The printout: the title, the static map, the itinerary with times, and
 * every source. Loaded after the first paint (journey-story.ts adopts it),
 * so readers who never print don't wait for it.
 */
export const printStyles = css`
    @media print {
      :host {
        color-scheme: light;
        --dj-bg: #ffffff;
        --dj-card-bg: #ffffff;
        --dj-text: #000000;
        --dj-muted: #333333;
        --dj-line: #bbbbbb;
        --dj-accent: #0b57d0;
        height: auto !important;
        display: block !important;
      }
      .print-only {
        display: block;
      }
      .map-column,
      step-controls,
      .sheet-toggle,
      .zone-mode,
      .open-file,
      .share,
      .about summary,
      .all-sources,
      shortcuts-help,
      .drop-hint {
        display: none !important;
      }
      .layout {
        display: block !important;
        height: auto !important;
        padding: 0 !important;
      }
      .panel {
        position: static !important;
        max-height: none !important;
        overflow: visible !important;
        box-shadow: none !important;
        border: 0 !important;
      }
      static-map.print-only {
        margin: 0.5rem 1rem;
        break-inside: avoid;
      }
      .print-sources {
        font-size: 0.85rem;
        padding: 0 1rem;
      }
    }
`;
