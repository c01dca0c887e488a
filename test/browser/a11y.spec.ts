import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openStory, settle } from './helpers.ts';

/** Serious and critical axe violations, as readable lines. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

test.describe('accessibility (axe-core)', () => {
  for (const theme of ['light', 'dark'] as const) {
    test(`no serious or critical violations on load and at every step, ${theme} theme`, async ({ page }) => {
      test.setTimeout(180_000);
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await openStory(page, `./?theme=${theme}`);
      expect(await violations(page)).toEqual([]);
      const next = page.getByRole('button', { name: 'Next event' });
      while ((await next.getAttribute('aria-disabled')) !== 'true') {
        await settle(page, () => next.click());
        expect(await violations(page), `at "${await page.getByRole('article').getByRole('heading', { level: 2 }).innerText()}"`).toEqual([]);
      }
    });
  }

  test('no serious or critical violations with the Share dialog open', async ({ page }) => {
    await openStory(page);
    await page.getByRole('button', { name: 'Share' }).click();
    await expect(page.getByRole('dialog', { name: 'Share and embed' })).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  test('no serious or critical violations in the error state', async ({ page }) => {
    await page.goto('./?journey=no-such-journey');
    await expect(page.getByRole('alert')).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
});
