import AxeBuilder from '@axe-core/playwright';
import type { Server } from 'node:http';
import { mkdirSync } from 'node:fs';
import { expect, test, type ElementHandle, type Frame, type Page } from '@playwright/test';
import { APP, ARTICLE, articlePage, serveArticles } from './article-server.ts';
import { frames, requireWebGL2 } from './helpers.ts';

/**
 * Scrollytelling (issue 16): the example article (dist/examples/scrolly.html)
 * at a laptop's and a phone's size, and the iframe version through the
 * scroll bridge from another origin. Reduced motion throughout: the camera
 * cuts, so every step is one new camera, which is checked, except the step
 * marked essential, which eases. Lean: one page load per viewport, each
 * step waited for inside the page in one round trip, the camera checks
 * read once per direction.
 */

const SHOTS = 'test-results/scrolly';
mkdirSync(SHOTS, { recursive: true });

let server: Server;
test.beforeAll(async () => {
  server = await serveArticles({
    '/scrolly-iframe.html': articlePage(
      `<iframe src="${APP}/embed.html?layout=scrolly" title="Witkoff and Kushner in Moscow (scrolling map)" style="width:100%;border:0;" height="600"></iframe>
<script src="${APP}/embed/resize.js" async></script>`,
      1,
      3,
    ),
    '/scrolly-external.html': externalStepsPage,
  });
});
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/**
 * An article on another origin whose steps are its own paragraphs after the
 * element, not inside it: one a direct sibling, two in a wrapper, and a
 * paragraph that is no step between them; the section ends before the
 * article does.
 */
const externalStepsPage = articlePage(
  `<script type="module" src="${APP}/embed/diplomatic-journey.js"></script>
<section class="scrolly-section">
  <diplomatic-journey journey="moscow-2025-12-02" layout="scrolly"></diplomatic-journey>
  <section data-journey-step="overview" data-journey-alt="The whole journey."><h2>Two weeks of talks</h2><p>The envoys flew from Florida to Moscow.</p></section>
  <p id="between">A paragraph of the article that is no step of the map.</p>
  <div class="steps">
    <section data-journey-step="landing-vnukovo" data-journey-alt="Moscow, Vnukovo airport."><h2>Landing at Vnukovo</h2><p>The plane landed outside Moscow.</p></section>
    <section data-journey-step="kremlin-talks" data-journey-alt="The Kremlin."><h2>Five hours with Putin</h2><p>The talks lasted into the night.</p></section>
  </div>
</section>
<p id="after">The article goes on after the scrolling map.</p>`,
  1,
  3,
);

type Doc = Page | Frame;

/** Before the page loads: records each step the story reports, in every frame (the first comes with the load). */
async function recordSteps(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { changes: string[] };
    w.changes = [];
    document.addEventListener('journey-story-change', (e) => {
      const d = (e as unknown as CustomEvent<{ overview: boolean; eventId: string }>).detail;
      w.changes.push(d.overview ? 'overview' : d.eventId);
      (w as unknown as { changedAt: number }).changedAt = performance.now();
    });
  });
}

/**
 * Records, inside the page (or frame) holding the element, what screen
 * readers are told, each camera move, and each new camera with the step
 * that was current then (a cut is one new camera; an eased move several).
 */
async function record(doc: Doc): Promise<void> {
  await expect(doc.locator('diplomatic-journey').getByRole('region', { name: /^Map of / })).toBeAttached({ timeout: 30_000 });
  await doc.locator('diplomatic-journey').evaluate((el) => {
    const w = window as unknown as { said: string[]; cameras: number; views: { step?: string; camera: string | null; after: number }[]; changes: string[]; changedAt: number };
    w.said = [];
    w.cameras = 0;
    w.views = [];
    const story = el.shadowRoot!.querySelector('journey-story')!;
    for (const live of [story.shadowRoot!.querySelector('[aria-live]')!, el.shadowRoot!.querySelector('[aria-live]')!]) {
      new MutationObserver(() => {
        const text = live.textContent?.trim() ?? '';
        if (text && w.said.at(-1) !== text) w.said.push(text);
      }).observe(live, { subtree: true, childList: true, characterData: true });
    }
    const view = story.shadowRoot!.querySelector('journey-map-view')!;
    new MutationObserver(() => {
      w.cameras++;
      const camera = view.getAttribute('data-camera');
      // `after`: ms since the step became current (an ease ends 0.7 s after; a cut at once).
      if (w.views.at(-1)?.camera !== camera) w.views.push({ step: w.changes.at(-1), camera, after: performance.now() - w.changedAt });
    }).observe(view, { attributes: true, attributeFilter: ['data-camera'] });
  });
}

