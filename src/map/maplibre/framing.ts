/**
 * What the camera needs to know about the map on the page: its size, what
 * covers it, and how much room the step's label takes. Measured from the DOM;
 * the rules themselves are pure, in map/camera.ts.
 */
import { coveredBy, type Insets, type Viewport } from '../camera.ts';
import type { Scene } from '../scene.ts';

/** Everything drawn over the map that the camera keeps the focus clear of. */
export const OVERLAYS = '[data-map-overlay], .maplibregl-ctrl-top-left > *, .maplibregl-ctrl-top-right > *, .maplibregl-ctrl-bottom-left > *, .maplibregl-ctrl-bottom-right > *';

/**
 * The map's size and what covers it: the page's own cover (a bottom sheet)
 * and every overlay drawn over the map (controls, inset, key), each taken off
 * the side where it costs least (`coveredBy`).
 */
export function viewportOf(container: HTMLElement, inset: HTMLElement | undefined, covered: Insets): Viewport {
  const width = container.clientWidth;
  const height = container.clientHeight;
  const origin = container.getBoundingClientRect();
  const root = container.parentElement ?? container;
  const overlays = new Set([...root.querySelectorAll(OVERLAYS), ...(inset ? [inset] : [])]);
  const rects = [...overlays].map((el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left - origin.left, top: r.top - origin.top, right: r.right - origin.left, bottom: r.bottom - origin.top };
  });
  return { width, height, covered: coveredBy(width, height, rects, covered) };
}

/** Room for the step's place name to the right of its marker, in pixels (about 7 px a character, at most 220). */
export function labelWidth(scene: Scene): number {
  const name = scene.step?.place.properties.names.en ?? '';
  return name ? Math.min(220, 7 * name.length + 24) : 0;
}
