/// <reference types="vitest/config" />
import { defineConfig } from 'vite';

const FIRST_PAINT =
  /[\\/](src[\\/](journey|components[\\/](journey-story|event-card|journey-itinerary|step-controls|time-slider))|node_modules[\\/](@turf|lit|@lit|lit-html|lit-element))[\\/]/;
/**
 * Loaded after the first paint, or only when needed. The validator and its
 * schema load beside the journey's fetch (see journey/load.ts).
 */
const LAZY = /(url-hash-controller|file-drop-controller|playback-loop|validate|schema|parse-items|hints|story-checks|time-zone-inference|problem)\.ts$/;

export default defineConfig({
  // Relative asset URLs, so dist/ works from any folder on any static server.
  base: './',
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
