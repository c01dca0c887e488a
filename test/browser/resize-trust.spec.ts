import type { Server } from 'node:http';
import { expect, test } from '@playwright/test';
import { APP, ARTICLE, articlePage, serveArticles } from './article-server.ts';

/**
 * The parent-page snippet (embed/resize.js) must size only frames that show
 * the embed page, and only to sane heights: another page on the map's
 * origin, or a broken message, must not move the article.
 */
const hostilePage = articlePage(
  `<iframe id="embed" src="${APP}/embed.html?event=geneva-talks&layout=full" title="The journey (interactive map)" style="width:100%;border:0;" height="200"></iframe>
<iframe id="other" src="${APP}/schema/journey-1.schema.json" title="Another page on the map's site" style="width:100%;border:0;" height="150"></iframe>
<script src="${APP}/embed/resize.js" async></script>`,
);

let server: Server;
test.beforeAll(async () => {
  server = await serveArticles({ '/hostile.html': hostilePage });
});
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** What each probe message carries, to tell it apart from the embed's own height messages. */
const PROBE = 'resize-trust-probe';

test('resize.js ignores height messages from other frames on the same origin, and malformed heights', async ({ page }) => {
  // In the article: every height the snippet writes on a frame, and the probes received.
  await page.addInitScript(
    ({ article, probe }) => {
      if (location.origin !== article) return;
      const w = window as unknown as { __heights: string[]; __probes: number };
      w.__heights = [];
      w.__probes = 0;
      addEventListener('message', (e) => {
        if ((e.data as { probe?: unknown } | null)?.probe === probe) w.__probes++;
      });
      new MutationObserver((records) => {
        for (const r of records) if (r.target instanceof HTMLIFrameElement) w.__heights.push(`${r.target.id} ${r.target.style.height}`);
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['style'] });
    },
    { article: ARTICLE, probe: PROBE },
  );
  await page.goto(`${ARTICLE}/hostile.html`);
  const embed = page.locator('#embed');
  const other = page.locator('#other');
  const height = async (frame: typeof embed) => Math.round((await frame.boundingBox())?.height ?? 0);
  // The real embed still resizes its frame.
  await expect.poll(() => height(embed), { timeout: 20_000 }).toBeGreaterThan(600);
  await expect(page.frameLocator('#embed').getByRole('article').getByRole('heading', { level: 2 })).toHaveText('US–Ukrainian talks in Geneva');
  const otherHeight = await height(other);

  const send = (frameUrl: RegExp, heights: unknown[]) =>
    page.frame({ url: frameUrl })!.evaluate(
      ({ heights, probe }) => {
        for (const h of heights) parent.postMessage({ type: 'diplomatic-journey:height', height: h, probe }, '*');
      },
      { heights, probe: PROBE },
    );
  // Another page on the map's origin, well-formed messages.
  const hostile = [4321, 700];
  await send(/journey-1\.schema\.json/, hostile);
  // The embed page's own frame, malformed heights.
  const malformed = ['0x10E1', [4321], '4321', true, 4321.5, 99_999, 50, 0, -4321, null];
  await send(/embed\.html/, malformed);
  // Every probe has reached the article (and so the snippet, in the same event).
  await expect.poll(() => page.evaluate(() => (window as unknown as { __probes: number }).__probes)).toBe(hostile.length + malformed.length);

  expect(await height(other), 'the other page resized its frame').toBe(otherHeight);
  const written = await page.evaluate(() => (window as unknown as { __heights: string[] }).__heights);
  expect(written.filter((h) => !h.startsWith('embed ')), 'a frame other than the embed was resized').toEqual([]);
  for (const bad of ['4321px', '4321.5px', '99999px', '50px', '1px', '0px', '700px'])
    expect(written, `a hostile height (${bad}) was written, even for a moment`).not.toContain(`embed ${bad}`);
});
