import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { EMBED_HEIGHTS } from '../../options/story-options.ts';
import { DEFAULT_IFRAME_HEIGHT, shareCodes, type EmbedTheme, type ShareCodes } from './embed-codes.ts';
import { ShareDialogCloseEvent, type ShareDialogCloseReason } from './share-dialog-events.ts';
import { styles } from './share-dialog.styles.ts';

export { ShareDialogCloseEvent } from './share-dialog-events.ts';
export type { ShareDialogCloseReason } from './share-dialog-events.ts';

/** The three things a reader can copy. */
type CopyTarget = 'link' | 'iframe' | 'element';

/** What each copy button copies, its field's label, and the rest of its accessible name. */
const COPY_TARGETS: readonly { readonly id: CopyTarget; readonly heading: string; readonly hint: string; readonly label: string; readonly name: string }[] = [
  { id: 'link', heading: 'Share a link', hint: 'Opens the full map at this event and time.', label: 'Link to this moment', name: 'link' },
  {
    id: 'iframe',
    heading: 'Embed with an iframe',
    hint: 'Works in most publishing systems, with no script.',
    label: 'Iframe embed code',
    name: 'iframe code',
  },
  {
    id: 'element',
    heading: 'Embed with a script and element',
    hint: 'For pages that allow scripts: no frame, and it takes the page’s fonts and colours through --dj-* CSS properties.',
    label: 'Script and element embed code',
    name: 'element code',
  },
];

/** Preview widths: a common phone, and the article column. */
type PreviewWidth = 'mobile' | 'desktop';

/** What an editor chooses for the embed codes. */
interface EmbedChoices {
  /** Open on the current event (and time), or on the whole journey. */
  readonly start: 'event' | 'overview';
  readonly layout: 'fixed' | 'full';
  /** A fixed embed's height in px. */
  readonly height: number;
  readonly theme: EmbedTheme;
  /** Show the embed's title bar (off for articles whose headline says it). */
  readonly chrome: boolean;
}

/**
 * "Share and embed": a modal dialog. For readers, first, the link to the
 * current event and time, with Copy and, where the browser has one, its own
 * share sheet (`navigator.share`). For editors, folded below, the embed
 * codes (iframe, and script and element), each with Copy, written from the
 * editor's choices (start at this event or the overview, fixed height or the
 * long form, height, theme, title bar), and a live preview at phone or full
 * width.
 *
 * It opens with `show()` (or `open = true`) and closes with its Close button,
 * Escape, or `close()`; focus then goes back to whatever had it before.
 * The preview iframe exists only while the dialog is open.
 *
 * @event share-dialog-close - The dialog closed (ShareDialogCloseEvent; detail: reason).
 * @csspart dialog - The `<dialog>` element.
 * @csspart header - The title bar with the Close button.
 * @csspart close-button - The Close button.
 * @csspart copy-button - Each Copy button.
 * @csspart preview - The preview iframe.
 * @cssproperty --dj-bg - Dialog background.
 * @cssproperty --dj-card-bg - Background of the code fields and the preview stage.
 * @cssproperty --dj-text - Text colour.
 * @cssproperty --dj-muted - Secondary text colour.
 * @cssproperty --dj-line - Borders.
 * @cssproperty --dj-accent - Buttons and focus ring.
 * @cssproperty --dj-on-accent - Text on accent-coloured buttons.
 * @cssproperty --dj-font - Font family.
 */
export class ShareDialog extends LitElement {
  static override styles = styles;
  static override properties = {
    appBase: { attribute: 'app-base' },
    journey: {},
    journeyTitle: { attribute: 'journey-title' },
    eventId: { attribute: 'event-id' },
    time: { type: Number },
    theme: {},
    open: { type: Boolean, reflect: true },
    _preview: { state: true },
    _status: { state: true },
    _choices: { state: true },
  };