const recorded = (doc: Doc) =>
  doc.evaluate(() => {
    const w = window as unknown as { changes: string[]; said: string[]; cameras: number; views: { step?: string }[] };
    return { changes: w.changes, said: w.said, cameras: w.cameras, views: w.views.map((v) => v.step) };
  });
const current = (doc: Doc) => doc.evaluate(() => (window as unknown as { changes: string[] }).changes.at(-1));
const reset = (doc: Doc) => doc.evaluate(() => Object.assign(window, { changes: [], said: [], views: [] }));

/** Scrolls the page so that the step's top is just past the step line (the viewport's middle), as a reader would. */
async function scrollTo(page: Page, doc: Doc, id: string): Promise<void> {
  if (doc === page) {
    await page.evaluate((id) => scrollBy(0, Math.round(document.querySelector(`[data-journey-step="${id}"]`)!.getBoundingClientRect().top - innerHeight / 2 + 30)), id);
    return;
  }
  const box = (await doc.locator(`[data-journey-step="${id}"]`).boundingBox())!;
  const height = page.viewportSize()!.height;
  await page.evaluate((dy) => scrollBy(0, dy), Math.round(box.y - height / 2 + 30));
}

/** Waits, inside the page (or frame), until the story reports step `id` (one round trip rather than a poll); false after 15 s. */
const reported = (doc: Doc, id: string) =>
  doc.evaluate(
    (id) =>
      // Held by the window, so that the browser never collects it while it waits.
      ((window as unknown as { waiting: Promise<boolean> }).waiting = new Promise<boolean>((resolve) => {
        const w = window as unknown as { changes: string[] };
        if (w.changes.at(-1) === id) return resolve(true);
        const timer = setTimeout(() => done(false), 15_000);
        const check = () => w.changes.at(-1) === id && done(true);
        const done = (ok: boolean) => {
          clearTimeout(timer);
          document.removeEventListener('journey-story-change', check);
          resolve(ok);
        };
        // Listened for after the recorder's own listener (added first), so `changes` already holds the new step.
        document.addEventListener('journey-story-change', check);
      })),
    id,
  );

const maps = new WeakMap<Doc, ElementHandle>();
async function mapRegion(doc: Doc): Promise<ElementHandle> {
  // Found by role once per page; its box is read at every step.
  if (!maps.has(doc)) maps.set(doc, (await doc.locator('diplomatic-journey').getByRole('region', { name: /^Map of / }).elementHandle())!);
  return maps.get(doc)!;
}

/**
 * Scrolls to step `id` as a reader would and waits until the story reports
 * it; then where the map is. In a page, all in one round trip; in a frame,
 * the parent scrolls and the frame reports.
 */
async function stepTo(page: Page, doc: Doc, id: string): Promise<{ reported: boolean; map: { y: number; height: number } }> {
  const region = await mapRegion(doc);
  if (doc !== page) {
    await scrollTo(page, doc, id);
    const ok = await reported(doc, id);
    return { reported: ok, map: (await region.boundingBox())! };
  }
  return page.evaluate(
    async ([id, region]) => {
      const w = window as unknown as { changes: string[] };
      const step = document.querySelector(`[data-journey-step="${id}"]`)!;
      // Held by the window, so that the browser never collects it while it waits.
      const ok = await ((window as unknown as { waiting: Promise<boolean> }).waiting = new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => done(false), 15_000);
        const check = () => w.changes.at(-1) === id && done(true);
        const done = (result: boolean) => {
          clearTimeout(timer);
          document.removeEventListener('journey-story-change', check);
          resolve(result);
        };
        // After the recorder's own listener (added first), so `changes` already holds the new step.
        document.addEventListener('journey-story-change', check);
        scrollBy(0, Math.round(step.getBoundingClientRect().top - innerHeight / 2 + 30));
        check();
      }));
      const r = (region as Element).getBoundingClientRect();
      return { reported: ok, map: { y: r.top, height: r.height } };
    },
    [id, region] as const,
  );
}

/** The map is in the viewport: sticky beside the steps, or behind them. */
function mapInView(page: Page, map: { y: number; height: number }, what: string): void {
  const height = page.viewportSize()!.height;
  expect(map.y, `the map's top at ${what}`).toBeGreaterThanOrEqual(-1);
  expect(map.y + map.height, `the map's foot at ${what}`).toBeLessThanOrEqual(height + 1);
  expect(map.height, `the map's height at ${what}`).toBeGreaterThan(height * 0.6);
}

