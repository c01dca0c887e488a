/**
 * Stop markers: one real `<button>` per place where something happens, so
 * every stop can be reached with Tab and activated with Enter or Space. Its
 * accessible name says where and what ("Kremlin — Talks with Putin").
 *
 * MapLibre positions the buttons; it is handed in as `place` so this module
 * has no map code of its own.
 */
import type { Journey, StoryEvent } from '../../journey/model.ts';
import { eventsAt } from '../../journey/model.ts';
import { placeAnchor } from '../../journey/geometry.ts';

interface Placed {
  remove(): unknown;
}

export class StopMarkers {
  readonly #buttons = new Map<string, HTMLButtonElement>();
  readonly #placed: Placed[] = [];

  constructor(
    journey: Journey,
    onSelect: (placeId: string) => void,
    place: (element: HTMLElement, lngLat: [number, number]) => Placed,
  ) {
    const seen = new Set<string>();
    // In story order, so Tab follows the journey.
    for (const step of journey.events) {
      const p = step.place;
      if (seen.has(p.id)) continue;
      seen.add(p.id);
      const anchor = placeAnchor(p);
      // A place with no geometry, or an area (precision "region", e.g. the never-named "Europe"), is never
      // a numbered point: the area's outline is drawn by the layers (issue 14).
      if (!anchor || p.properties.precision === 'region') continue;
      const here = eventsAt(journey, p.id);
      const button = document.createElement('button');
      button.type = 'button';
      button.className = `stop precision-${p.properties.precision}`;
      button.dataset.place = p.id;
      button.setAttribute('aria-label', `${p.properties.names.en} — ${here.map((e) => e.event.title).join('; ')}`);
      const dot = document.createElement('span');
      dot.className = 'stop-dot';
      dot.textContent = String(step.index + 1);
      dot.setAttribute('aria-hidden', 'true');
      const label = document.createElement('span');
      label.className = 'stop-label';
      label.textContent = p.properties.names.en;
      label.setAttribute('aria-hidden', 'true');
      button.append(dot, label);
      button.addEventListener('click', () => onSelect(p.id));
      this.#buttons.set(p.id, button);
      this.#placed.push(place(button, [anchor[0] as number, anchor[1] as number]));
    }
  }

  /** Marks the current step's stop and shows its number. */
  setCurrent(step: StoryEvent | undefined): void {
    for (const [placeId, button] of this.#buttons) {
      const current = placeId === step?.place.id;
      button.classList.toggle('is-current', current);
      if (current) {
        button.setAttribute('aria-current', 'step');
        (button.querySelector('.stop-dot') as HTMLElement).textContent = String((step?.index ?? 0) + 1);
      } else button.removeAttribute('aria-current');
    }
  }

  destroy(): void {
    for (const p of this.#placed) p.remove();
    this.#placed.length = 0;
    this.#buttons.clear();
  }
}
