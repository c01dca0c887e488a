import type { Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { APP, ARTICLE, articlePage, serveArticles } from './article-server.ts';
import { frames, QUICK, requireWebGL2 } from './helpers.ts';

/** The long form (layout=full), sized by resize.js. */
const iframeCode = `<iframe src="${APP}/embed.html?event=geneva-talks&layout=full" title="Witkoff and Kushner in Moscow (interactive map)" style="width:100%;border:0;" height="200"></iframe>
<script src="${APP}/embed/resize.js" async></script>`;
/** The README's default iframe code, as an editor pastes it (with the map's address). */
const readmeIframe = (withResize: boolean) => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const code = /```html\n(<iframe[\s\S]*?)```/.exec(readme)?.[1];
  if (!code) throw new Error('no iframe code in the README');
  expect(code, 'the README’s default code needs no script').not.toContain('resize.js');
  const pasted = code.replaceAll('https://maps.example.org/journey', APP).replace(' loading="lazy"', '');
  return withResize ? `${pasted}<script src="${APP}/embed/resize.js" async></script>` : pasted;
};
const elementCode = (attrs = '') => `<script type="module" src="${APP}/embed/diplomatic-journey.js"></script><diplomatic-journey ${attrs}></diplomatic-journey>`;

let server: Server;
test.beforeAll(async () => {
  server = await serveArticles({
    '/iframe.html': articlePage(iframeCode),
    '/element.html': articlePage(elementCode()),
    '/readme.html': articlePage(readmeIframe(false)),
    '/readme-resize.html': articlePage(readmeIframe(true)),
    '/element-fixed.html': articlePage(elementCode('event="kremlin-talks"'), 0, 4),
    '/two.html': articlePage(`${elementCode('event="landing-vnukovo"')}<p>Between the two maps.</p><diplomatic-journey event="landing-vnukovo"></diplomatic-journey>`, 0, 4),
  });
});
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const idleCount = (page: Page) => page.evaluate(() => performance.getEntriesByName('journey-map-idle').length);

