import { LitElement, css, html } from 'lit';
import { StepSelectEvent } from '../events.ts';
import { base } from '../theme.ts';

/**
 * "Previous event" and "Next event" buttons and the step count. At either
 * end a button stays focusable but says it is unavailable (`aria-disabled`),
 * so keyboard focus is never thrown away.
 *
 * @event journey-step-select - The reader asked for the previous or next step.
 * @csspart button - Each button.
 * @csspart count - The step count between them ("3 / 12"); the card says it too, so layouts short of room hide it.
 */
export class StepControls extends LitElement {
  static override properties = {
    current: { type: Number },
    total: { type: Number },
  };
  declare current: number;
  declare total: number;

  constructor() {
    super();
    this.current = 0;
    this.total = 0;
  }

  #go(delta: number) {
    const index = this.current + delta;
    // -1 is the overview, before the first event.
    if (index < -1 || index >= this.total) return;
    this.dispatchEvent(new StepSelectEvent({ index, via: 'controls' }));
  }

  override render() {
    // Before the first event comes the overview (current -1), where Previous stops.
    const atStart = this.current < 0;
    const atEnd = this.current >= this.total - 1;
    return html`
      <button part="button" type="button" aria-disabled=${atStart ? 'true' : 'false'} @click=${() => this.#go(-1)}>
        <span aria-hidden="true">←</span> Previous<span class="word"> event</span>
      </button>
      <span part="count" class="count" aria-hidden="true">${this.total ? (this.current < 0 ? 'Overview' : `${this.current + 1} / ${this.total}`) : ''}</span>
      <button part="button" type="button" aria-disabled=${atEnd ? 'true' : 'false'} @click=${() => this.#go(1)}>
        Next<span class="word"> event</span> <span aria-hidden="true">→</span>
      </button>
    `;
  }

  static override styles = [
    base,
    css`
      :host {
        container-type: inline-size;
        display: flex;
        align-items: center;
        justify-content: space-between;
        gap: 0.5rem;
      }
      button {
        font: inherit;
        font-weight: 600;
        min-height: 44px;
        min-width: 44px;
        padding: 0.4rem 0.9rem;
        border-radius: 8px;
        border: 1.5px solid var(--_accent);
        background: var(--_accent);
        color: var(--_on-accent);
        cursor: pointer;
      }
      button[aria-disabled='true'] {
        background: transparent;
        color: var(--_muted);
        border-color: var(--_line);
        cursor: not-allowed;
      }
      button {
        white-space: nowrap;
      }
      .count {
        font-variant-numeric: tabular-nums;
        color: var(--_muted);
        white-space: nowrap;
      }
      /* Short of room (a phone's sheet, a narrow embed): "← Previous" and
         "Next →", their names still "Previous event" and "Next event". */
      @container (max-width: 359px) {
        button {
          padding: 0.4rem 0.6rem;
        }
        .word {
          position: absolute;
          width: 1px;
          height: 1px;
          overflow: hidden;
          clip-path: inset(50%);
          white-space: nowrap;
        }
      }
    `,
  ];
}

customElements.define('step-controls', StepControls);

declare global {
  interface HTMLElementTagNameMap {
    'step-controls': StepControls;
  }
}