interface Walk {
  /** The jump to the end (End, or a scroll to the foot of the page). */
  readonly jump: () => Promise<void>;
  /** The step the jump lands on (the last of `ids` unless said). */
  readonly last?: string;
  /** Steps marked `data-journey-transition="essential"`: scrolling to them, down or up, the camera eases (reduced motion included). */
  readonly essential?: ReadonlySet<string>;
  /** Checked at each step, once it is current (scrolling down). */
  readonly atStep?: (id: string) => Promise<void>;
}

/**
 * Down through every given step, back up through them, then a jump to the
 * end: each scroll makes its step's event current, with the map in view and,
 * under reduced motion, a camera cut (an essential step's transition eases
 * instead); each step is announced once; the jump lands on the last step
 * and announces nothing on the way.
 */
async function walk(page: Page, doc: Doc, ids: readonly string[], options: Walk): Promise<void> {
  const { jump, last = ids.at(-1)!, essential = new Set<string>(), atStep } = options;
  await expect.poll(() => current(doc), { timeout: 30_000 }).toBe(ids[0]);
  for (const [direction, order] of [['down', ids.slice(1)], ['up', ids.slice(0, -1).reverse()]] as const) {
    await reset(doc);
    for (const id of order) {
      const { reported: ok, map } = await stepTo(page, doc, id);
      expect(ok, `scrolling ${direction} to ${id}: its event is current`).toBe(true);
      mapInView(page, map, id);
      // Cuts are counted at the end; the eased move is seen passing through cameras (the next step may then cut it short).
      if (essential.has(id) && direction === 'down') {
        // Eased: cameras on the way, or (frames slower than the ease, on a loaded machine) the last one well after the step began.
        const eased = () =>
          doc.evaluate((id) => {
            const views = (window as unknown as { views: { step?: string; after: number }[] }).views.filter((v) => v.step === id);
            return views.length > 1 || (views.at(-1)?.after ?? 0) >= 500;
          }, id);
        await expect.poll(eased, { message: `an essential transition (to ${id}) eases under reduced motion` }).toBe(true);
      }
      if (direction === 'down') await atStep?.(id);
    }
    await frames(page, 2);
    const { changes, said, views } = await recorded(doc);
    for (const id of order) {
      if (essential.has(id)) continue;
      // A cut is one new camera; a flight or an ease passes through many.
      expect(views.filter((step) => step === id).length, `new cameras at ${id}, scrolling ${direction} under reduced motion (a cut)`).toBeLessThanOrEqual(1);
    }
    expect([...new Set(changes)], `the steps reported scrolling ${direction}`).toEqual(order);
    const sentences = said.filter((s) => /^(Step \d+ of \d+|Overview of the whole journey)/.test(s));
    expect(sentences, `each step announced once, scrolling ${direction}`).toHaveLength(order.length);
    expect(said.filter((s) => s.startsWith('Map: ')), `each step's view described once, scrolling ${direction}`).toHaveLength(order.length);
  }
  await reset(doc);
  await jump();
  await expect.poll(() => current(doc), { message: 'the jump to the end' }).toBe(last);
  // Steps passed on the way would have been reported before the last one; a few frames for a late one.
  await frames(page, 4);
  const { changes, said } = await recorded(doc);
  expect([...new Set(changes)], 'no step between reported').toEqual([last]);
  expect(said.filter((s) => s.startsWith('Step ')), 'no step between announced').toHaveLength(1);
}

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

const stepIds = (doc: Doc) => doc.locator('[data-journey-step]').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.journeyStep!));
const essentialIds = async (doc: Doc) => new Set(await doc.locator('[data-journey-transition="essential"]').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.journeyStep!)));
const scrollY = (page: Page) => page.evaluate(() => Math.round(window.scrollY));
const cameras = async (doc: Doc) => (await recorded(doc)).cameras;
/** Where the camera is ("lng,lat,zoom"), as the map view reflects it. */
const camera = (doc: Doc) => doc.locator('journey-map-view').getAttribute('data-camera');
/** How far apart two cameras are, in screen pixels at the first one's zoom (a zoom step counts as 256 px). */
function cameraDistance(a: string | null, b: string | null): number {
  const [x1, y1, z1] = (a ?? '0,0,0').split(',').map(Number) as [number, number, number];
  const [x2, y2, z2] = (b ?? '0,0,0').split(',').map(Number) as [number, number, number];
  const pxPerDegree = (512 * 2 ** z1) / 360;
  return Math.hypot((x2 - x1) * pxPerDegree, (y2 - y1) * pxPerDegree, (z2 - z1) * 256);
}

