/**
 * Folding MapLibre's compact attribution to its (i) button. MapLibre opens
 * it at first and folds it only on a drag; on a small map the open
 * attribution would cover a good part of it (issue 12: at most 10% until the
 * reader opens it).
 */

/** Maps narrower or lower than this open with the attribution folded. */
const SMALL_MAP = { width: 640, height: 420 } as const;

/** True for a map too small to show its attribution open from the start. */
export function isSmallMap(container: HTMLElement): boolean {
  return container.clientWidth < SMALL_MAP.width || container.clientHeight < SMALL_MAP.height;
}

/**
 * Folds the compact attribution in `container` to its button, which still
 * opens it. The `<details>` element's `open` goes too, so that the button
 * says it is collapsed (MapLibre toggles the class and `open` together).
 */
export function foldAttribution(container: HTMLElement): void {
  const attribution = container.querySelector('.maplibregl-ctrl-attrib.maplibregl-compact-show');
  if (!attribution) return;
  attribution.classList.remove('maplibregl-compact-show');
  attribution.removeAttribute('open');
}
