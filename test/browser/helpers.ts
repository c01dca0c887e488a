import { expect, type Page } from '@playwright/test';

/** Fails loudly when the browser has no WebGL2: no run goes green without a map. */
export async function requireWebGL2(page: Page): Promise<void> {
  const ok = await page.evaluate(() => document.createElement('canvas').getContext('webgl2') !== null);
  expect(ok, 'WebGL2 is missing in this Chromium: the map cannot be tested. Check the SwiftShader flags in playwright.config.ts.').toBe(true);
}

const idleCount = (page: Page) => page.evaluate(() => performance.getEntriesByName('journey-map-idle').length);

/**
 * Poll intervals for waits on the map's state. Playwright's default backs off
 * to one probe a second, so a map that settles in 1.1 s is seen at 1.85 s;
 * over hundreds of steps that was minutes of CI. A probe is one evaluate.
 */
export const QUICK = [50, 50, 100, 100, 200];

/**
 * Opens a page of the app and waits until the map has settled for the first
 * time. A story with no deep link opens on its overview (issue 12); unless
 * `overview` is asked for, this then presses Start, as a reader would, and
 * waits for the first event, where most tests begin.
 */
export async function openStory(page: Page, path = './', { overview = false }: { overview?: boolean } = {}): Promise<void> {
  await page.goto(path);
  await requireWebGL2(page);
  await expect.poll(() => idleCount(page), { message: 'the map never reached idle', timeout: 30_000, intervals: QUICK }).toBeGreaterThan(0);
  if (overview) return;
  const start = page.getByRole('button', { name: /^Start: / });
  if (await start.count()) {
    // A cut, not a flight, to the first event: the test begins there, and need not wait seconds for the camera.
    const reduced = await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches);
    if (!reduced) await page.emulateMedia({ reducedMotion: 'reduce' });
    await settle(page, () => start.click());
    if (!reduced) await page.emulateMedia({ reducedMotion: null });
    await expect(cardTitle(page)).toBeVisible();
  }
}

/** Does something that moves the map, then waits for the map to settle again. */
export async function settle(page: Page, action: () => Promise<unknown>): Promise<void> {
  const before = await idleCount(page);
  await action();
  await expect.poll(() => idleCount(page), { message: 'the map did not settle after the step', timeout: 30_000, intervals: QUICK }).toBeGreaterThan(before);
  await expect(page.locator('journey-map-view')).toHaveAttribute('map-state', 'idle');
}

/** The current event card's title. */
export const cardTitle = (page: Page) => page.getByRole('article').getByRole('heading', { level: 2 });

/**
 * Waits for `count` animation frames in the page: for checks that nothing
 * moves on its own, a span of rendering rather than of wall-clock time.
 */
export async function frames(page: Page, count: number): Promise<void> {
  await page.evaluate(
    (n) =>
      new Promise<void>((resolve) => {
        let seen = 0;
        const next = () => (++seen >= n ? resolve() : requestAnimationFrame(next));
        requestAnimationFrame(next);
      }),
    count,
  );
}
