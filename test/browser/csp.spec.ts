import type { Server } from 'node:http';
import { createServer } from 'node:http';
import { expect, test, type Page } from '@playwright/test';
import { APP, ARTICLE, ARTICLE_PORT, articlePage } from './article-server.ts';
import { CSP_APP, recordViolations, serveWithCsp } from './csp-server.ts';
import { cardTitle, QUICK, requireWebGL2, settle } from './helpers.ts';

/**
 * The policies README's Security section gives, with no 'unsafe-inline' (or
 * 'unsafe-eval') anywhere: the pages and the element must draw the map
 * under them with no violation at all.
 */
const PAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; worker-src 'self'; base-uri 'none'";
/** A news page's own policy with what the element needs added: the map's origin for its code, data and worker, and blob: for the worker. */
const hostPolicy = (workerSrc: string) => `default-src 'none'; script-src ${APP}; img-src data:; connect-src ${APP}; worker-src ${workerSrc}; base-uri 'none'`;

const idleCount = (page: Page) => page.evaluate(() => performance.getEntriesByName('journey-map-idle').length);
const expectIdle = async (page: Page) => {
  await requireWebGL2(page);
  await expect.poll(() => idleCount(page), { message: 'the map never reached idle', timeout: 30_000, intervals: QUICK }).toBeGreaterThan(0);
};

/** An article on the news site's origin, sent with `policy`; without the article helper's inline <style>, which the policy would (rightly) refuse. */
function serveArticle(policy: string): Promise<Server> {
  const html = articlePage(`<script type="module" src="${APP}/embed/diplomatic-journey.js"></script><diplomatic-journey></diplomatic-journey>`).replace(/<style>.*?<\/style>/s, '');
  const server = createServer((_, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': policy });
    res.end(html);
  });
  return new Promise((resolve) => server.listen(ARTICLE_PORT, '127.0.0.1', () => resolve(server)));
}
const close = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));

test.describe('under a strict Content-Security-Policy', () => {
  let app: Server;
  test.beforeAll(async () => {
    app = await serveWithCsp(PAGE_POLICY);
  });
  test.afterAll(() => close(app));

  for (const [name, path] of [
    ['the standalone page', '/index.html'],
    ['the iframe page', '/embed.html'],
  ] as const) {
    test(`${name} draws the map, steps and plays with no violation`, async ({ page }) => {
      const violations = await recordViolations(page);
      await page.goto(`${CSP_APP}${path}`);
      await expectIdle(page);
      // The story opens on its overview; Start opens the first event.
      await settle(page, () => page.getByRole('button', { name: /^Start: / }).click());
      const title = await cardTitle(page).innerText();
      await settle(page, () => page.getByRole('button', { name: 'Next event' }).click());
      await expect(cardTitle(page)).not.toHaveText(title);
      await page.getByRole('button', { name: 'Play', exact: true }).click();
      await page.getByRole('button', { name: 'Pause', exact: true }).click();
      expect(await violations()).toEqual({ events: [], console: [] });
    });
  }
});

test.describe('the element on a news page with a strict policy', () => {
  test('draws the map with no violation', async ({ page }) => {
    const article = await serveArticle(hostPolicy(`blob: ${APP}`));
    try {
      const violations = await recordViolations(page);
      await page.goto(`${ARTICLE}/article.html`);
      await expectIdle(page);
      await expect(page.locator('diplomatic-journey').locator('journey-map-view')).toHaveAttribute('map-state', 'idle');
      expect(await violations()).toEqual({ events: [], console: [] });
    } finally {
      await close(article);
    }
  });

  test('falls back to the static map, with a notice, when the page blocks the map’s worker', async ({ page }) => {
    // The page's policy allows the map's code but no blob: worker.
    const article = await serveArticle(hostPolicy("'self'"));
    try {
      await page.goto(`${ARTICLE}/article.html`);
      const embed = page.locator('diplomatic-journey');
      await expect(embed.locator('journey-map-view')).toHaveAttribute('map-state', 'unavailable', { timeout: 20_000 });
      await expect(embed.getByRole('region', { name: 'Static map of the journey' })).toBeVisible();
      await expect(embed.getByRole('note').filter({ hasText: 'The interactive map is not available.' })).toContainText('worker could not start');
      // The story still works around it: the overview, then its first event.
      await embed.getByRole('button', { name: /^Start: / }).click();
      await expect(embed.getByRole('article').getByRole('heading', { level: 2 })).toBeVisible();
    } finally {
      await close(article);
    }
  });
});
