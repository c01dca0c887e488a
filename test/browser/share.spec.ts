import type { Server } from 'node:http';
import { expect, test } from '@playwright/test';
import { ARTICLE, articlePage, serveArticles } from './article-server.ts';
import { openStory } from './helpers.ts';

let server: Server | undefined;
const pages: Record<string, string> = {};
test.beforeAll(async () => {
  server = await serveArticles(pages);
});
test.afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

test.describe('the Share dialog', () => {
  test('offers a link and two embed codes that work when pasted into a blank page', async ({ page, browser }) => {
    await openStory(page, './#event=walk-red-square');
    await page.getByRole('button', { name: 'Share' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share and embed' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Copy link' })).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Copy iframe code' })).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Copy element code' })).toBeVisible();
    const link = await dialog.getByRole('textbox', { name: 'Link to this moment' }).inputValue();
    const iframeCode = await dialog.getByRole('textbox', { name: 'Iframe embed code' }).inputValue();
    const elementCode = await dialog.getByRole('textbox', { name: 'Script and element embed code' }).inputValue();
    expect(link).toMatch(/#event=walk-red-square&t=2025-12-02T\d\d:\d\d:\d\dZ$/);

    await dialog.getByRole('button', { name: 'Mobile preview' }).click();
    await expect(dialog.getByRole('button', { name: 'Mobile preview' })).toHaveAttribute('aria-pressed', 'true');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('button', { name: 'Share' })).toBeFocused();

    // Pasted into blank pages on another origin, each code works.
    pages['/pasted-iframe.html'] = articlePage(iframeCode, 1, 3);
    pages['/pasted-element.html'] = articlePage(elementCode, 1, 3);
    const reader = await browser.newPage();
    await reader.goto(`${ARTICLE}/pasted-iframe.html`);
    await expect(reader.frameLocator('iframe').getByRole('article').getByRole('heading', { level: 2 })).toHaveText('Walk in central Moscow and across Red Square');
    // A fixed height, which needs no script on the article's page.
    expect(iframeCode).not.toContain('resize.js');
    expect((await reader.locator('iframe').boundingBox())?.height).toBe(600);
    await reader.goto(`${ARTICLE}/pasted-element.html`);
    await expect(reader.locator('diplomatic-journey').getByRole('article').getByRole('heading', { level: 2 })).toHaveText(
      'Walk in central Moscow and across Red Square',
    );
    await reader.goto(link);
    await expect(reader.getByRole('article').getByRole('heading', { level: 2 })).toHaveText('Walk in central Moscow and across Red Square');
    await reader.close();
  });
});
