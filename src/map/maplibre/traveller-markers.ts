/**
 * Traveller markers: a coloured disc per traveller at their position at the
 * current time. Each is an image with a name that says who and where
 * ("Witkoff and Kushner, between Hotel Metropol and Red Square"). Estimated
 * positions are drawn hollow and dashed, last known places faded with a
 * question mark; unknown positions are hidden (see `drawnPosition`).
 *
 * Where each disc goes on screen is decided with the stop markers, so that
 * none sits on another marker or a label (see StopMarkers.layout); this
 * module only keeps the elements and where each traveller is.
 */
import type { PositionMark } from '../../journey/describe.ts';
import { travellerInitials } from '../../journey/initials.ts';

export interface TravellerMarkerState {
  readonly id: string;
  readonly label: string;
  readonly coordinates: readonly number[] | undefined;
  readonly mark: PositionMark;
  readonly color: string;
}

/** The disc's width and height, in pixels. */
export const BADGE_SIZE = 24;

/** A traveller shown on the map now. */
export interface ShownTraveller {
  readonly id: string;
  readonly element: HTMLElement;
  readonly lngLat: readonly [number, number];
  /** The box to keep clear around the disc (a last known place carries a question mark on its corner). */
  readonly size: number;
}

export class TravellerMarkers {
  readonly #items = new Map<string, { element: HTMLElement; lngLat: [number, number] | undefined; size: number }>();

  constructor(travellers: readonly { id: string; name: string; color: string }[], layer: HTMLElement) {
    for (const t of travellers) {
      const element = document.createElement('div');
      element.className = 'traveller';
      element.setAttribute('role', 'img');
      element.setAttribute('aria-label', t.name);
      element.style.setProperty('--traveller-color', t.color);
      element.hidden = true;
      const text = document.createElement('span');
      text.setAttribute('aria-hidden', 'true');
      text.textContent = travellerInitials(t.name);
      element.append(text);
      layer.append(element);
      this.#items.set(t.id, { element, lngLat: undefined, size: BADGE_SIZE });
    }
  }

  /** Relabels and restyles every marker, and notes where each is; the stop markers' layout then places them. */
  update(states: readonly TravellerMarkerState[]): void {
    for (const state of states) {
      const item = this.#items.get(state.id);
      if (!item) continue;
      const { element } = item;
      if (!state.coordinates) {
        element.hidden = true;
        item.lngLat = undefined;
        continue;
      }
      element.hidden = false;
      item.lngLat = [state.coordinates[0] as number, state.coordinates[1] as number];
      item.size = state.mark === 'last-known' ? BADGE_SIZE + 10 : BADGE_SIZE;
      if (element.getAttribute('aria-label') !== state.label) element.setAttribute('aria-label', state.label);
      element.classList.toggle('estimated', state.mark === 'estimated');
      element.classList.toggle('last-known', state.mark === 'last-known');
    }
  }

  /** The travellers shown now, in the journey's order. */
  shown(): ShownTraveller[] {
    const out: ShownTraveller[] = [];
    for (const [id, { element, lngLat, size }] of this.#items) if (lngLat) out.push({ id, element, lngLat, size });
    return out;
  }

  destroy(): void {
    for (const { element } of this.#items.values()) element.remove();
    this.#items.clear();
  }
}
