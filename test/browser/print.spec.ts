import { expect, test } from '@playwright/test';
import { openStory } from './helpers.ts';

test('printing gives the title, the static map, and the full itinerary with times and sources', async ({ page }) => {
  await openStory(page);
  // Starting to print fetches the static map's code.
  expect(await page.evaluate(() => customElements.get('static-map'))).toBeUndefined();
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect.poll(() => page.evaluate(() => customElements.get('static-map') !== undefined), { timeout: 15_000 }).toBe(true);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('img', { name: /^Static map of / }).first()).toBeVisible();
  await expect(page.getByRole('region', { name: /^Map of / })).toBeHidden();
  const items = page.getByRole('list', { name: 'Itinerary' }).getByRole('listitem');
  await expect(items.first()).toBeVisible();
  await expect(items.first()).toContainText('2025');
  await expect(page.getByText('Events and their sources')).toBeVisible();
  await expect(page.getByText('https://tass.com/politics/2052373').first()).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});