  /** The app's folder, an absolute URL ending in `/`. Defaults to the folder of the current page. */
  declare appBase: string;
  /** A journey's name (a file in journeys/) or a journey file's path; `''` for the default journey. */
  declare journey: string;
  /** The journey's title, for the iframe's title and the no-script link. */
  declare journeyTitle: string;
  /** The current event's id; `''` for none. */
  declare eventId: string;
  /** The moment shown, ms since the epoch; `NaN` (the default) leaves it out. */
  declare time: number;
  /** The embeds' colour theme; `light` (the default) is left out of the codes. */
  declare theme: EmbedTheme;
  /** Whether the dialog is showing. */
  declare open: boolean;
  declare _preview: PreviewWidth;
  declare _status: Readonly<Partial<Record<CopyTarget, { readonly text: string; readonly fallback: boolean }>>>;
  declare _choices: EmbedChoices;

  #codes: ShareCodes | undefined;
  #error = '';
  /** What had focus when the dialog opened, to give it back on close. */
  #opener: HTMLElement | undefined;
  #closeReason: ShareDialogCloseReason | undefined;
  /** Whether the `<dialog>` was shown and its closing is still to be handled. */
  #showing = false;

  constructor() {
    super();
    this.appBase = new URL('./', document.baseURI).href;
    this.journey = '';
    this.journeyTitle = '';
    this.eventId = '';
    this.time = Number.NaN;
    this.theme = 'light';
    this.open = false;
    this._preview = 'desktop';
    this._status = {};
    this._choices = { start: 'event', layout: 'fixed', height: DEFAULT_IFRAME_HEIGHT, theme: 'light', chrome: true };
  }

  /** Opens the dialog (modal). */
  show(): void {
    this.open = true;
  }

  /** Closes the dialog; focus goes back to what had it before. */
  close(): void {
    if (this.open) this.#closeReason = 'method';
    this.open = false;
  }

