import { expect, test } from '@playwright/test';
import { openStory, settle, cardTitle } from './helpers.ts';

test.describe('the basemap option', () => {
  test('a style that cannot load leaves the journey working, with a notice', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await openStory(page, './?basemap=no-such-style.json');
    await expect(page.getByRole('note')).toContainText('The background map could not be loaded');
    await expect(page.getByRole('button', { name: /^\d+, Moscow Kremlin.*: .*Talks with Putin/, includeHidden: true })).toBeAttached();
    await settle(page, () => page.getByRole('button', { name: 'Next event' }).click());
    await expect(cardTitle(page)).not.toHaveText('');
    expect(errors).toEqual([]);
  });

  test('another style URL is used instead of the embedded basemap; the journey still draws its own schematic context on it', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.route(
      (url) => url.pathname === '/newsroom/style.json',
      (route) =>
        route.fulfill({
          contentType: 'application/json',
          body: JSON.stringify({ version: 8, sources: {}, layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#ffeedd' } }] }),
        }),
    );
    await openStory(page, './?basemap=/newsroom/style.json#event=walk-red-square');
    expect(requested).toContain('/newsroom/style.json');
    expect(requested.filter((p) => p.endsWith('basemap/style.json'))).toEqual([]);
    await expect(page.getByRole('note')).toHaveCount(0);
    // The default journey's central Moscow comes from the journey (issue 17), credited as schematic.
    await expect(page.locator('.maplibregl-ctrl-attrib-inner')).toContainText('Central Moscow: schematic, not to scale');
  });
});
