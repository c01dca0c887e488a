/**
 * Contrast of a traveller's colour against the basemaps it is drawn on
 * (WCAG 2.x relative luminance). Routes and markers are graphics, so the
 * bar is WCAG's 3:1 for non-text contrast (1.4.11). Pure.
 */

/** WCAG 1.4.11: graphical objects need 3:1 against what is next to them. */
export const MIN_GRAPHIC_CONTRAST = 3;

/** The relative luminance of `#rrggbb`, 0 (black) to 1 (white); NaN for anything else. */
export function luminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return Number.NaN;
  const [r, g, b] = [m[1], m[2], m[3]].map((c) => {
    const v = parseInt(c as string, 16) / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * The contrast ratio of two colours, 1 to 21.
 *
 * @example contrastRatio('#000000', '#ffffff') // 21
 */
export function contrastRatio(a: string, b: string): number {
  const [la, lb] = [luminance(a), luminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** One basemap's verdict on a colour. */
export interface ContrastCheck {
  readonly basemap: string;
  readonly background: string;
  readonly ratio: number;
  readonly ok: boolean;
}

/**
 * Checks a colour against each basemap's background.
 *
 * @example checkColour('#1f5fbf', [{ name: 'light', background: '#cfe0ea' }])[0].ok // true
 */
export function checkColour(colour: string, basemaps: readonly { name: string; background: string }[]): ContrastCheck[] {
  return basemaps.map(({ name, background }) => {
    const ratio = contrastRatio(colour, background);
    return { basemap: name, background, ratio, ok: ratio >= MIN_GRAPHIC_CONTRAST };
  });
}

/** A basemap style's background colour: its `background` layer's, or undefined when it has none as `#rrggbb`. */
export function styleBackground(style: unknown): string | undefined {
  const layers = (style as { layers?: unknown } | null)?.layers;
  if (!Array.isArray(layers)) return undefined;
  const layer = layers.find((l) => (l as { type?: unknown })?.type === 'background') as { paint?: Record<string, unknown> } | undefined;
  const colour = layer?.paint?.['background-color'];
  return typeof colour === 'string' && /^#[0-9a-f]{6}$/i.test(colour) ? colour : undefined;
}
