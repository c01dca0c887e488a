import { expect, test, type Page } from '@playwright/test';
import { openStory } from './helpers.ts';

/** Whether the page has fetched a chunk whose file name starts with `name`. */
const fetched = (page: Page, name: string) =>
  page.evaluate((n) => performance.getEntriesByType('resource').some((e) => new URL(e.name).pathname.split('/').pop()!.startsWith(n)), name);

test.describe('a reader whose connection drops after the page loaded', () => {
  test('can still play, share and list the shortcuts: their code came once the story was shown', async ({ page, context }) => {
    await openStory(page);
    for (const chunk of ['playback-loop-', 'share-dialog-', 'shortcuts-help-']) {
      await expect.poll(() => fetched(page, chunk), { message: `${chunk} was never prefetched` }).toBe(true);
    }
    await context.setOffline(true);
    const start = Number(await page.getByRole('slider', { name: 'Journey time' }).inputValue());
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await expect.poll(async () => Number(await page.getByRole('slider', { name: 'Journey time' }).inputValue())).toBeGreaterThan(start);
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await page.getByRole('button', { name: 'Share' }).click();
    await expect(page.getByRole('dialog', { name: 'Share and embed' })).toBeVisible();
    await page.getByRole('dialog', { name: 'Share and embed' }).getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    await expect(page.getByRole('dialog', { name: /shortcuts/i })).toBeVisible();
    await context.setOffline(false);
  });

  test('is told when a part could not be fetched, and can try again', async ({ page }) => {
    // The Share dialog's code can't be fetched (the connection dropped before it came).
    let blocked = true;
    await page.route(/share-dialog-[^/]*\.js(\?.*)?$/, (route) => (blocked ? route.abort('internetdisconnected') : route.continue()));
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await openStory(page);
    await page.getByRole('button', { name: 'Share' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Sharing could not be loaded: the connection may be down.' });
    await expect(alert).toBeVisible();
    blocked = false;
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('dialog', { name: 'Share and embed' })).toBeVisible();
    await expect(alert).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('is told when playback could not start, and the button reads Play again', async ({ page }) => {
    await page.route(/playback-loop-[^/]*\.js(\?.*)?$/, (route) => route.abort('internetdisconnected'));
    await openStory(page);
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Playback could not be loaded' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  });
});
