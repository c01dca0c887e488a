/// <reference types="vitest/config" />
import { readdirSync, readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { minifyCssLiterals } from './src/build/minify-css-literals.ts';

/**
 * `journeys/` beside the pages, where `?journey=<name>` looks
 * (`resolveJourneyUrl`, src/journey/load.ts): the build copies every
 * `data/journeys/*.json` there as it is, and the dev server serves them from
 * `data/journeys/`. An editor publishes another journey by copying its file
 * into `dist/journeys/`, with no rebuild.
 */
function journeysFolder(): Plugin {
  const dir = 'data/journeys';
  const names = () => readdirSync(dir).filter((f) => /^[a-z0-9][a-z0-9-]*\.json$/.test(f));
  return {
    name: 'journeys-folder',
    generateBundle() {
      for (const file of names()) this.emitFile({ type: 'asset', fileName: `journeys/${file}`, source: readFileSync(`${dir}/${file}`) });
    },
    configureServer(server) {
      server.middlewares.use('/journeys/', (req, res, next) => {
        const file = names().find((f) => `/${f}` === (req.url ?? '').split('?')[0]);
        if (!file) return next();
        res.setHeader('content-type', 'application/json');
        res.end(readFileSync(`${dir}/${file}`));
      });
    },
  };
}

const FIRST_PAINT =
  /[\\/](src[\\/](journey|components[\\/](journey-story|event-card|journey-itinerary|step-controls|time-slider))|node_modules[\\/](@turf|lit|@lit|lit-html|lit-element))[\\/]/;
/**
 * Loaded after the first paint, or only when needed. The validator and its
 * schema load beside the journey's fetch (see journey/load.ts).
 */
// A new file of the validator's must match here too (or be named *-checks.ts),
// or it drags valibot and the schema into the first bundle; the budget test
// (test/budgets) says so when it happens.
const LAZY = /(url-hash-controller|file-drop-controller|bottom-sheet-controller|embed-layout\.styles|print\.styles|playback-loop|validate|schema|parse-items|hints|[a-z-]+-checks|time-zone-inference|problem)\.ts$/;

export default defineConfig({
  // Relative asset URLs, so dist/ works from any folder on any static server.
  base: './',
  plugins: [journeysFolder(), minifyCssLiterals()],
  build: {
    target: 'es2022',
    // Journey files and basemap data stay files: never inlined into the JavaScript.
    assetsInlineLimit: (file) => (file.endsWith('.json') || file.endsWith('.geojson') ? false : undefined),
    chunkSizeWarningLimit: 1200,
    // Every browser that runs MapLibre 6 supports modulepreload.
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: {
        index: 'index.html',
        embed: 'embed.html',
        edit: 'edit.html',
        'diplomatic-journey': 'src/embed/diplomatic-journey.ts',
        resize: 'src/embed/resize.ts',
      },
      output: {
        // The two files news pages link to keep stable, unhashed URLs.
        // The story's first-paint code (journey logic, Turf, Lit, valibot, the
        // main components) stays in one chunk: otherwise lazy parts that share
        // some of it would split it into several small ones.
        manualChunks: (id: string) => (FIRST_PAINT.test(id) && !LAZY.test(id) ? 'journey-story' : undefined),
        entryFileNames: (chunk) =>
          chunk.name === 'resize' || chunk.name === 'diplomatic-journey' ? 'embed/[name].js' : 'assets/[name]-[hash].js',
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'test/unit/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/*.browser.test.ts'],
    environment: 'node',
  },
});
