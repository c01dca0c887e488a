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
    // The link comes first, for readers; the embed codes are folded below it, for editors.
    await expect(dialog.getByRole('button', { name: 'Copy iframe code' })).toBeHidden();
    await dialog.getByText('Embed this map in an article').click();
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

  test('the native share sheet where the browser has one, and embed options for editors', async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { __shared: unknown[] };
      w.__shared = [];
      Object.defineProperty(navigator, 'share', { value: async (data: unknown) => void w.__shared.push(data), configurable: true });
    });
    await openStory(page, './#event=walk-red-square');
    await page.getByRole('button', { name: 'Share' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share and embed' });
    await dialog.getByRole('button', { name: 'Share…' }).click();
    const shared = await page.evaluate(() => (window as unknown as { __shared: { url: string }[] }).__shared);
    expect(shared).toHaveLength(1);
    expect(shared[0]!.url).toMatch(/#event=walk-red-square&t=/);

    await dialog.getByText('Embed this map in an article').click();
    const code = dialog.getByRole('textbox', { name: 'Iframe embed code' });
    await expect(code).toHaveValue(/height:min\(600px,calc\(100svh - 48px\)\)/);
    await expect(code).not.toHaveValue(/resize\.js/);
    await dialog.getByRole('spinbutton', { name: 'Height (px)' }).fill('720');
    await dialog.getByRole('spinbutton', { name: 'Height (px)' }).press('Tab');
    await expect(code).toHaveValue(/height:min\(720px,.*height="720"/);
    await dialog.getByRole('combobox', { name: 'Start at' }).selectOption('overview');
    await expect(code).toHaveValue(/embed\.html\?event=overview"/);
    await expect(code).not.toHaveValue(/&amp;t=/);
    await dialog.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
    await dialog.getByRole('checkbox', { name: 'Show the title bar' }).uncheck();
    await expect(code).toHaveValue(/theme=dark&amp;chrome=0/);
    await dialog.getByRole('combobox', { name: 'Size' }).selectOption('full');
    await expect(code).toHaveValue(/layout=full[\s\S]*embed\/resize\.js/);
    await expect(dialog.getByRole('textbox', { name: 'Script and element embed code' })).toHaveValue(/<diplomatic-journey event="overview" theme="dark" layout="full">/);
    await expect(dialog.getByRole('spinbutton', { name: 'Height (px)' })).toBeDisabled();
    // The link stays the reader's: this moment on the full page.
    await expect(dialog.getByRole('textbox', { name: 'Link to this moment' })).toHaveValue(/#event=walk-red-square&t=/);
  });
});
