/**
 * The map's own furniture beyond MapLibre's controls: the "Whole journey"
 * button, and the journey layers' colours matched to the basemap.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

/** A map control, under the zoom buttons, that goes back to the overview of the whole journey from any step. */
export function wholeJourneyControl(onOverview: () => void) {
  let box: HTMLElement | undefined;
  return {
    onAdd() {
      box = document.createElement('div');
      box.className = 'maplibregl-ctrl maplibregl-ctrl-group whole-journey';
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'whole-journey-button';
      const icon = document.createElement('span');
      icon.setAttribute('aria-hidden', 'true');
      icon.textContent = '⤢';
      const text = document.createElement('span');
      text.className = 'whole-journey-text';
      text.textContent = 'Whole journey';
      button.append(icon, text);
      button.title = 'Show the whole journey (Home)';
      button.addEventListener('click', () => onOverview());
      box.append(button);
      return box;
    },
    onRemove() {
      box?.remove();
    },
  };
}

/**
 * The routes' casing and the crosses' halo take the basemap's own background
 * colour, so they separate the lines from the map in a dark style as in a
 * light one (white on a dark map glares).
 */
export function matchBasemap(map: MapLibreMap): void {
  const background = map.getStyle().layers.find((l) => l.type === 'background') as { paint?: Record<string, unknown> } | undefined;
  const colour = background?.paint?.['background-color'];
  if (typeof colour !== 'string') return;
  // Written per feature, as in journey-layers.ts, so that the casing keeps sharing the solid lines' shader program.
  if (map.getLayer('journey-legs-casing')) map.setPaintProperty('journey-legs-casing', 'line-color', ['case', ['boolean', ['feature-state', 'active'], false], colour, colour]);
  if (map.getLayer('journey-legs-struck-marks')) map.setPaintProperty('journey-legs-struck-marks', 'text-halo-color', colour);
}
