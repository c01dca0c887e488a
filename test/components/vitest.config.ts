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
  // Pre-bundled before the first test, so that no test finds a new
  // dependency halfway and makes Vite reload the page.
  optimizeDeps: { include: ['lit', 'lit/directives/guard.js', 'vitest-browser-lit', 'valibot', '@turf/turf'] },
  test: {
    include: ['src/components/**/*.browser.test.ts'],
    allowOnly: false,
    // Lit's development build (what Vite serves) keeps its warnings about
    // real mistakes, such as a change scheduled during an update; only the
    // banner that it is the development build is left out.
    onConsoleLog: (log) => !log.includes('Lit is in dev mode'),
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
