/**
 * Component tests: single Lit elements rendered in real Chromium through
 * Vitest's browser mode (Playwright provider). Each test file sits next to
 * its component as `<name>.browser.test.ts`; the root config's node-env unit
 * run leaves those out. `npm run test:components`.
 */
import { fileURLToPath } from 'node:url';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium.ts';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  // Nothing to pre-bundle at run time: the browser gets the sources as they
  // are, so a fresh `npm ci` runs without a dependency-optimiser reload.
  optimizeDeps: { include: ['lit', 'lit/directives/guard.js', 'vitest-browser-lit'] },
  test: {
    include: ['src/components/**/*.browser.test.ts'],
    allowOnly: false,
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({
        launchOptions: { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] },
        contextOptions: { locale: 'en-GB', timezoneId: 'America/New_York' },
      }),
      instances: [{ browser: 'chromium' }],
      viewport: { width: 1024, height: 768 },
      screenshotFailures: false,
    },
  },
});
