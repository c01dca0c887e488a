import { html, nothing, svg } from 'lit';

/**
 * The line styles of the statuses (journey/line-style.ts), drawn the way the
 * map draws them (map/maplibre/journey-layers.ts): shared by the key on the
 * map (map-key.ts) and the full legend in the panel (map-legend.ts).
 */
export const LINE_SAMPLES = [
  { style: 'solid', short: 'Reported', label: 'Travelled (confirmed or reported)', dash: '', opacity: 1, cross: false },
  { style: 'dashed', short: 'Planned', label: 'Announced or planned', dash: '6 4', opacity: 1, cross: false },
  { style: 'dotted', short: 'Inferred', label: 'Inferred (not reported; the sources imply it)', dash: '0.1 5', opacity: 1, cross: false },
  { style: 'struck', short: 'Did not happen', label: 'Did not happen', dash: '2 5', opacity: 0.5, cross: true },
] as const;

/** One sample line, `width` px wide, in the current text colour. */
export function lineSample(sample: (typeof LINE_SAMPLES)[number], width = 36) {
  return html`<svg width=${width} height="12" aria-hidden="true">
    <line x1="2" y1="6" x2=${width - 2} y2="6" stroke="currentColor" stroke-width="3" stroke-dasharray=${sample.dash} stroke-linecap=${sample.dash.startsWith('0.1') ? 'round' : 'butt'} opacity=${sample.opacity}></line>
    ${sample.cross ? svg`<text x=${width / 2} y="10" font-size="11" text-anchor="middle" fill="currentColor">✕</text>` : nothing}
  </svg>`;
}
