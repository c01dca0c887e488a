import { css } from 'lit';
import { base, statusBadge } from '../theme.ts';

export const styles = [
  base,
  statusBadge,
  css`
    :host {
      display: block;
    }
    .card {
      background: var(--_card-bg);
      border: 1px solid var(--_line);
      border-radius: 10px;
      padding: 1rem 1.1rem;
      line-height: 1.45;
    }
    .eyebrow {
      display: flex;
      justify-content: space-between;
      align-items: center;
      gap: 0.5rem;
      margin: 0 0 0.4rem;
      font-size: 0.85rem;
    }
    .step {
      color: var(--_muted);
    }
    h2 {
      margin: 0 0 0.6rem;
      font-size: 1.25rem;
      line-height: 1.25;
    }
    .status-did-not-happen h2 {
      text-decoration: line-through;
      text-decoration-thickness: 2px;
    }
    h3 {
      font-size: 0.85rem;
      text-transform: uppercase;
      letter-spacing: 0.04em;
      color: var(--_muted);
      margin: 1rem 0 0.3rem;
    }
    .facts {
      display: grid;
      grid-template-columns: auto 1fr;
      gap: 0.25rem 0.75rem;
      margin: 0 0 0.75rem;
      font-size: 0.95rem;
    }
    dt {
      font-weight: 600;
      color: var(--_muted);
    }
    dd {
      margin: 0;
    }
    .note {
      font-size: 0.85rem;
      font-style: italic;
    }
    .summary {
      margin: 0.5rem 0;
      white-space: pre-line;
    }
    .quote {
      margin: 0.75rem 0;
      padding-left: 0.8rem;
      border-left: 4px solid var(--_line);
    }
    blockquote {
      margin: 0;
      font-size: 1.05rem;
      font-style: italic;
    }
    blockquote::before { content: '“'; }
    blockquote::after { content: '”'; }
    figcaption {
      font-size: 0.85rem;
      color: var(--_muted);
      margin-top: 0.2rem;
    }
    .outcome {
      border: 1.5px dashed var(--_danger);
      border-radius: 8px;
      padding: 0 0.8rem 0.2rem;
      margin: 0.75rem 0;
    }
    .outcome h3 {
      color: var(--_danger);
    }
    .source-list {
      margin: 0;
      padding-left: 1.1rem;
      font-size: 0.88rem;
    }
    .source-list li {
      margin: 0.2rem 0;
    }
    a {
      color: var(--_accent);
    }
  `,
];
