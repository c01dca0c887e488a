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
    rollupOptions: {
      input: {
        index: 'index.html',
        embed: 'embed.html',
        'diplomatic-journey': 'src/embed/diplomatic-journey.ts',
        resize: 'src/embed/resize.ts',
      },
      output: {
        // The two files news pages link to keep stable, unhashed URLs.
        entryFileNames: (chunk) =>
          chunk.name === 'resize' || chunk.name === 'diplomatic-journey' ? 'embed/[name].js' : 'assets/[name]-[hash].js',
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'test/unit/**/*.test.ts'],
    environment: 'node',
  },
});
