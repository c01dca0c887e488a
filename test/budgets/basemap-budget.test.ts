/**
 * Byte budget of the embedded basemap (issue 19), read from dist/basemap/:
 * whatever the view, a map up to 1280 × 800 CSS pixels loads at most 100 kB
 * of basemap, gzipped (style, schematic and tiles). MapLibre draws the
 * 512-px tiles of one zoom (the view's, floored), so such a view covers at
 * most 4 × 3 of them; the budget takes the heaviest 4 × 3 block of every
 * zoom. The bench measures what the opening view really loads.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

/** BUDGET_DIST reads another build than dist/ (a working copy's own). */
const dist = join(process.env.BUDGET_DIST ?? join(fileURLToPath(new URL('../..', import.meta.url)), 'dist'), 'basemap');
const BUDGET = 100_000;
/** 512-px tiles over 1280 × 800 px, with the view straddling tile edges. */
const BLOCK = { x: 4, y: 3 };

const gzip = (file: string) => {
  const bytes = readFileSync(file);
  return bytes.byteLength === 0 ? 0 : gzipSync(bytes, { level: 9 }).byteLength;
};

describe('basemap budget (read from dist/basemap; run `npm run build` first)', () => {
  it(`any view up to 1280 × 800 loads at most ${BUDGET / 1000} kB of basemap, gzipped`, () => {
    if (!existsSync(join(dist, 'style.json'))) throw new Error('dist/basemap/style.json is missing: run `npm run build` before the budgets.');
    const style = JSON.parse(readFileSync(join(dist, 'style.json'), 'utf8')) as { sources: Record<string, { type: string; tiles?: string[]; data?: unknown; maxzoom?: number }> };
    const tiled = Object.entries(style.sources).filter(([, s]) => s.type === 'vector' && s.tiles?.[0]);
    expect(tiled.length, 'the embedded basemap has no tiled source').toBeGreaterThan(0);
    // The style, and every GeoJSON file beside it that it names (the schematic), load whatever the view.
    const fixed = gzip(join(dist, 'style.json')) + Object.values(style.sources)
      .filter((s) => typeof s.data === 'string')
      .reduce((sum, s) => sum + gzip(join(dist, s.data as string)), 0);
    const worst: string[] = [];
    let heaviest = 0;
    for (const [id, source] of tiled) {
      for (let z = 0; z <= (source.maxzoom ?? 0); z++) {
        const n = 2 ** z;
        const size = Array.from({ length: n }, (_, x) => Array.from({ length: n }, (_, y) => gzip(join(dist, source.tiles![0]!.replace('{z}', String(z)).replace('{x}', String(x)).replace('{y}', String(y))))));
        let block = 0;
        // The world wraps east–west, not north–south.
        for (let x0 = 0; x0 < n; x0++) {
          for (let y0 = 0; y0 + Math.min(BLOCK.y, n) <= n; y0++) {
            let sum = 0;
            for (let dx = 0; dx < Math.min(BLOCK.x, n); dx++) for (let dy = 0; dy < Math.min(BLOCK.y, n); dy++) sum += size[(x0 + dx) % n]![y0 + dy]!;
            block = Math.max(block, sum);
          }
        }
        worst.push(`${id} z${z}: ${(block / 1000).toFixed(1)} kB`);
        heaviest = Math.max(heaviest, block);
      }
    }
    expect(fixed + heaviest, `style and GeoJSON ${(fixed / 1000).toFixed(1)} kB + the heaviest view's tiles (${worst.join(', ')})`).toBeLessThanOrEqual(BUDGET);
  });
});
