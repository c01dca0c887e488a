/**
 * Issue 19, "A flat DOM": the page of a journey of 10,000 events (10
 * travellers, the benchmark's synthetic journey) holds at most 5,000 DOM
 * nodes, shadow roots included, on its opening view and on a step. The
 * itinerary holds a window of its items, the map only the markers in view,
 * and the print-only parts exist only while printing. One page load: a
 * 6 MB journey takes tens of seconds to open with software WebGL.
 */
import { expect, test, type Page } from '@playwright/test';
import { generateJourney } from '../support/generate-journey.ts';
import { QUICK, requireWebGL2 } from './helpers.ts';

const BUDGET = 5_000;
const EVENTS = 10_000;
const PATH = '/synthetic/e10000-t10.json';

/** Every node of the page, the contents of every shadow root included, and how many of them each part holds. */
function countNodes(page: Page) {
  return page.evaluate(() => {
    const parts: Record<string, number> = {};
    let total = 0;
    const walk = (root: Node, owner: string) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
      for (let n: Node | null = walker.currentNode; n; n = walker.nextNode()) {
        total++;
        parts[owner] = (parts[owner] ?? 0) + 1;
        const shadow = (n as Element).shadowRoot;
        if (shadow) walk(shadow, (n as Element).localName);
      }
    };
    walk(document, 'document');
    return { total, parts: Object.entries(parts).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ') };
  });
}

test('a journey of 10,000 events keeps the page under 5,000 DOM nodes', async ({ page }) => {
  test.setTimeout(240_000);
  const text = JSON.stringify(generateJourney({ events: EVENTS, travellers: 10, seed: 20251202, sortEvents: true }).file);
  await page.route((url) => url.pathname === PATH, (route) => route.fulfill({ contentType: 'application/json', body: text }));
  // Past the default 5 MB cap, raised as a newsroom would.
  await page.goto(`./?journey=${encodeURIComponent(PATH)}&max-mb=${Math.ceil(text.length / 2 ** 20) + 1}`);
  await requireWebGL2(page);
  await expect
    .poll(() => page.evaluate(() => performance.getEntriesByName('journey-map-idle').length), { timeout: 200_000, intervals: QUICK })
    .toBeGreaterThan(0);
  // The whole journey is there: the itinerary says how many events it holds, and each item its place among them.
  await expect(page.getByRole('button', { name: /^Overview/ })).toContainText(`${EVENTS} events`);
  const items = page.getByRole('list', { name: 'Itinerary' }).getByRole('listitem');
  await expect(items.first()).toHaveAttribute('aria-setsize', String(EVENTS));

  const opening = await countNodes(page);
  expect(opening.total, `DOM nodes on the opening view (${opening.parts})`).toBeLessThanOrEqual(BUDGET);

  // A step far into the journey, chosen from the itinerary's keyboard (End), brings its item into the window.
  await items.first().getByRole('button').focus();
  await page.keyboard.press('End');
  const last = page.getByRole('list', { name: 'Itinerary' }).locator(`li[aria-posinset="${EVENTS}"] button`);
  await expect(last).toBeFocused();
  await last.press('Enter');
  await expect(last).toHaveAttribute('aria-current', 'step');
  await expect(page.locator('journey-map-view')).toHaveAttribute('map-state', 'idle', { timeout: 60_000 });
  const step = await countNodes(page);
  expect(step.total, `DOM nodes on the last step (${step.parts})`).toBeLessThanOrEqual(BUDGET);
});
