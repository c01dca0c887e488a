import { LitElement, css, html } from 'lit';
import { base } from '../theme.ts';

/** Every keyboard shortcut, as the help panel lists it. */
export const SHORTCUTS: readonly { keys: string; does: string }[] = [
  { keys: '← / →', does: 'Previous / next event (anywhere in the story except the map and the time slider)' },
  { keys: 'Home / End', does: 'The whole journey (overview) / last event' },
  { keys: 'Tab', does: 'Move between controls, stops on the map, and the itinerary' },
  { keys: 'Enter or Space', does: 'Open the focused stop or itinerary item' },
  { keys: 'On the time slider: ← / →', does: 'A small step back or forward in time' },
  { keys: 'On the time slider: Page Up / Page Down', does: 'Previous / next event' },
  { keys: 'On the time slider: Home / End', does: 'The start / end of the journey' },
  { keys: 'On the map: arrow keys, + / −', does: 'Pan and zoom the map' },
  { keys: '?', does: 'Show this list' },
  { keys: 'Escape', does: 'Close this list' },
];

/**
 * The keyboard shortcuts: a button that opens a dialog listing them. The
 * story also opens it when the reader presses "?".
 *
 * @csspart button - The button that opens the list.
 */
export class ShortcutsHelp extends LitElement {
  #opener: Element | null = null;

  /** Opens the list, remembering where focus was so it can go back there. */
  show(): void {
    const dialog = this.renderRoot.querySelector('dialog');
    if (!dialog || dialog.open) return;
    this.#opener = deepActiveElement();
    dialog.showModal();
  }

  #close(): void {
    this.renderRoot.querySelector('dialog')?.close();
  }

  #restoreFocus(): void {
    (this.#opener as HTMLElement | null)?.focus?.();
    this.#opener = null;
  }

  override render() {
    return html`
      <button part="button" type="button" aria-haspopup="dialog" @click=${() => this.show()}>Keyboard shortcuts <kbd aria-hidden="true">?</kbd></button>
      <dialog aria-labelledby="shortcuts-title" @close=${() => this.#restoreFocus()}>
        <h2 id="shortcuts-title">Keyboard shortcuts</h2>
        <table>
          <thead>
            <tr><th scope="col">Keys</th><th scope="col">What they do</th></tr>
          </thead>
          <tbody>
            ${SHORTCUTS.map((s) => html`<tr><th scope="row">${s.keys}</th><td>${s.does}</td></tr>`)}
          </tbody>
        </table>
        <button type="button" class="close" @click=${() => this.#close()}>Close</button>
      </dialog>
    `;
  }

  static override styles = [
    base,
    css`
      :host {
        display: block;
      }
      button {
        font: inherit;
        font-size: 0.9rem;
        min-height: 44px;
        padding: 0.2rem 0.8rem;
        border-radius: 6px;
        border: 1px solid var(--_line);
        background: var(--_bg);
        color: var(--_text);
        cursor: pointer;
      }
      kbd {
        border: 1px solid var(--_line);
        border-radius: 4px;
        padding: 0 0.35em;
        font-size: 0.85em;
      }
      dialog {
        max-width: min(36rem, calc(100vw - 2rem));
        border: 1px solid var(--_line);
        border-radius: 10px;
        background: var(--_card-bg);
        color: var(--_text);
        padding: 1rem 1.2rem;
      }
      dialog::backdrop {
        background: rgb(0 0 0 / 0.4);
      }
      h2 {
        margin: 0 0 0.6rem;
        font-size: 1.15rem;
      }
      table {
        border-collapse: collapse;
        font-size: 0.92rem;
      }
      th,
      td {
        text-align: left;
        vertical-align: top;
        padding: 0.3rem 0.6rem 0.3rem 0;
        border-bottom: 1px solid var(--_line);
      }
      thead th {
        color: var(--_muted);
        font-weight: 600;
      }
      tbody th {
        white-space: nowrap;
      }
      .close {
        margin-top: 0.8rem;
      }
    `,
  ];
}

/** The focused element, looking inside shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

customElements.define('shortcuts-help', ShortcutsHelp);

declare global {
  interface HTMLElementTagNameMap {
    'shortcuts-help': ShortcutsHelp;
  }
}
