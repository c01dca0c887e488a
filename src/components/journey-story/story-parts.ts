/**
 * Pieces of the story's template and input handling that don't need its
 * state: the file picker, the list of every source, and which step a key asks
 * for.
 */
import { html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { JourneyMeta } from '../../journey/schema.ts';
import { zoneCity } from '../../journey/time.ts';
import type { StoryKey, ZoneMode } from '../../journey/story-state.ts';
import type { LoadResult } from '../../journey/load.ts';
import type { Journey } from '../../journey/model.ts';
import { formatTime } from '../../journey/time.ts';

/** A button that opens the file picker; the input itself is labelled for assistive technology. */
export function filePicker(label: string, open: (file: File) => void) {
  return html`<span class="open-file">
    <button type="button" @click=${(e: Event) => ((e.currentTarget as HTMLElement).nextElementSibling as HTMLInputElement).click()}>
      ${label}…
    </button>
    <input
      class="visually-hidden"
      type="file"
      tabindex="-1"
      aria-label=${label}
      accept=".json,.geojson,application/json,application/geo+json"
      @change=${(e: Event) => {
        const input = e.target as HTMLInputElement;
        const file = input.files?.[0];
        input.value = '';
        if (file) open(file);
      }}
    />
  </span>`;
}

/**
 * The key a press inside the story stands for (← → Home End ?), or nothing.
 * Keys typed into fields, and arrow keys on the map canvas (which pans with
 * them), are left alone.
 */
export function storyKey(e: KeyboardEvent): StoryKey | undefined {
  if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return undefined;
  const path = e.composedPath();
  const inField = path.some((n) => n instanceof HTMLElement && (n.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(n.tagName)));
  if (inField) return undefined;
  if (e.key === '?') return '?';
  if (e.shiftKey) return undefined;
  if (path.some((n) => n instanceof HTMLElement && n.classList.contains('maplibregl-canvas'))) return undefined;
  return e.key === 'ArrowLeft' || e.key === 'ArrowRight' || e.key === 'Home' || e.key === 'End' ? e.key : undefined;
}

/** The basemap style: the one given, or the embedded one for the theme (`systemDark`: what `auto` follows). */
export function basemapUrl(basemap: string, theme: string, base: string, systemDark: boolean): string {
  if (basemap) {
    // Not a URL: passed on as it is, for the map to refuse with a notice.
    try {
      return new URL(basemap, document.baseURI).href;
    } catch {
      return basemap;
    }
  }
  const dark = theme === 'dark' || (theme === 'auto' && systemDark);
  return new URL(dark ? 'basemap/style-dark.json' : 'basemap/style.json', base).href;
}

/**
 * Printed only: every event with its time, place and sources, in story order.
 * Built once per journey (guarded), not on every move of the slider.
 */
export function printSources(journey: Journey) {
  return guard([journey], () => printedSources(journey));
}

function printedSources(journey: Journey) {
  return html`<section class="print-only print-sources" aria-hidden="true">
    <h2>Events and their sources</h2>
    <ol>
      ${journey.events.map(
        (e) => html`<li>
          <strong>${e.event.title}</strong> — ${formatTime(e.event.start, e.place.properties.timeZone).full}, ${e.place.properties.names.en}
          <ul>
            ${e.event.sources.map((id) => {
              const s = journey.sources.get(id);
              return s ? html`<li>${s.publisher}${s.date ? ` (${s.date})` : ''}: ${s.title} — ${s.url}</li>` : '';
            })}
          </ul>
        </li>`,
      )}
    </ol>
  </section>`;
}

export interface HeaderOptions {
  /** Only a visually hidden title (embeds under the article's own headline). */
  readonly hidden: boolean;
  /** Offer "Open a journey file…" (the standalone page). */
  readonly openFile: ((file: File) => void) | undefined;
  /** Offer "Share", with what the codes point at (the standalone page). */
  readonly share: { journey: string; eventId: string; time: number; theme: string; open: () => void } | undefined;
}

/** The title bar: title, file and share controls, and the journey's summary. */
export function storyHeader(meta: JourneyMeta, options: HeaderOptions) {
  const { openFile, share } = options;
  if (options.hidden) return html`<h1 class="visually-hidden">${meta.title}</h1>`;
  return html`<header part="header">
    <h1>${meta.title}</h1>
    ${openFile ? filePicker('Open a journey file', openFile) : nothing}
    ${share
      ? html`<button class="share" type="button" aria-haspopup="dialog" @click=${share.open}>Share</button>
          <share-dialog
            journey=${share.journey}
            journey-title=${meta.title}
            event-id=${share.eventId}
            .time=${share.time}
            theme=${share.theme}
          ></share-dialog>`
      : nothing}
    <details class="about">
      <summary>About<span class="long">&nbsp;this journey</span></summary>
      <p>${meta.summary}</p>
    </details>
  </header>`;
}

/** "Show times in": each place's local time, the reader's, or UTC. */
export function zoneSelect(mode: ZoneMode, readerZone: string, change: (mode: ZoneMode) => void) {
  return html`<label class="zone-mode">
    Show times in
    <select aria-label="Show times in" @change=${(e: Event) => change((e.target as HTMLSelectElement).value as ZoneMode)}>
      <option value="local" ?selected=${mode === 'local'}>local time at each place</option>
      <option value="reader" ?selected=${mode === 'reader'}>your time (${zoneCity(readerZone)})</option>
      <option value="utc" ?selected=${mode === 'utc'}>UTC</option>
    </select>
  </label>`;
}

/** The overlay shown while a file is dragged over the story. */
export function dropHint(dragging: boolean) {
  return dragging ? html`<div class="drop-hint" aria-hidden="true">Drop a journey file to open it</div>` : nothing;
}

/** The story in place of a journey that could not be shown: its problems, and what the reader can do next. */
export function failure(result: Extract<LoadResult, { ok: false }>, actions: { retry: () => void; openFile: ((file: File) => void) | undefined }) {
  const retry = result.kind === 'network' || result.kind === 'timeout' || result.kind === 'status';
  return html`<journey-problems .problems=${result.problems} source=${result.url}>
    <div class="actions">
      ${retry ? html`<button type="button" @click=${actions.retry}>Try again</button>` : nothing}
      ${actions.openFile ? filePicker('Open another file', actions.openFile) : nothing}
    </div>
  </journey-problems>`;
}

/** What the sheet's toggle does from each state: its accessible name and the state a press goes to. */
const SHEET_STEPS = {
  peek: { name: 'Show more of the story', next: 'half' },
  half: { name: 'Show the whole story', next: 'full' },
  full: { name: 'Show less of the story', next: 'peek' },
} as const;

/**
 * On phones: the bottom sheet's toggle, a real button in the sheet's head
 * (which can also be dragged). A press goes peek → half → full → peek; ↑ and
 * ↓ move one state up or down. `aria-expanded` says whether the sheet shows
 * more than its top row.
 */
export function sheetToggle(state: 'peek' | 'half' | 'full', set: (state: 'peek' | 'half' | 'full') => void) {
  const order = ['peek', 'half', 'full'] as const;
  const key = (e: KeyboardEvent) => {
    const next = order[order.indexOf(state) + (e.key === 'ArrowUp' ? 1 : -1)];
    if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
    e.preventDefault();
    if (next) set(next);
  };
  return html`<button class="sheet-toggle" type="button" aria-expanded=${state !== 'peek'} @click=${() => set(SHEET_STEPS[state].next)} @keydown=${key}>
    <span class="visually-hidden">${SHEET_STEPS[state].name}</span><span class="chevron" aria-hidden="true"></span>
  </button>`;
}

/** In embeds, a part readers open when they want it (the itinerary): folded under a summary. */
export function folded(fold: boolean, summary: string, content: unknown) {
  return fold ? html`<details class="fold"><summary>${summary}</summary>${content}</details>` : content;
}

/** A part the reader asked for (Play, Share, the shortcuts) that could not load, with Try again. */
export function partFailure(problem: { readonly text: string; readonly retry: () => void } | undefined) {
  if (!problem) return nothing;
  return html`<p class="part-failure" role="alert">${problem.text} <button type="button" @click=${problem.retry}>Try again</button></p>`;
}

/** The warnings a view lists: every one for editors (`check`), for readers only those that change what is shown. */
export function shownWarnings<T extends { readonly reader?: string }>(warnings: readonly T[], check: boolean): readonly T[] {
  return check ? warnings : warnings.filter((w) => w.reader);
}

/** The list of warnings above the card, when there are any to show. */
export function warningsList(result: Extract<LoadResult, { ok: true }>, check: boolean) {
  const shown = shownWarnings(result.warnings, check);
  return shown.length ? html`<journey-problems mode=${check ? 'warnings' : 'notes'} .problems=${shown} source=${result.url}></journey-problems>` : nothing;
}
