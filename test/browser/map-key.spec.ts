/**
 * Issue 12, "A key on the map" and "Dark theme": the key on the map opens
 * and folds from the keyboard and names every traveller; in the dark theme
 * MapLibre's attribution, zoom buttons and scale bar are dark; on a phone
 * the attribution starts folded to its (i) button, covers at most a tenth
 * of the map, and the button opens it; the overview inset of a journey
 * across the date line looks at the Pacific, not at the far side of the
 * world.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openStory, settle } from './helpers.ts';

const PACIFIC = readFileSync(resolve('test/fixtures/pacific-date-line.json'), 'utf8');
const DEFAULT = JSON.parse(readFileSync(resolve('data/journeys/moscow-2025-12-02.json'), 'utf8')) as { travellers: { name: string }[] };

const mapView = (page: Page) => page.locator('journey-map-view');
const keyButton = (page: Page) => mapView(page).getByRole('button', { name: 'Key', exact: true });
/** MapLibre's (i): a <summary>, which has no ARIA role of its own, so it is found by its accessible name. */
const attributionButton = (page: Page) => mapView(page).getByLabel('Toggle attribution', { exact: true });

/** Relative luminance (0 black – 1 white) of a CSS rgb()/rgba() colour. */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const computed = (locator: Locator, property: string) => locator.evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), property);

test.describe('the key on the map', () => {
  test('opens and folds from the keyboard, and lists every traveller', async ({ page }) => {
    await openStory(page);
    const button = keyButton(page);
    // A wide map opens with the key open.
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    const travellers = mapView(page).getByRole('list', { name: 'Travellers' });
    for (const t of DEFAULT.travellers) await expect(travellers.getByRole('listitem').filter({ hasText: t.name })).toBeVisible();
    await expect(mapView(page).getByRole('list', { name: 'Lines and positions' })).toContainText('Did not happen');

    await button.focus();
    await page.keyboard.press('Enter');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(travellers).toBeHidden();
    await page.keyboard.press('Space');
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(travellers).toBeVisible();
  });

  test('on a phone, starts folded to its button and opens', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 667 });
    await openStory(page);
    const button = keyButton(page);
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(button).toBeVisible();
    await button.click();
    await expect(mapView(page).getByRole('list', { name: 'Travellers' })).toBeVisible();
  });
});

test.describe('dark theme on the map', () => {
  test('the attribution, the zoom buttons and the scale bar are dark', async ({ page }) => {
    await openStory(page, './?theme=dark');
    const attribution = mapView(page).locator('.maplibregl-ctrl-attrib');
    const scale = mapView(page).locator('.maplibregl-ctrl-scale');
    for (const [name, el] of [['attribution', attribution], ['scale bar', scale]] as const) {
      expect(luminance(await computed(el, 'background-color')), `the ${name} background is dark`).toBeLessThan(0.1);
    }
    // Every button group: the zoom buttons, and any other control on the map.
    const groups = await mapView(page).locator('.maplibregl-ctrl-group').evaluateAll((els) => els.map((el) => getComputedStyle(el).backgroundColor));
    expect(groups.length).toBeGreaterThan(0);
    for (const background of groups) expect(luminance(background), 'a control group’s background is dark').toBeLessThan(0.1);
    await expect(mapView(page).getByRole('button', { name: 'Zoom in' })).toBeVisible();
    // Its text is light, so it can still be read.
    expect(luminance(await computed(attribution, 'color'))).toBeGreaterThan(0.5);
    // The inset's frame is not a white line on a dark map.
    expect(luminance(await computed(mapView(page).locator('.inset'), 'border-top-color'))).toBeLessThan(0.5);
  });
});

test.describe('the attribution on a phone', () => {
  test('starts folded, covers at most a tenth of the map, and its button opens it', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 667 });
    await openStory(page);
    const button = attributionButton(page);
    await expect(button).toBeVisible();
    const map = await mapView(page).boundingBox();
    const box = await mapView(page).locator('.maplibregl-ctrl-attrib').boundingBox();
    expect(map && box).toBeTruthy();
    const share = (box!.width * box!.height) / (map!.width * map!.height);
    expect(share, 'the folded attribution covers at most 10% of the map').toBeLessThanOrEqual(0.1);
    // One (i), not a tiled row of them: the button's own background draws no image.
    expect(await computed(button, 'background-image')).toBe('none');

    await button.click();
    await expect(mapView(page).getByText('Natural Earth')).toBeVisible();
  });
});

test.describe('the overview inset across the date line', () => {
  test('looks at the journey’s part of the Pacific at every step, the short way across ±180°', async ({ page }) => {
    await page.route((url) => url.pathname === '/pacific-date-line.json', (route) => route.fulfill({ contentType: 'application/json', body: PACIFIC }));
    await openStory(page, './?journey=/pacific-date-line.json#event=arrive-suva');
    const inset = mapView(page).locator('.inset');
    const total = (JSON.parse(PACIFIC) as { events: unknown[] }).events.length;
    // Suva (178° E), Apia (172° W) and Honolulu (158° W): the inset's centre stays within 60° of the antimeridian.
    const insetLongitude = async () => Math.abs(Number((await inset.getAttribute('data-camera'))?.split(',')[0] ?? Number.NaN));
    for (let step = 1; step <= total; step++) {
      if (step > 1) await settle(page, () => page.getByRole('button', { name: /^Next/ }).click());
      await expect(page.getByRole('article')).toContainText(`Step ${step} of ${total}`);
      await expect.poll(insetLongitude, { message: `step ${step}: the inset looks at the Pacific` }).toBeGreaterThanOrEqual(120);
    }
  });
});