test.describe('embedding in a news page on another origin', () => {
  test('the long-form iframe (layout=full) grows to fit its content, has no inner scrollbar, and follows a longer card', async ({ page }) => {
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
    // In embeds the itinerary is folded, for readers who want it.
    await expect(frame.getByRole('list', { name: 'Itinerary' })).toBeHidden();
    await frame.getByText('All 12 events').click();
    await frame.getByRole('list', { name: 'Itinerary' }).getByRole('button', { name: /^Talks with Putin/ }).click();
    await expect(frame.getByRole('article').getByRole('heading', { level: 2 })).toHaveText('Talks with Putin in the Kremlin');
    await expect.poll(outerHeight).not.toBe(before);
    await expect.poll(async () => Math.abs((await innerHeight()) - (await outerHeight()))).toBeLessThanOrEqual(2);
  });

  test('the element renders the map in its shadow root, and its stop markers open their cards; a wheel over it scrolls the article and does not zoom the map', async ({ page }) => {
    await page.goto(`${ARTICLE}/element.html`);
    await requireWebGL2(page);
    await expect.poll(() => idleCount(page), { timeout: 30_000, intervals: QUICK }).toBeGreaterThan(0);
    const canvasInShadow = await page.locator('diplomatic-journey').evaluate((el) => {
      const story = el.shadowRoot?.querySelector('journey-story');
      const view = story?.shadowRoot?.querySelector('journey-map-view');
      return Boolean(view?.shadowRoot?.querySelector('canvas'));
    });
    expect(canvasInShadow).toBe(true);
    const embed = page.locator('diplomatic-journey');
    await embed.getByText('All 12 events').click();
    await embed.getByRole('list', { name: 'Itinerary' }).getByRole('button', { name: /^Walk in central Moscow/ }).click();
    await expect(embed.getByRole('article').getByRole('heading', { level: 2 })).toHaveText(/^Walk in central Moscow/);
    await expect(embed.locator('journey-map-view')).toHaveAttribute('map-state', 'idle');
    // The talks' stop, on its own or merged with the Kremlin's other stop 150 m off (the embed's map is small): a group, chosen, zooms in until they split.
    const talks = embed.getByRole('button', { name: /^\d+(, | stops: ).*Talks with Putin/ });
    if (/^\d+ stops: /.test((await talks.getAttribute('aria-label')) ?? '')) {
      await talks.click();
      await expect(embed.locator('journey-map-view')).toHaveAttribute('map-state', 'idle');
    }
    await embed.getByRole('button', { name: /^\d+, Moscow Kremlin, Senate building: .*Talks with Putin/ }).click();
    await expect(embed.getByRole('article').getByRole('heading', { level: 2 })).toHaveText('Talks with Putin in the Kremlin');
    // An embed never writes the host page's URL.
    expect(page.url()).toBe(`${ARTICLE}/element.html`);

    // A smaller window, the map settled again in it: the wheel goes to the article.
    await page.setViewportSize({ width: 1000, height: 700 });
    const map = page.getByRole('region', { name: /^Map of / });
    await map.scrollIntoViewIfNeeded();
    await expect(embed.locator('journey-map-view')).toHaveAttribute('map-state', 'idle');
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

  for (const width of [680, 375]) {
    for (const withResize of [false, true]) {
      test(`the README's default iframe code at ${width} px, ${withResize ? 'with' : 'without'} resize.js: map, Next event and the card fit in the frame at every step`, async ({ page }) => {
        await page.setViewportSize({ width: width + 32, height: 800 });
        await page.goto(`${ARTICLE}/${withResize ? 'readme-resize' : 'readme'}.html`);
        const iframe = page.locator('iframe');
        await iframe.scrollIntoViewIfNeeded();
        const frame = page.frameLocator('iframe');
        const heading = frame.getByRole('article').getByRole('heading', { level: 2 });
        await expect(heading).toHaveText('Talks with Putin in the Kremlin', { timeout: 20_000 });
        const frameBox = (await iframe.boundingBox())!;
        expect(frameBox.height, 'the frame keeps the height the code gives it').toBeGreaterThanOrEqual(550);
        expect(frameBox.height).toBeLessThanOrEqual(600);
        const inside = async (what: string, locator: ReturnType<FrameLocator['getByRole']>) => {
          const b = await locator.boundingBox();
          expect(b, `${what} has no box`).not.toBeNull();
          // Boxes are in the article's coordinates.
          expect(b!.y, `${what} above the frame`).toBeGreaterThanOrEqual(frameBox.y - 1);
          expect(b!.y + Math.min(b!.height, 40), `${what} below the frame's bottom`).toBeLessThanOrEqual(frameBox.y + frameBox.height + 1);
          expect(b!.x + b!.width, `${what} off the frame's right`).toBeLessThanOrEqual(frameBox.x + frameBox.width + 1);
        };
        const next = frame.getByRole('button', { name: 'Next event' });
        // Step from the first event to the last.
        for (let i = 0; i < 12 && (await frame.getByRole('button', { name: 'Previous event' }).getAttribute('aria-disabled')) !== 'true'; i++) {
          await frame.getByRole('button', { name: 'Previous event' }).click();
        }
        // Before step 1 is the journey's overview, where Next event starts the story.
        if ((await heading.count()) === 0) {
          await inside('Next event, on the overview', next);
          await next.click();
        }
        for (let step = 0; step < 12; step++) {
          await inside('the map', frame.getByRole('region', { name: /^Map of / }));
          await inside('Next event', next);
          await inside("the card's heading", heading);
          const doc = await frame.locator('html').evaluate((html) => ({ scroll: html.scrollHeight - html.clientHeight, x: html.scrollWidth - html.clientWidth, top: html.scrollTop }));
          expect(doc, "the frame's document does not scroll").toEqual({ scroll: 0, x: 0, top: 0 });
          if ((await next.getAttribute('aria-disabled')) === 'true') break;
          const before = await heading.innerText();
          await next.click();
          await expect(heading).not.toHaveText(before);
        }
        await expect(next).toHaveAttribute('aria-disabled', 'true');
        // The card reads to its end inside its own panel.
        const panel = frame.locator('[part="panel"]');
        await panel.evaluate((p) => (p.scrollTop = p.scrollHeight));
        await expect
          .poll(async () => {
            const [card, box] = [await frame.getByRole('article').boundingBox(), await panel.boundingBox()];
            return card!.y + card!.height - (box!.y + box!.height);
          }, { message: "the card's end scrolls into its panel" })
          .toBeLessThanOrEqual(1);
      });
    }
  }

  test('embed.html honours ?height= as the element does: that tall at most, never taller than its frame', async ({ page }) => {
    await page.setViewportSize({ width: 600, height: 800 });
    await page.goto('embed.html?height=320');
    const story = page.locator('journey-story');
    await expect(story.getByRole('button', { name: /^Start: / })).toBeVisible();
    expect(Math.round((await story.boundingBox())!.height)).toBe(320);
    // Taller than the frame: the frame wins.
    await page.setViewportSize({ width: 600, height: 280 });
    await expect.poll(async () => Math.round((await story.boundingBox())!.height)).toBe(280);
  });

  test('the element has a fixed height by default and never overflows sideways, from 300 to 800 px, at any step', async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto(`${ARTICLE}/element-fixed.html`);
    const embed = page.locator('diplomatic-journey');
    await expect(embed.getByRole('article').getByRole('heading', { level: 2 })).toHaveText('Talks with Putin in the Kremlin');
    for (const width of [300, 375, 680, 800]) {
      await embed.evaluate((el, w) => ((el as HTMLElement).style.width = `${w}px`), width);
      const height = (await embed.boundingBox())!.height;
      expect(height, `height at ${width} px`).toBeGreaterThanOrEqual(550);
      expect(height, `height at ${width} px`).toBeLessThanOrEqual(600);
      await embed.evaluate((el) => (el as HTMLElement & { goToEvent(id: string): void }).goToEvent('geneva-talks'));
      for (let step = 0; step < 12; step++) {
        const overflow = await embed.evaluate((el) => {
          const story = el.shadowRoot!.querySelector('journey-story')!;
          const all = [story, ...story.shadowRoot!.querySelectorAll('*')];
          const right = el.getBoundingClientRect().right;
          return all.filter((n) => n.getBoundingClientRect().right > right + 1 && n.getBoundingClientRect().width > 0).map((n) => n.localName + '.' + n.className);
        });
        expect(overflow, `overflow at ${width} px, step ${step + 1}`).toEqual([]);
        const next = embed.getByRole('button', { name: 'Next event' });
        if ((await next.getAttribute('aria-disabled')) === 'true') break;
        await next.click();
      }
    }
  });
});
