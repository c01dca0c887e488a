/**
 * The bundle budgets run after `npm run build` (they read dist/), so they
 * have their own config, apart from the unit tests that run before it.
 * `npm run test:budgets`.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['test/budgets/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
