/**
 * WCAG 2.2 non-text contrast (1.4.11): route lines and markers need 3:1
 * against what they are drawn on. Routes are drawn in their traveller's
 * colour over a white casing (map/maplibre/journey-layers.ts), so a line must stand
 * out from the casing, and the casing from the basemap in both themes.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
};

const CASING = '#ffffff';
const style = (name: string) => JSON.parse(readFileSync(new URL(`../../public/basemap/${name}`, import.meta.url), 'utf8')) as {
  layers: { id: string; paint?: Record<string, unknown> }[];
};
const paint = (name: string, id: string, key: string) => style(name).layers.find((l) => l.id === id)?.paint?.[key] as string;
const dir = new URL('../../data/journeys/', import.meta.url);
const colours = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => (JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as { travellers: { name: string; color: string }[] }).travellers.map((t) => [`${f}: ${t.name}`, t.color] as const));

describe('route contrast', () => {
  it.each(colours)('%s (%s) stands out from its casing by at least 3:1', (_name, colour) => {
    expect(contrast(colour, CASING)).toBeGreaterThanOrEqual(3);
  });

  it.each([
    ['light land', paint('style.json', 'land', 'fill-color')],
    ['light water', paint('style.json', 'background', 'background-color')],
    ['dark land', paint('style-dark.json', 'land', 'fill-color')],
    ['dark water', paint('style-dark.json', 'background', 'background-color')],
  ])('the casing stands out from the %s by at least 3:1, or the line itself does', (_where, ground) => {
    for (const [, colour] of colours) expect(Math.max(contrast(CASING, ground), contrast(colour, ground))).toBeGreaterThanOrEqual(3);
  });
});
