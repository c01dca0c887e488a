/**
 * Pieces of the story's template and input handling that don't need its
 * state: the file picker, the list of every source, and which step a key asks
 * for.
 */
import { html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { JourneyMeta } from '../../journey/schema.ts';
import { zoneCity } from '../../journey/time.ts';
import type { ZoneMode } from './url-hash-controller.ts';
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

export type KeyAction = { readonly step: number } | 'help' | undefined;

/**
 * What a key press inside the story asks for: a step (← → Home End), the
 * shortcuts list (?), or nothing. Keys typed into fields, and arrow keys on
 * the map canvas (which pans with them), are left alone.
 */
export function keyAction(e: KeyboardEvent, index: number, last: number): KeyAction {
  if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return undefined;
  const path = e.composedPath();
  const inField = path.some((n) => n instanceof HTMLElement && (n.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(n.tagName)));
  if (inField) return undefined;
  if (e.key === '?') return 'help';
  if (e.shiftKey) return undefined;
  if (path.some((n) => n instanceof HTMLElement && n.classList.contains('maplibregl-canvas'))) return undefined;
  const target = { ArrowLeft: index - 1, ArrowRight: index + 1, Home: 0, End: last }[e.key];
  return target === undefined ? undefined : { step: Math.max(0, Math.min(last, target)) };
}

/** The basemap style: the one given, or the embedded one for the theme. */
export function basemapUrl(basemap: string, theme: string, base: string): string {
  if (basemap) return new URL(basemap, document.baseURI).href;
  const dark = theme === 'dark' || (theme === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches);
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
  /** Offer "Open a journey file…" (the standalone page). */
  readonly openFile: ((file: File) => void) | undefined;
  /** Offer "Share", with what the codes point at (the standalone page). */
  readonly share: { journey: string; eventId: string; time: number; theme: string; open: () => void } | undefined;
}

/** The title bar: title, file and share controls, and the journey's summary. */
export function storyHeader(meta: JourneyMeta, options: HeaderOptions) {
  const { openFile, share } = options;
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
      <summary>About this journey</summary>
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
