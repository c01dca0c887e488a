/**
 * Traveller markers: a coloured disc per traveller at their position at the
 * current time. Each is an image with a name that says who and where
 * ("Witkoff and Kushner, between Hotel Metropol and Red Square"). Estimated
 * positions are drawn hollow and dashed, last known places faded with a
 * question mark; unknown positions are hidden (see `drawnPosition`).
 *
 * MapLibre positions the elements; it is handed in as `place`.
 */
import type { PositionMark } from '../../journey/describe.ts';

export interface TravellerMarkerState {
  readonly id: string;
  readonly label: string;
  readonly coordinates: readonly number[] | undefined;
  readonly mark: PositionMark;
  readonly color: string;
}

interface Placed {
  setLngLat(lngLat: [number, number]): unknown;
  remove(): unknown;
}

/** Small offsets so travellers at the same place sit side by side, in pixels. */
const SPREAD = 11;

export class TravellerMarkers {
  readonly #items = new Map<string, { element: HTMLElement; placed: Placed }>();

  constructor(
    travellers: readonly { id: string; name: string; color: string }[],
    place: (element: HTMLElement, lngLat: [number, number], offset: [number, number]) => Placed,
  ) {
    travellers.forEach((t, i) => {
      const element = document.createElement('div');
      element.className = 'traveller';
      element.setAttribute('role', 'img');
      element.setAttribute('aria-label', t.name);
      element.style.setProperty('--traveller-color', t.color);
      element.hidden = true;
      const initials = document.createElement('span');
      initials.setAttribute('aria-hidden', 'true');
      initials.textContent = t.name
        .split(/\s+|-/)
        .filter((w) => /^[A-Z]/.test(w))
        .map((w) => w[0])
        .join('')
        .slice(0, 2);
      element.append(initials);
      const angle = (i / Math.max(travellers.length, 1)) * 2 * Math.PI;
      const offset: [number, number] = [Math.round(Math.cos(angle) * SPREAD), Math.round(Math.sin(angle) * SPREAD)];
      this.#items.set(t.id, { element, placed: place(element, [0, 0], offset) });
    });
  }

  /** Moves, relabels and restyles every marker. */
  update(states: readonly TravellerMarkerState[]): void {
    for (const state of states) {
      const item = this.#items.get(state.id);
      if (!item) continue;
      const { element, placed } = item;
      if (!state.coordinates) {
        element.hidden = true;
        continue;
      }
      element.hidden = false;
      placed.setLngLat([state.coordinates[0] as number, state.coordinates[1] as number]);
      if (element.getAttribute('aria-label') !== state.label) element.setAttribute('aria-label', state.label);
      element.classList.toggle('estimated', state.mark === 'estimated');
      element.classList.toggle('last-known', state.mark === 'last-known');
    }
  }

  destroy(): void {
    for (const { placed } of this.#items.values()) placed.remove();
    this.#items.clear();
  }
}
