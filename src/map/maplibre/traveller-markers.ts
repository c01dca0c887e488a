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

/** From the edge of a stop's 44 px target and a gap: a badge set further apart than this gets a leader line. */
const LEADER_FROM = 22 + 8;

/** A traveller shown on the map now. */
export interface ShownTraveller {
  readonly id: string;
  readonly element: HTMLElement;
  readonly lngLat: readonly [number, number];
  /** The box to keep clear around the disc (a last known place carries a question mark on its corner). */
  readonly size: number;
}

export class TravellerMarkers {
  readonly #items = new Map<string, { element: HTMLElement; leader: HTMLElement; lngLat: [number, number] | undefined; size: number }>();

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
      // Under every marker: a thin line in the traveller's colour from a badge set apart to where they are.
      const leader = document.createElement('div');
      leader.className = 'traveller-leader';
      leader.setAttribute('aria-hidden', 'true');
      leader.style.setProperty('--traveller-color', t.color);
      leader.hidden = true;
      layer.prepend(leader);
      this.#items.set(t.id, { element, leader, lngLat: undefined, size: BADGE_SIZE });
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
        item.leader.hidden = true;
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

  /**
   * Draws the line from a badge that the layout had to set apart (beyond
   * the first ring around a stop) to where the traveller is, so that the
   * reader still sees whose badge belongs where; hides it for a badge beside
   * its place. Points are in pixels from the map's top left.
   */
  lead(id: string, badge: { x: number; y: number }, at: { x: number; y: number }): void {
    const item = this.#items.get(id);
    if (!item) return;
    const length = Math.hypot(badge.x - at.x, badge.y - at.y) - BADGE_SIZE / 2;
    const apart = length > LEADER_FROM;
    if (item.leader.hidden === apart) item.leader.hidden = !apart;
    if (!apart) return;
    const angle = Math.atan2(badge.y - at.y, badge.x - at.x);
    item.leader.style.width = `${length.toFixed(1)}px`;
    item.leader.style.transform = `translate(${at.x.toFixed(1)}px, ${at.y.toFixed(1)}px) rotate(${angle.toFixed(4)}rad)`;
  }

  /** The travellers shown now, in the journey's order. */
  shown(): ShownTraveller[] {
    const out: ShownTraveller[] = [];
    for (const [id, { element, lngLat, size }] of this.#items) if (lngLat) out.push({ id, element, lngLat, size });
    return out;
  }

  destroy(): void {
    for (const { element, leader } of this.#items.values()) {
      element.remove();
      leader.remove();
    }
    this.#items.clear();
  }
}
