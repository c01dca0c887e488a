/**
 * The studio's first screen: a new journey, a journey file from this
 * computer, or a copy of a journey the app ships with.
 */
import { html, nothing } from 'lit';

/** The journeys the build ships (data/journeys/), by name, each with its URL in this build. */
const BUNDLED: readonly { name: string; url: string }[] = Object.entries(
  import.meta.glob<string>('../../../data/journeys/*.json', { query: '?url', import: 'default', eager: true }),
)
  .map(([path, url]) => ({ name: path.replace(/^.*\/|\.json$/g, ''), url }))
  .sort((a, b) => a.name.localeCompare(b.name));

export interface StartActions {
  fresh(): void;
  open(file: File): void;
  copy(url: string, name: string): void;
}

export function startScreen(actions: StartActions, message: string) {
  return html`<section class="start" aria-labelledby="start-heading">
    <h1 id="start-heading">Journey studio</h1>
    <p class="lede">Write, check, preview and publish a journey in the browser. Nothing you write leaves this computer: your work is kept in this browser until you download it.</p>
    ${message ? html`<p class="start-message" role="alert">${message}</p>` : nothing}
    <div class="start-choices">
      <div class="choice">
        <h2>Start from a blank page</h2>
        <p>The forms take you through it: the journey, its travellers, places, sources and events.</p>
        <button type="button" class="primary" @click=${actions.fresh}>New journey</button>
      </div>
      <div class="choice">
        <h2>Open a journey file</h2>
        <p>A <code>.json</code> journey from your computer, to correct or extend it.</p>
        <label class="file-button">
          <span>Open a journey file…</span>
          <input type="file" accept=".json,.geojson,application/json,application/geo+json" @change=${(e: Event) => {
            const input = e.target as HTMLInputElement;
            const file = input.files?.[0];
            input.value = '';
            if (file) actions.open(file);
          }} />
        </label>
      </div>
      <div class="choice">
        <h2>Copy a journey of the app’s</h2>
        <p>To see how one is made, or to start from it.</p>
        <ul class="bundled">
          ${BUNDLED.map((j) => html`<li><button type="button" @click=${() => actions.copy(j.url, j.name)}>Copy “${j.name}”</button></li>`)}
        </ul>
      </div>
    </div>
  </section>`;
}
