import type { Server } from 'node:http';
import { expect, test, type Page } from '@playwright/test';
import { APP, ARTICLE, articlePage, serveArticles } from './article-server.ts';
import { frames, requireWebGL2 } from './helpers.ts';

const iframeCode = `<iframe src="${APP}/embed.html?event=geneva-talks" title="Witkoff and Kushner in Moscow (interactive map)" style="width:100%;border:0;" height="200"></iframe>
<script src="${APP}/embed/resize.js" async></script>`;
const elementCode = (attrs = '') => `<script type="module" src="${APP}/embed/diplomatic-journey.js"></script><diplomatic-journey ${attrs}></diplomatic-journey>`;

let server: Server;
test.beforeAll(async () => {
  server = await serveArticles({
    '/iframe.html': articlePage(iframeCode),
    '/element.html': articlePage(elementCode()),
    '/two.html': articlePage(`${elementCode('event="landing-vnukovo"')}<p>Between the two maps.</p><diplomatic-journey event="landing-vnukovo"></diplomatic-journey>`, 0, 4),
  });
});
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const idleCount = (page: Page) => page.evaluate(() => performance.getEntriesByName('journey-map-idle').length);

test.describe('embedding in a news page on another origin', () => {
  test('the iframe grows to fit its content, has no inner scrollbar, and follows a longer card', async ({ page }) => {
    await page.goto(`${ARTICLE}/iframe.html`);
    const iframe = page.locator('iframe');
    await expect.poll(async () => (await iframe.boundingBox())?.height ?? 0, { timeout: 20_000 }).toBeGreaterThan(600);
    const frame = page.frameLocator('iframe');
    await expect(frame.getByRole('article').getByRole('heading', { level: 2 })).toHaveText('US–Ukrainian talks in Geneva');
    // Cross-origin: read the inner height through the frame itself.
    const innerHeight = () => frame.locator('html').evaluate((html) => html.scrollHeight);
    const outerHeight = async () => Math.round((await iframe.boundingBox())?.height ?? 0);
    await expect.poll(async () => Math.abs((await innerHeight()) - (await outerHeight()))).toBeLessThanOrEqual(2);
    const before = await outerHeight();
    // The Kremlin talks card is longer (quote, several sources).
    await frame.getByRole('list', { name: 'Itinerary' }).getByRole('button', { name: /^Talks with Putin/ }).click();
    await expect(frame.getByRole('article').getByRole('heading', { level: 2 })).toHaveText('Talks with Putin in the Kremlin');
    await expect.poll(outerHeight).not.toBe(before);
    await expect.poll(async () => Math.abs((await innerHeight()) - (await outerHeight()))).toBeLessThanOrEqual(2);
  });

  test('the element renders the map in its shadow root, and its stop markers open their cards', async ({ page }) => {
    await page.goto(`${ARTICLE}/element.html`);
    await requireWebGL2(page);
    await expect.poll(() => idleCount(page), { timeout: 30_000 }).toBeGreaterThan(0);
    const canvasInShadow = await page.locator('diplomatic-journey').evaluate((el) => {
      const story = el.shadowRoot?.querySelector('journey-story');
      const view = story?.shadowRoot?.querySelector('journey-map-view');
      return Boolean(view?.shadowRoot?.querySelector('canvas'));
    });
    expect(canvasInShadow).toBe(true);
    const embed = page.locator('diplomatic-journey');
    await embed.getByRole('list', { name: 'Itinerary' }).getByRole('button', { name: /^Walk in central Moscow/ }).click();
    await embed.getByRole('button', { name: /^\d+, Moscow Kremlin.*: .*Talks with Putin/ }).click();
    await expect(embed.getByRole('article').getByRole('heading', { level: 2 })).toHaveText('Talks with Putin in the Kremlin');
    // An embed never writes the host page's URL.
    expect(page.url()).toBe(`${ARTICLE}/element.html`);
  });

  test('a wheel over the embedded map scrolls the article and does not zoom the map', async ({ page }) => {
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.goto(`${ARTICLE}/element.html`);
    await expect.poll(() => idleCount(page), { timeout: 30_000 }).toBeGreaterThan(0);
    const map = page.getByRole('region', { name: /^Map of / });
    await map.scrollIntoViewIfNeeded();
    await expect(page.locator('diplomatic-journey').locator('journey-map-view')).toHaveAttribute('map-state', 'idle');
    const box = (await map.boundingBox())!;
    const scrollBefore = await page.evaluate(() => scrollY);
    const idleBefore = await idleCount(page);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, 400);
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(scrollBefore);
    // Long enough for a zoom to start and end, had the wheel reached the map.
    await frames(page, 30);
    expect(await idleCount(page), 'the map moved under the wheel').toBe(idleBefore);
  });

  test('two embeds on one page work independently', async ({ page }) => {
    await page.goto(`${ARTICLE}/two.html`);
    const [first, second] = [page.locator('diplomatic-journey').nth(0), page.locator('diplomatic-journey').nth(1)];
    await expect(first.getByRole('article').getByRole('heading', { level: 2 })).toHaveText('Landing at Vnukovo-2');
    await expect(second.getByRole('article').getByRole('heading', { level: 2 })).toHaveText('Landing at Vnukovo-2');
    await first.getByRole('button', { name: 'Next event' }).click();
    await expect(first.getByRole('article').getByRole('heading', { level: 2 })).not.toHaveText('Landing at Vnukovo-2');
    await expect(second.getByRole('article').getByRole('heading', { level: 2 })).toHaveText('Landing at Vnukovo-2');
    // Keys act only inside the embed that has focus.
    await second.getByRole('button', { name: 'Previous event' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(second.getByRole('article').getByRole('heading', { level: 2 })).not.toHaveText('Landing at Vnukovo-2');
    const firstTitle = await first.getByRole('article').getByRole('heading', { level: 2 }).innerText();
    await page.keyboard.press('ArrowRight');
    await expect(first.getByRole('article').getByRole('heading', { level: 2 })).toHaveText(firstTitle);
  });
});
