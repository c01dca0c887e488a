import { css } from 'lit';
import { base } from '../theme.ts';

export const styles = [
  base,
  css`
    :host {
      display: block;
      position: relative;
      min-height: 240px;
    }
    .frame,
    .map {
      position: absolute;
      inset: 0;
    }
    .map {
      background: #dfe8ee;
    }
    .placeholder {
      position: absolute;
      inset: 0;
      display: grid;
      place-content: center;
      gap: 0.3rem;
      text-align: center;
      padding: 1rem;
      background: var(--dj-placeholder-bg, #e9eef2);
      font-weight: 600;
      z-index: 4;
    }
    .inset {
      position: absolute;
      left: 10px;
      top: 10px;
      width: var(--dj-inset-size, 128px);
      height: calc(var(--dj-inset-size, 128px) * 0.75);
      border: 2px solid #fff;
      border-radius: 6px;
      box-shadow: 0 1px 4px rgb(0 0 0 / 0.35);
      overflow: hidden;
      pointer-events: none;
      z-index: 2;
    }
    @media (max-width: 480px) {
      .inset {
        --dj-inset-size: 88px;
      }
    }
    .notice {
      position: absolute;
      left: 10px;
      right: 10px;
      bottom: 34px;
      z-index: 3;
      background: #fffbe6;
      color: #1b1f24;
      border: 1px solid #b58900;
      border-radius: 6px;
      padding: 0.5rem 0.75rem;
      font-size: 0.9rem;
    }
    .fallback {
      position: absolute;
      inset: 0;
      z-index: 5;
      overflow: auto;
      background: var(--_bg);
      padding: 0.5rem;
    }
    .notice-inline {
      margin: 0.5rem 0 0;
      padding: 0.5rem 0.75rem;
      border: 1px solid #b58900;
      border-radius: 6px;
      background: #fffbe6;
      color: #1b1f24;
      font-size: 0.9rem;
    }

    /* Touch layouts: MapLibre's zoom and attribution buttons grow to 44 px. */
    @media (pointer: coarse), (max-width: 480px) {
      .maplibregl-ctrl-group button {
        width: 44px;
        height: 44px;
      }
      .maplibregl-ctrl-attrib-button {
        width: 44px;
        height: 44px;
        background-position: center;
      }
    }
  `,
];
