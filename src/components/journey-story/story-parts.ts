/**
 * Pieces of the story's template and input handling that don't need its
 * state: the file picker, the list of every source, and which step a key asks
 * for.
 */
import { html } from 'lit';
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

/** Printed only: every event with its time, place and sources, in story order. */
export function printSources(journey: Journey) {
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