test.describe('scrollytelling: the example article', () => {
  test.use({ reducedMotion: 'reduce' });

  test('at 1280×800, light: every step down and up (cuts; the essential step eases), a jump to the end, the map sticky beside the text; the wheel scrolls the page until Explore; Back to the story restores the view; axe', async ({ page }) => {
    test.setTimeout(60_000);
    await recordSteps(page);
    await page.goto('examples/scrolly.html');
    await requireWebGL2(page);
    await record(page);
    const ids = await stepIds(page);
    expect(ids.length).toBeGreaterThan(5);
    const essential = await essentialIds(page);
    expect(essential.size, 'the example marks one transition essential').toBeGreaterThan(0);
    await walk(page, page, ids, {
      essential,
      // The End key, with the focus on the page itself (a click first, on the headline, sometimes left this Chromium not scrolling).
      jump: async () => {
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        await page.keyboard.press('End');
      },
    });
    await page.screenshot({ path: `${SHOTS}/wide-light-end.png` });
    expect(await violations(page)).toEqual([]);

    // The wheel over the map scrolls the article, and the map does not move.
    const map = (await page.locator('diplomatic-journey').getByRole('region', { name: /^Map of / }).boundingBox())!;
    await page.mouse.move(map.x + map.width / 2, map.y + map.height / 2);
    const [y0, c0] = [await scrollY(page), await cameras(page)];
    await page.mouse.wheel(0, -200);
    await expect.poll(() => scrollY(page)).toBeLessThan(y0);
    await frames(page, 10);
    expect(await cameras(page), 'the map moved under the wheel').toBe(c0);

    // Explore: the map is the reader's (the wheel zooms it, the page stays), until Back to the story, which restores the step's view.
    await expect(page.locator('journey-map-view')).toHaveAttribute('map-state', 'idle');
    const framed = await camera(page);
    // The zoom buttons show only while they can be used.
    const zoomIn = page.locator('diplomatic-journey').getByRole('button', { name: 'Zoom in' });
    await expect(zoomIn).toBeHidden();
    await page.getByRole('button', { name: 'Explore the map' }).click();
    await expect(zoomIn).toBeVisible();
    const [y1, c1] = [await scrollY(page), await cameras(page)];
    await page.mouse.move(map.x + map.width / 2, map.y + map.height / 2);
    await page.mouse.wheel(0, -300);
    await expect.poll(() => cameras(page), { message: 'the wheel zooms the map while exploring' }).toBeGreaterThan(c1);
    expect(await scrollY(page)).toBe(y1);
    await expect(page.locator('journey-map-view')).toHaveAttribute('map-state', 'idle');
    expect(cameraDistance(framed, await camera(page)), 'the reader zoomed away').toBeGreaterThan(20);
    await page.getByRole('button', { name: 'Back to the story' }).click();
    await expect(page.getByRole('button', { name: 'Explore the map' })).toBeVisible();
    await expect.poll(async () => cameraDistance(framed, await camera(page)), { message: 'Back to the story returns to the step’s view (px)' }).toBeLessThan(4);
  });

  test('at 375×667, dark: the map full-bleed behind the cards, each step framed above its card, every step down and up, a jump; touch scrolls the page until Explore; Escape restores the view; axe', async ({ browser }) => {
    test.setTimeout(60_000);
    const context = await browser.newContext({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true, colorScheme: 'dark', reducedMotion: 'reduce' });
    const page = await context.newPage();
    await recordSteps(page);
    await page.goto(`${APP}/examples/scrolly.html`);
    await requireWebGL2(page);
    await record(page);
    const ids = await stepIds(page);
    const story = page.locator('diplomatic-journey');
    const map = story.getByRole('region', { name: /^Map of / });
    // Full-bleed: as wide as the screen.
    expect(Math.round((await map.boundingBox())!.width)).toBe(375);
    const here = page.locator('journey-map-view [aria-current="step"]');
    await walk(page, page, ids, {
      essential: await essentialIds(page),
      jump: () => page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight)),
      // The card covers the map's lower part: the camera frames the step's place above it.
      atStep: async (id) => {
        if (id === 'overview' || (await here.count()) === 0) return;
        const card = (await page.locator(`[data-journey-step="${id}"]`).boundingBox())!;
        await expect
          .poll(async () => {
            const dot = await here.boundingBox();
            return dot ? dot.y + dot.height / 2 - card.y : 1;
          }, { message: `${id}'s place, framed above its card` })
          .toBeLessThan(0);
      },
    });
    await page.screenshot({ path: `${SHOTS}/phone-dark-end.png` });
    expect(await violations(page)).toEqual([]);

    // A city step (the map zoomed in, so that a finger could pan it) just past the line: the map shows above its card, and the next card is far below.
    const city = ids[3]!;
    await scrollTo(page, page, city);
    await expect.poll(() => current(page)).toBe(city);
    await page.screenshot({ path: `${SHOTS}/phone-dark-step.png` });
    const cdp = await context.newCDPSession(page);
    // One finger, upwards, from the middle of the map's visible top.
    const swipe = async () => {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: 187, y: 250 }] });
      for (let i = 1; i <= 8; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: 187, y: 250 - i * 20 }] });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    const hit = await page.evaluate(() => document.elementFromPoint(187, 250)?.localName);
    expect(hit, 'the touch lands on the map, not on a card').toBe('diplomatic-journey');
    const [y0, c0] = [await scrollY(page), await cameras(page)];
    // After a programmatic scroll to the end and back, this headless Chromium drops the first touch sequence
    // (on plain text too): a few swipes, and the page must have scrolled while the map never moved.
    for (let i = 0; i < 3 && (await scrollY(page)) < y0 + 60; i++) {
      await swipe();
      await frames(page, 10);
    }
    await expect.poll(() => scrollY(page), { message: 'one finger scrolls the page' }).toBeGreaterThan(y0 + 60);
    // The page's own scroll from the swipes may still be running on a loaded machine: wait until it rests.
    await expect
      .poll(async () => {
        const before = await scrollY(page);
        await frames(page, 10);
        return (await scrollY(page)) - before;
      }, { message: 'the page scroll comes to rest' })
      .toBe(0);
    expect(await current(page), 'still the same step').toBe(city);
    expect(await cameras(page), 'the map moved under the finger').toBe(c0);

    const framed = await camera(page);
    await story.getByRole('button', { name: 'Explore the map' }).tap();
    const [y1, c1] = [await scrollY(page), await cameras(page)];
    for (let i = 0; i < 3 && (await cameras(page)) === c1; i++) {
      await swipe();
      await frames(page, 10);
    }
    await expect.poll(() => cameras(page), { message: 'one finger pans the map while exploring' }).toBeGreaterThan(c1);
    expect(await scrollY(page)).toBe(y1);
    await expect(page.locator('journey-map-view')).toHaveAttribute('map-state', 'idle');
    expect(cameraDistance(framed, await camera(page)), 'the finger panned away').toBeGreaterThan(20);
    // Escape, like Back to the story, returns to the step's view. (Focused without scrolling: Playwright's press() may scroll the
    // page to the button, and a page scrolled to another step rightly returns to that step's view instead.)
    await story.getByRole('button', { name: 'Back to the story' }).evaluate((b) => (b as HTMLElement).focus({ preventScroll: true }));
    await page.keyboard.press('Escape');
    await expect(story.getByRole('button', { name: 'Explore the map' })).toBeVisible();
    await expect.poll(async () => cameraDistance(framed, await camera(page)), { message: 'Escape returns to the step’s view (px)' }).toBeLessThan(4);
    await context.close();
  });

  test('without JavaScript it reads as a plain article with the static map', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 667 } });
    const page = await context.newPage();
    await page.goto(`${APP}/examples/scrolly.html`);
    const img = page.getByRole('img', { name: /^Map of the journey/ });
    await expect(img).toBeVisible();
    expect(await img.evaluate((i) => (i as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    await expect(page.getByRole('heading', { level: 2, name: 'Five hours with Putin' })).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/phone-no-js.png`, fullPage: true });
    await context.close();
  });
});

/** Whether what the reader sees at the middle of `selector`'s box is that element (it is in front, not behind the map). */
const inFront = (page: Page, selector: string) =>
  page.evaluate((selector) => {
    const el = document.querySelector(selector)!;
    const r = el.getBoundingClientRect();
    const y = Math.min(Math.max(r.top + 8, 0), innerHeight - 1);
    const hit = document.elementFromPoint(r.left + r.width / 2, y);
    return hit !== null && el.contains(hit);
  }, selector);

test('scrollytelling with the steps after the element in the page (not inside it): the map full-bleed and sticky, the page\'s own paragraphs in front of it as cards, at 1280×800 and 375×667; the map unsticks at the section\'s end', async ({ page }) => {
  test.setTimeout(60_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await recordSteps(page);
  await page.goto(`${ARTICLE}/scrolly-external.html`);
  await requireWebGL2(page);
  await record(page);
  const ids = await stepIds(page);
  expect(ids).toEqual(['overview', 'landing-vnukovo', 'kremlin-talks']);
  const lastStep = '[data-journey-step="kremlin-talks"]';
  await walk(page, page, ids, {
    jump: () => page.evaluate((s) => document.querySelector(s)!.scrollIntoView({ block: 'center' }), lastStep),
    atStep: async (id) => {
      expect(await inFront(page, `[data-journey-step="${id}"]`), `step ${id} is in front of the map`).toBe(true);
      await page.screenshot({ path: `${SHOTS}/external-wide-${id}.png` });
    },
  });
  // The map fills the width, behind the page's column.
  const map = (await page.locator('diplomatic-journey').getByRole('region', { name: /^Map of / }).boundingBox())!;
  expect(map.width, 'the map is full-bleed').toBeGreaterThan(1200);
  await page.evaluate(() => document.querySelector('#between')!.scrollIntoView({ block: 'center' }));
  expect(await inFront(page, '#between'), 'a paragraph between steps is in front of the map').toBe(true);

  // A phone: the same, with the step framed above or below its card.
  await page.setViewportSize({ width: 375, height: 667 });
  await page.evaluate((s) => document.querySelector(s)!.scrollIntoView({ block: 'start' }), lastStep);
  // The layout follows the new size (the viewport's, then the sticky map's, a screen tall).
  await page.waitForFunction(() => innerHeight === 667 && document.querySelector('diplomatic-journey')!.getBoundingClientRect().height === 667);
  // …and the story inside it (its phone layout comes with a render of its own).
  const region = page.locator('diplomatic-journey').getByRole('region', { name: /^Map of / });
  await expect.poll(async () => (await region.boundingBox())?.height, { message: 'the map follows the new size' }).toBeLessThanOrEqual(667);
  const { reported: ok, map: phoneMap } = await stepTo(page, page, 'landing-vnukovo');
  expect(ok, 'landing-vnukovo is current on the phone').toBe(true);
  mapInView(page, phoneMap, 'landing-vnukovo on the phone');
  expect(await inFront(page, '[data-journey-step="landing-vnukovo"]'), 'the step is in front of the map on the phone').toBe(true);
  await expect(page.locator('journey-map-view')).toHaveAttribute('map-state', 'idle');
  await page.screenshot({ path: `${SHOTS}/external-phone-landing.png` });

  // Past the section, the map scrolls away with it: the article's next paragraph is the page's, not over a map.
  await page.evaluate(() => document.querySelector('#after')!.scrollIntoView({ block: 'center' }));
  expect(await inFront(page, '#after')).toBe(true);
  const gone = (await page.locator('diplomatic-journey').boundingBox())!;
  expect(gone.y + gone.height, 'the map has scrolled away above the article\'s next paragraph').toBeLessThanOrEqual((await page.locator('#after').boundingBox())!.y + 1);
  expect(await violations(page)).toEqual([]);
});

test('scrollytelling in an iframe on another origin: the scroll bridge in resize.js drives the steps, down, up and to the end', async ({ page }) => {
  test.setTimeout(60_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await recordSteps(page);
  await page.goto(`${ARTICLE}/scrolly-iframe.html`);
  const iframe = page.locator('iframe');
  // Bridged: the frame is as tall as the story, and the article scrolls it.
  await expect.poll(async () => (await iframe.boundingBox())?.height ?? 0, { timeout: 30_000 }).toBeGreaterThan(3000);
  const frame = page.frames().find((f) => f.url().includes('embed.html'))!;
  await record(frame);
  const ids = await stepIds(frame);
  expect(ids[0]).toBe('overview');
  // The first of them, two in the middle, and the last: a lean walk.
  const some = [ids[0]!, ids[3]!, ids[8]!, ids.at(-1)!];
  await scrollTo(page, frame, ids[0]!);
  await walk(page, frame, some.slice(0, -1), {
    last: ids.at(-1),
    jump: () => page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight)),
  }).catch(async (e) => {
    await page.screenshot({ path: `${SHOTS}/iframe-failed.png` });
    throw e;
  });
  await page.screenshot({ path: `${SHOTS}/iframe-end.png` });
});
