/**
 * The picture at the top of README.md, taken from the built app on every
 * browser-test run (`npm test`, or `npm run screenshot` alone), so it shows
 * what the app looks like now. Commit it when it changes. It lives with the
 * tests because the tests make it; the top level of the repository is
 * reserved (see README, "Where things are").
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { cardTitle, openStory } from './helpers.ts';

const FILE = resolve('test/screenshots/readme-map.png');

test.use({ viewport: { width: 1200, height: 720 }, deviceScaleFactor: 1, timezoneId: 'Europe/Moscow', colorScheme: 'light' });

test('the README screenshot: the Moscow journey at the landing in Moscow', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openStory(page, './#event=landing-vnukovo');
  await expect(cardTitle(page)).toHaveText('Landing at Vnukovo-2');
  await expect(page.locator('journey-map-view')).toHaveAttribute('map-state', 'idle');
  // The overview inset draws after the main map's first idle: wait until two shots in a row agree.
  let png = await page.screenshot();
  await expect
    .poll(async () => {
      const previous = png;
      png = await page.screenshot();
      return png.equals(previous);
    }, { message: 'the page never stopped changing', timeout: 30_000 })
    .toBe(true);
  let before: Buffer | undefined;
  try {
    before = readFileSync(FILE);
  } catch {
    before = undefined;
  }
  // Rewritten only when a pixel changed, so an unchanged app leaves git clean.
  if (!before?.equals(png)) writeFileSync(FILE, png);
  expect(png.byteLength).toBeGreaterThan(10_000);
});
