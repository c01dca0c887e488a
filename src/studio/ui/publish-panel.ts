/**
 * Publishing the draft: the file to download, the steps that put it on the
 * app's site or into a build, the embed codes (written by the share
 * dialog's own functions), and a preview link that opens the draft in the
 * reader's view in this browser.
 */
import { html, nothing } from 'lit';
import { shareCodes } from '../../components/share-dialog/embed-codes.ts';

export interface PublishInfo {
  readonly id: string;
  readonly title: string;
  readonly valid: boolean;
  readonly errors: number;
  /** The app's folder: where edit.html is served. */
  readonly appBase: string;
  download(): void;
}

/** The reader's view of the draft kept in this browser. */
export const previewHref = () => new URL('edit.html?view=reader', document.baseURI).href;

function codeBlock(label: string, code: string) {
  const id = `code-${label.replace(/\W+/g, '-').toLowerCase()}`;
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <textarea id=${id} readonly rows="4" .value=${code}></textarea>
    <button type="button" @click=${(e: Event) => {
      const button = e.currentTarget as HTMLButtonElement;
      void navigator.clipboard?.writeText(code).then(
        () => (button.textContent = 'Copied'),
        () => (button.textContent = 'Select the code and copy it'),
      );
    }}>Copy</button>
  </div>`;
}

export function publishPanel(info: PublishInfo) {
  const file = `${info.id || 'journey'}.json`;
  let codes: ReturnType<typeof shareCodes> | undefined;
  try {
    codes = shareCodes({ appBase: info.appBase, journey: info.id, journeyTitle: info.title, eventId: '', time: Number.NaN });
  } catch {
    codes = undefined;
  }
  return html`<section class="form-section publish" aria-labelledby="h-publish">
    <h2 id="h-publish">Publish</h2>
    ${info.valid ? nothing : html`<p class="field-problem" role="note">The journey has ${info.errors} error${info.errors === 1 ? '' : 's'}: readers can’t open it until they are fixed (see Checks).</p>`}
    <h3>1. Download the file</h3>
    <p><button type="button" class="primary" @click=${info.download}>Download ${file}</button></p>
    <h3>2. Preview it as readers will see it</h3>
    <p><a href=${previewHref()} target="_blank" rel="noopener">Open the draft in the reader view</a> (a new tab, in this browser only: nobody else can open this link).</p>
    <h3>3. Put it on the site</h3>
    <ol class="steps">
      <li>Check it: <code>npm run validate -- ${file}</code> (the same checks as here).</li>
      <li>Without a rebuild: copy <code>${file}</code> into the <code>journeys/</code> folder of the served app; it opens at <code>?journey=${info.id}</code>.</li>
      <li>With every build: add it to <code>data/journeys/</code> in the repository and run <code>npm run build</code>; the build copies it to <code>dist/journeys/</code>.</li>
    </ol>
    <h3>4. Embed it in an article</h3>
    <p class="help">Once the file is on the site (or an allowed origin). To start at an event, or change the height and theme, use Share on the published page.</p>
    ${codes ? html`${codeBlock('Link for readers', codes.pageLink)} ${codeBlock('iframe embed code', codes.iframeCode)} ${codeBlock('Script and element embed code', codes.elementCode)}` : nothing}
  </section>`;
}
