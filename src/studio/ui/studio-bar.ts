/**
 * Two parts of the studio's page, as render functions: its top bar (title,
 * undo and redo, the saved state, start over) and the spreadsheet import
 * under the events.
 */
import { html, nothing } from 'lit';

export interface BarContext {
  readonly title: string;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** What the storage says, in words ('' for nothing yet). */
  readonly saved: string;
  undo(): void;
  redo(): void;
  startOver(): void;
}

export const studioBar = (c: BarContext) => html`
  <header class="studio-bar">
    <h1>Journey studio <span class="doc-title">· ${c.title}</span></h1>
    <div class="bar-actions">
      <button type="button" aria-keyshortcuts="Control+Z" ?disabled=${!c.canUndo} @click=${() => c.undo()}>Undo</button>
      <button type="button" aria-keyshortcuts="Control+Shift+Z" ?disabled=${!c.canRedo} @click=${() => c.redo()}>Redo</button>
      <span class="saved" aria-hidden="true">${c.saved}</span>
      <button type="button" @click=${() => c.startOver()}>Start over…</button>
    </div>
  </header>
`;

/** The CSV import: the template's link, the file button, and the problems of the last file, by row and column. */
export const csvImport = (problems: readonly string[], importFile: (file: File) => void) => html`<section class="form-section csv" aria-labelledby="h-csv">
  <h3 id="h-csv">Import events from a spreadsheet</h3>
  <p class="intro">One row per event, in the columns of the <a href="templates/journey-events.csv" download>CSV template</a>. Add the travellers first; places and sources are made from the rows.</p>
  <label class="file-button"><span>Import a CSV file…</span><input type="file" accept=".csv,text/csv" @change=${(e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) importFile(file);
  }} /></label>
  ${problems.length
    ? html`<div role="alert" class="import-problems"><p>Nothing was imported. Fix these rows and import the file again:</p><ul aria-label="CSV problems">${problems.map((p) => html`<li>${p}</li>`)}</ul></div>`
    : nothing}
</section>`;
