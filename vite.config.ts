/// <reference types="vitest/config" />
import { defineConfig } from 'vite';

export default defineConfig({
  // Relative asset URLs, so dist/ works from any folder on any static server.
  base: './',
  build: {
    target: 'es2022',
    // Journey files and basemap data stay files: never inlined into the JavaScript.
    assetsInlineLimit: (file) => (file.endsWith('.json') || file.endsWith('.geojson') ? false : undefined),
    chunkSizeWarningLimit: 1200,
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'test/unit/**/*.test.ts'],
    environment: 'node',
  },
});
