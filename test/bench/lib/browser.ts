/**
 * Headless Chromium for the benchmark: Debian's build (Playwright can't
 * download its own here), with software WebGL through SwiftShader, the same
 * flags as playwright.config.ts (test/support/chromium.ts).
 */
import { chromium, type Browser, type BrowserContext } from '@playwright/test';

import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../support/chromium.ts';

export { CHROMIUM_ARGS };

export const VIEWPORT = { width: 1280, height: 800 } as const;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
}

/** A fresh context per run: an empty cache, the viewport and locale of the browser tests. */
export function newContext(browser: Browser, options: { reducedMotion?: 'reduce' | 'no-preference' } = {}): Promise<BrowserContext> {
  return browser.newContext({
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    locale: 'en-GB',
    timezoneId: 'America/New_York',
    reducedMotion: options.reducedMotion ?? 'no-preference',
  });
}
