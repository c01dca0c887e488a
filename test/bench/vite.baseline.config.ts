/**
 * The benchmark's baseline page: bare MapLibre with the app's basemap (the
 * same public/ folder, so the same style and GeoJSON files), built by the
 * same Vite with the same build options as the app.
 *
 * `vite build --config test/bench/vite.baseline.config.ts` writes dist-bench/baseline/.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import app from '../../vite.config.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('./baseline/'),
  base: './',
  publicDir: here('../../public/'),
  logLevel: 'warn',
  build: {
    // The app's build options, but not its entries (pages and embed modules).
    target: app.build?.target,
    assetsInlineLimit: app.build?.assetsInlineLimit,
    chunkSizeWarningLimit: app.build?.chunkSizeWarningLimit,
    outDir: here('../../dist-bench/baseline/'),
    emptyOutDir: true,
  },
});
