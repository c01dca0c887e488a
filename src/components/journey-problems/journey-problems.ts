import { LitElement, css, html, nothing } from 'lit';
import type { Problem } from '../../journey/validate.ts';
import { base } from '../theme.ts';

/**
 * The most problems listed; a line says how many more there are. The
 * validator keeps 100 of each kind, but a file can break many kinds, and
 * drawing 100,000 items froze the page for 11 s (issue 15).
 */
const SHOWN = 100;

const plural = (count: number, word: string) => `${count.toLocaleString('en')} ${word}${count === 1 ? '' : 's'}`;
/** How many problems of a severity the list stands for: a line for problems the validator left out counts them all. */
const count = (problems: readonly Problem[], severity?: Problem['severity']) =>
  problems.reduce((total, p) => total + (severity === undefined || p.severity === severity ? (p.omitted ?? 1) : 0), 0);

/**
 * Why a journey can't be shown: an alert that lists the problems (the first
 * 100, and how many more) with their JSON paths and a hint where there is
 * one, so the author knows exactly what to fix. With `mode="warnings"` it is a quiet, collapsed note instead: the
 * journey opened, but something deserves a look (the editors' `?check=1` view). With `mode="notes"` it tells
 * readers, in their words and with no paths or fixes, what changes what they see: "About this map".
 *
 * @slot - Actions under the list (try again, open another file).
 * @csspart alert - The alert box.
 */
export class JourneyProblems extends LitElement {
  static override properties = {
    problems: { attribute: false },
    source: {},
    mode: {},
  };
  declare problems: readonly Problem[];
  /** The URL or name of the journey that failed. */
  declare source: string;
  /** `errors` (an alert; the journey is blocked), `warnings` (a note for editors; the journey opened) or `notes` (for readers: each problem's `reader` sentence). */
  declare mode: 'errors' | 'warnings' | 'notes';

  constructor() {
    super();
    this.problems = [];
    this.source = '';
    this.mode = 'errors';
  }

  #list() {
    const hidden = count(this.problems.slice(SHOWN));
    return html`<ol>
      ${this.problems.slice(0, SHOWN).map(
        (p) => html`<li class=${p.severity}>
          <code class="path">${p.path}</code> ${p.severity === 'warning' ? html`<strong>Warning:</strong> ` : nothing}${p.message}
          ${p.hint ? html`<div class="hint">Hint: ${p.hint}</div>` : nothing}
        </li>`,
      )}
    </ol>
    ${hidden ? html`<p class="more">…and ${plural(hidden, 'more problem')} not listed here.</p>` : nothing}`;
  }

  override render() {
    if (this.problems.length === 0) return nothing;
    const errors = count(this.problems, 'error');
    const warnings = count(this.problems, 'warning');
    if (this.mode === 'notes') {
      return html`<aside part="alert" class="notes" aria-labelledby="notes-title">
        <p id="notes-title" class="notes-title">About this map</p>
        <ul>
          ${this.problems.slice(0, SHOWN).map((p) => html`<li>${p.reader ?? p.message}</li>`)}
        </ul>
      </aside>`;
    }
    if (this.mode === 'warnings') {
      return html`<details part="alert" class="warnings">
        <summary>This journey has ${plural(warnings, 'warning')}</summary>
        ${this.#list()}
      </details>`;
    }
    return html`
      <div part="alert" role="alert">
        <h2>This journey can't be shown</h2>
        <p>
          ${plural(errors, 'problem')} in <code>${this.source}</code>${warnings ? html` (and ${plural(warnings, 'warning')})` : nothing}:
        </p>
        ${this.#list()}
        <p>Check the file with <code>npm run validate -- &lt;file&gt;</code>, or <a href="?">open the default journey</a>.</p>
        <slot></slot>
      </div>
    `;
  }

  static override styles = [
    base,
    css`
      :host {
        display: block;
      }
      [role='alert'] {
        border: 2px solid #9b1c1c;
        border-left-width: 8px;
        background: #fff5f5;
        border-radius: 8px;
        padding: 0.75rem 1rem;
        color: #1b1f24;
      }
      .warnings {
        border: 1px solid #b58900;
        background: #fffbe6;
      color: #1b1f24;
        border-radius: 8px;
        padding: 0.3rem 0.75rem;
        font-size: 0.88rem;
      }
      .warnings summary {
        cursor: pointer;
        font-weight: 600;
        min-height: 36px;
        display: flex;
        align-items: center;
      }
      .notes {
        border-left: 4px solid var(--_muted);
        padding: 0.2rem 0 0.2rem 0.75rem;
        font-size: 0.88rem;
        color: var(--_text);
      }
      .notes-title {
        margin: 0;
        font-weight: 600;
      }
      .notes ul {
        margin: 0.2rem 0 0;
        padding-left: 1.1rem;
      }
      h2 {
        margin: 0 0 0.4rem;
        font-size: 1.15rem;
        color: #9b1c1c;
      }
      ol {
        /* Room for three-digit numbers: the list runs to 100. */
        padding-left: 2.4rem;
        max-height: 50vh;
        overflow: auto;
      }
      li {
        margin: 0.3rem 0;
        overflow-wrap: anywhere;
      }
      .hint {
        color: #3a4350;
        font-size: 0.92em;
        margin-top: 0.1rem;
      }
      .path {
        font-weight: 700;
        background: #ffe3e3;
        padding: 0 0.25em;
        border-radius: 3px;
      }
      a {
        color: var(--_accent);
      }
    `,
  ];
}

customElements.define('journey-problems', JourneyProblems);

declare global {
  interface HTMLElementTagNameMap {
    'journey-problems': JourneyProblems;
  }
}