  get #dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  override willUpdate(changed: PropertyValues<this>): void {
    // The embeds' theme starts as the story's own.
    if (changed.has('theme')) this._choices = { ...this._choices, theme: this.theme };
    if (['appBase', 'journey', 'journeyTitle', 'eventId', 'time', 'theme', '_choices'].some((key) => changed.has(key as keyof ShareDialog))) {
      try {
        const { start, layout, height, theme, chrome } = this._choices;
        const target = { appBase: this.appBase, journey: this.journey, journeyTitle: this.journeyTitle, eventId: this.eventId, time: this.time };
        const here = shareCodes(target);
        const embeds = shareCodes({
          ...target,
          ...(start === 'overview' ? { eventId: 'overview', time: Number.NaN } : {}),
          theme,
          layout,
          height,
          hideChrome: !chrome,
        });
        // The link is the reader's: this moment, on the standalone page.
        this.#codes = { ...embeds, pageLink: here.pageLink };
        this.#error = '';
      } catch (error) {
        this.#codes = undefined;
        this.#error = error instanceof Error ? error.message : String(error);
      }
      // Old messages would describe old codes.
      this._status = {};
    }
    if (changed.has('open') && this.open) {
      this._status = {};
    }
  }

  override updated(changed: PropertyValues<this>): void {
    if (!changed.has('open')) return;
    const dialog = this.#dialog;
    if (!dialog) return;
    if (this.open && !dialog.open) {
      this.#opener = composedActiveElement();
      dialog.showModal();
      this.#showing = true;
    } else if (!this.open && dialog.open) {
      dialog.close();
      this.#finishClose();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A removed dialog fires no close event; don't hold on to the opener.
    this.#opener = undefined;
    this.#closeReason = undefined;
    this.#showing = false;
    this.open = false;
  }

  /** Escape: the browser closes the `<dialog>` itself, and `#onDialogClose` follows. */
  #onCancel(): void {
    this.#closeReason = 'escape';
  }

  /**
   * The `<dialog>` closed. Its close event comes a task later, so it is only
   * needed when the browser closed the dialog (Escape); one arriving after
   * the dialog was opened again is stale.
   */
  #onDialogClose(): void {
    if (this.#dialog?.open) return;
    this.#finishClose();
  }

  /** Every way of closing ends here, once. */
  #finishClose(): void {
    if (!this.#showing) return;
    this.#showing = false;
    const reason = this.#closeReason ?? 'method';
    this.#closeReason = undefined;
    this.open = false;
    const opener = this.#opener;
    this.#opener = undefined;
    if (opener?.isConnected) opener.focus();
    this.dispatchEvent(new ShareDialogCloseEvent(reason));
  }

  async #copy(target: CopyTarget, field: HTMLInputElement | HTMLTextAreaElement): Promise<void> {
    this._status = { ...this._status, [target]: { text: '', fallback: false } };
    let copied = false;
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(field.value);
      copied = true;
    } catch {
      // Clipboard refused (no permission, not a secure context): select the text for the reader to copy.
      field.focus();
      field.select();
    }
    const text = copied ? 'Copied' : `Press ${isApple() ? '⌘C' : 'Ctrl+C'} to copy`;
    this._status = { ...this._status, [target]: { text, fallback: !copied } };
  }

  override render() {
    return html`
      <dialog part="dialog" aria-labelledby="share-title" @cancel=${this.#onCancel} @close=${this.#onDialogClose}>
        <header part="header">
          <h2 id="share-title">Share and embed</h2>
          <button part="close-button" class="close" type="button" @click=${this.#onCloseClick}>
            <span aria-hidden="true">✕</span> Close
          </button>
        </header>
        <div class="body">${this.#codes ? this.#renderCodes(this.#codes) : html`<p class="error" role="alert">Sharing is not available: ${this.#error}</p>`}</div>
      </dialog>
    `;
  }

  #onCloseClick(): void {
    this.#closeReason = 'close-button';
    this.open = false;
  }

  #renderCodes(codes: ShareCodes) {
    const link = COPY_TARGETS[0] as (typeof COPY_TARGETS)[number];
    const { start, layout, height, theme, chrome } = this._choices;
    const choose = (change: Partial<EmbedChoices>) => (this._choices = { ...this._choices, ...change });
    const canShare = typeof navigator.share === 'function';
    return html`
      ${this.#renderCopySection(link, codes.pageLink, canShare ? html`<button class="native" type="button" @click=${() => this.#shareNatively(codes.pageLink)}>Share…</button>` : nothing)}
      <details class="editors">
        <summary>Embed this map in an article <span class="muted">(for editors)</span></summary>
        <fieldset>
          <legend>Embed options</legend>
          <label class="choice">Start at
            <select @change=${(e: Event) => choose({ start: (e.target as HTMLSelectElement).value as EmbedChoices['start'] })}>
              <option value="event" ?selected=${start === 'event'}>this event</option>
              <option value="overview" ?selected=${start === 'overview'}>the whole journey</option>
            </select>
          </label>
          <label class="choice">Size
            <select @change=${(e: Event) => choose({ layout: (e.target as HTMLSelectElement).value as EmbedChoices['layout'] })}>
              <option value="fixed" ?selected=${layout === 'fixed'}>fixed height (no script needed)</option>
              <option value="full" ?selected=${layout === 'full'}>long form, as tall as the story (needs its script)</option>
            </select>
          </label>
          <label class="choice">Height (px)
            <input
              type="number"
              min=${EMBED_HEIGHTS.min}
              max=${EMBED_HEIGHTS.max}
              step="10"
              ?disabled=${layout === 'full'}
              .value=${String(height)}
              @change=${(e: Event) => {
                const px = Math.round(Number((e.target as HTMLInputElement).value));
                if (px >= EMBED_HEIGHTS.min && px <= EMBED_HEIGHTS.max) choose({ height: px });
              }}
            />
          </label>
          <label class="choice">Theme
            <select @change=${(e: Event) => choose({ theme: (e.target as HTMLSelectElement).value as EmbedTheme })}>
              <option value="light" ?selected=${theme === 'light'}>light</option>
              <option value="dark" ?selected=${theme === 'dark'}>dark</option>
              <option value="auto" ?selected=${theme === 'auto'}>the reader's setting</option>
            </select>
          </label>
          <label class="check"><input type="checkbox" .checked=${chrome} @change=${(e: Event) => choose({ chrome: (e.target as HTMLInputElement).checked })} /> Show the title bar</label>
        </fieldset>
        ${COPY_TARGETS.slice(1).map((t) => this.#renderCopySection(t, t.id === 'iframe' ? codes.iframeCode : codes.elementCode))}
        <section aria-labelledby="preview-heading">
          <h3 id="preview-heading">Preview</h3>
          <p class="hint muted">The embed as readers will see it, at phone width (375 px) or the full width of this dialog.</p>
          <div class="toggle" role="group" aria-label="Preview width">
            ${this.#renderWidthButton('mobile', 'Mobile preview')} ${this.#renderWidthButton('desktop', 'Desktop preview')}
          </div>
          <div class="stage ${this._preview}">
            ${this.open
              ? html`<iframe part="preview" class="preview" title="Embed preview" src=${codes.embedUrl} height=${layout === 'full' ? 640 : height} allow="fullscreen"></iframe>`
              : nothing}
          </div>
        </section>
      </details>
    `;
  }

  /** The browser's own share sheet, where it has one; a reader who closes it has not failed. */
  async #shareNatively(url: string): Promise<void> {
    try {
      await navigator.share({ title: this.journeyTitle, url });
    } catch {
      // Cancelled, or refused: the link and Copy are right above.
    }
  }

  #renderCopySection(t: (typeof COPY_TARGETS)[number], value: string, extra: unknown = nothing) {
    const status = this._status[t.id];
    const field =
      t.id === 'link'
        ? html`<input id="${t.id}-field" type="text" readonly spellcheck="false" .value=${value} />`
        : html`<textarea id="${t.id}-field" readonly spellcheck="false" rows=${t.id === 'iframe' ? 5 : 4} .value=${value}></textarea>`;
    return html`
      <section aria-labelledby="${t.id}-heading">
        <h3 id="${t.id}-heading">${t.heading}</h3>
        <p class="hint muted">${t.hint}</p>
        <label for="${t.id}-field">${t.label}</label>
        <div class="field ${t.id === 'link' ? 'link' : 'code'}">
          ${field}
          <button part="copy-button" class="copy" type="button" @click=${(e: Event) => this.#onCopyClick(e, t.id)}>
            Copy<span class="visually-hidden"> ${t.name}</span>
          </button>
          ${extra}
        </div>
        <p class="status ${status?.fallback ? 'fallback' : 'muted'}" role="status">${status?.text ?? ''}</p>
      </section>
    `;
  }

  #onCopyClick(e: Event, target: CopyTarget): void {
    const field = (e.currentTarget as HTMLElement).parentElement?.querySelector<HTMLInputElement | HTMLTextAreaElement>('input, textarea');
    if (field) void this.#copy(target, field);
  }

  #renderWidthButton(width: PreviewWidth, label: string) {
    return html`<button type="button" aria-pressed=${this._preview === width ? 'true' : 'false'} @click=${() => (this._preview = width)}>${label}</button>`;
  }
}

/** The element that really has focus, looking inside open shadow roots. */
function composedActiveElement(): HTMLElement | undefined {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : undefined;
}

/** Apple keyboards copy with ⌘C. */
function isApple(): boolean {
  const platform = (navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData?.platform ?? navigator.platform;
  return /mac|iphone|ipad|ipod/i.test(platform);
}

customElements.define('share-dialog', ShareDialog);

declare global {
  interface HTMLElementTagNameMap {
    'share-dialog': ShareDialog;
  }
}
