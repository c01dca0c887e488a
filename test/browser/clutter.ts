/**
 * What the reader sees of the map's markers, and the check that none of them
 * overlaps another (issue 12, "No clutter"): used at every step by
 * cartography.spec and after splitting merged stops by map-markers.spec.
 */
import { expect, type Page } from '@playwright/test';

const mapView = (page: Page) => page.locator('journey-map-view');

export interface Rect {
  what: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * What the reader sees of the markers, as drawn: the dots of the markers
 * shown, the labels shown, and the traveller badges shown, each with its
 * box on the page; and the map's box.
 */
export async function drawn(page: Page): Promise<{ map: Rect; boxes: Rect[] }> {
  return mapView(page).evaluate((host) => {
    const root = host.shadowRoot!;
    const rect = (what: string, el: Element) => {
      const r = el.getBoundingClientRect();
      return { what, x: r.x, y: r.y, w: r.width, h: r.height };
    };
    const shown = (el: Element) => getComputedStyle(el).display !== 'none' && getComputedStyle(el).visibility !== 'hidden' && el.getBoundingClientRect().width > 0;
    const boxes = [
      ...[...root.querySelectorAll('.markers > .stop')].filter(shown).map((b) => rect(`dot ${b.getAttribute('aria-label')?.slice(0, 40)}`, b.querySelector('.stop-dot')!)),
      ...[...root.querySelectorAll('.markers > .stop-label')].filter(shown).map((l) => rect(`label "${l.textContent}"`, l)),
      ...[...root.querySelectorAll('.markers > .traveller')].filter(shown).map((t) => rect(`badge ${t.getAttribute('aria-label')?.slice(0, 40)}`, t)),
    ];
    return { map: rect('map', root.querySelector('.markers')!), boxes };
  });
}

const intersects = (a: Rect, b: Rect) => a.x < b.x + b.w - 0.5 && b.x < a.x + a.w - 0.5 && a.y < b.y + b.h - 0.5 && b.y < a.y + a.h - 0.5;
const onMap = (map: Rect) => (r: Rect) => intersects(r, map);

/** Fails with every pair of overlapping boxes, and every label not whole inside the map. */
export async function expectNoClutter(page: Page, where: string): Promise<void> {
  const { map, boxes } = await drawn(page);
  const seen = boxes.filter(onMap(map));
  const clashes: string[] = [];
  for (let i = 0; i < seen.length; i++) for (let j = i + 1; j < seen.length; j++) if (intersects(seen[i]!, seen[j]!)) clashes.push(`${seen[i]!.what} × ${seen[j]!.what}`);
  for (const label of seen.filter((b) => b.what.startsWith('label'))) {
    if (label.x < map.x || label.y < map.y || label.x + label.w > map.x + map.w || label.y + label.h > map.y + map.h) clashes.push(`${label.what} is cut by the map's edge`);
  }
  expect(clashes, where).toEqual([]);
}

