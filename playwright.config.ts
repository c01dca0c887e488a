import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './test/support/chromium.ts';

// PW_PORT lets two runs share a machine (each needs its own preview server).
const PORT = Number(process.env.PW_PORT) || 4174;
/** PW_DIST serves another build than dist/ (a second working copy's). */
const DIST = process.env.PW_DIST ? ` --outDir ${process.env.PW_DIST}` : '';

/**
 * Browser tests run in Debian's Chromium (Playwright can't download its own
 * here), against the built app in dist/ served by `vite preview`.
 */
export default defineConfig({
  testDir: 'test/browser',
  outputDir: 'test-results/playwright',
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    timezoneId: 'America/New_York',
    locale: 'en-GB',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS],
    },
  },
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort${DIST}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
