import { expect, test, type Page } from '@playwright/test';
import { openStory, QUICK } from './helpers.ts';

const idleCount = (page: Page) => page.evaluate(() => performance.getEntriesByName('journey-map-idle').length);
const mapView = (page: Page) => page.locator('journey-map-view');
/** The main map's canvas: MapLibre makes it the region named "Map of …". */
const mapCanvas = (page: Page) => page.getByRole('region', { name: /^Map of / });

/** The mean brightness (0 to 255) of the map region as drawn on screen. */
async function brightness(page: Page): Promise<number> {
  const png = await page.getByRole('region', { name: /^Map of / }).screenshot();
  return page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    let sum = 0;
    for (let i = 0; i < data.length; i += 4) sum += (data[i]! + data[i + 1]! + data[i + 2]!) / 3;
    return sum / (data.length / 4);
  }, png.toString('base64'));
}

test('switching the theme swaps the map’s style without rebuilding it', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openStory(page);
  await expect(mapView(page)).toHaveAttribute('data-style', /\/basemap\/style\.json$/);
  await expect(mapView(page)).toHaveAttribute('map-state', 'idle');
  expect(await mapCanvas(page).evaluate((e) => e.tagName)).toBe('CANVAS');
  const light = await brightness(page);
  await mapCanvas(page).evaluate((canvas) => ((window as unknown as { __canvas: Element }).__canvas = canvas));
  const before = await idleCount(page);

  await page.evaluate(() => {
    (document.querySelector('journey-story') as HTMLElement & { theme: string }).theme = 'dark';
  });
  await expect(mapView(page)).toHaveAttribute('data-style', /\/basemap\/style-dark\.json$/);
  await expect.poll(() => idleCount(page), { message: 'the map did not settle with the new style', timeout: 30_000, intervals: QUICK }).toBeGreaterThan(before);
  await expect(mapView(page)).toHaveAttribute('map-state', 'idle');

  // The same canvas: the map was not torn down and made again.
  await expect(mapCanvas(page)).toHaveCount(1);
  expect(await mapCanvas(page).evaluate((canvas) => canvas === (window as unknown as { __canvas: Element }).__canvas)).toBe(true);
  // The journey is still on it: its stop markers, and the current step's.
  await expect(page.getByRole('button', { name: /^\d+, Moscow Kremlin.*: .*Talks with Putin/, includeHidden: true })).toBeAttached();
  // And it looks dark now.
  await expect.poll(() => brightness(page), { timeout: 15_000 }).toBeLessThan(light - 40);
  expect(errors).toEqual([]);
});

test('moving the story to another parent keeps its map, which settles again', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openStory(page);
  await expect(mapView(page)).toHaveAttribute('map-state', 'idle');
  await mapCanvas(page).evaluate((canvas) => ((window as unknown as { __canvas: Element }).__canvas = canvas));
  const before = await idleCount(page);

  await page.evaluate(() => {
    const story = document.querySelector('journey-story')!;
    const box = document.createElement('section');
    box.setAttribute('aria-label', 'Moved here');
    document.body.append(box);
    box.append(story);
  });
  await expect(page.getByRole('region', { name: 'Moved here' }).locator('journey-story')).toHaveCount(1);
  await expect.poll(() => idleCount(page), { message: 'the map did not settle after the move', timeout: 30_000, intervals: QUICK }).toBeGreaterThan(before);
  await expect(mapView(page)).toHaveAttribute('map-state', 'idle');
  await expect(mapCanvas(page)).toHaveCount(1);
  await expect(mapCanvas(page)).toBeVisible();
  expect(await mapCanvas(page).evaluate((canvas) => canvas === (window as unknown as { __canvas: Element }).__canvas)).toBe(true);
  expect(errors).toEqual([]);
});

test('a story taken out of the page and put back gets its map again', async ({ page }) => {
  await openStory(page);
  await page.evaluate(() => {
    const story = document.querySelector('journey-story')!;
    (window as unknown as { __story: Element }).__story = story;
    story.remove();
  });
  // Out of the page long enough for the map to be removed.
  await expect(page.locator('journey-story')).toHaveCount(0);
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
  const before = await idleCount(page);
  await page.evaluate(() => document.body.append((window as unknown as { __story: Element }).__story));
  await expect.poll(() => idleCount(page), { message: 'the map did not come back', timeout: 30_000, intervals: QUICK }).toBeGreaterThan(before);
  await expect(mapView(page)).toHaveAttribute('map-state', 'idle');
  await expect(mapCanvas(page)).toHaveCount(1);
});
