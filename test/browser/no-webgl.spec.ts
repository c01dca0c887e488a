import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import config from '../../playwright.config.ts';
import { cardTitle } from './helpers.ts';

// A browser with WebGL switched off.
const base = config.use?.launchOptions ?? {};
test.use({ launchOptions: { ...base, args: [...(base.args ?? []), '--disable-webgl', '--disable-3d-apis'] } });

test('without WebGL: no uncaught errors, a static map and the itinerary, and step-through works', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('./');
  expect(await page.evaluate(() => document.createElement('canvas').getContext('webgl2'))).toBeNull();
  await expect(page.getByRole('note')).toContainText('The interactive map is not available');
  await expect(page.getByRole('img', { name: /^Static map of / }).first()).toBeVisible();
  await expect(page.getByRole('list', { name: 'Itinerary' })).toBeVisible();
  // The overview first, then its Start.
  await page.getByRole('button', { name: /^Start: / }).click();
  const first = await cardTitle(page).innerText();
  await page.getByRole('button', { name: 'Next event' }).click();
  await expect(cardTitle(page)).not.toHaveText(first);
  await page.getByRole('list', { name: 'Itinerary' }).getByRole('button', { name: /^Talks with Putin/ }).click();
  await expect(cardTitle(page)).toHaveText('Talks with Putin in the Kremlin');
  await expect(page.getByRole('img', { name: /current stop is Moscow Kremlin/ }).first()).toBeAttached();
  expect(errors).toEqual([]);
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`),
  ).toEqual([]);
});
