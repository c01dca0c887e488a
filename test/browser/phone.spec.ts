import { expect, test, type Locator, type Page } from '@playwright/test';
import { cardTitle, openStory } from './helpers.ts';

/**
 * The phone layout (issue 13): the map is the main thing on the screen, the
 * story sits in a bottom sheet over it (peek, half, full), and nothing
 * overlaps, down to 320×568.
 */
const box = async (l: Locator) => {
  const b = await l.boundingBox();
  expect(b, `${l} has no box`).not.toBeNull();
  return b!;
};
const toggle = (page: Page) => page.locator('journey-story').locator('.sheet-toggle');
const sheetHeight = async (page: Page) => (await box(page.locator('journey-story').locator('.panel'))).height;
const covered = (page: Page) =>
  page.locator('journey-map-view').evaluate((v) => (v as HTMLElement & { covered: { bottom: number } }).covered.bottom);

for (const [width, height] of [
  [375, 667],
  [320, 568],
] as const) {
  test.describe(`phone ${width}×${height}`, () => {
    test.use({ viewport: { width, height }, hasTouch: true, isMobile: true });

    test('the map takes most of the screen; the step title and Next event show without scrolling; nothing overlaps or overflows', async ({ page }) => {
      await openStory(page, './#event=landing-vnukovo');
      const canvas = await box(page.getByRole('region', { name: /^Map of / }));
      expect(canvas.height / height, 'the map canvas').toBeGreaterThanOrEqual(0.55);
      // What the sheet and the slider riding on it leave of the map, not only the canvas under them.
      const slider = await box(page.locator('time-slider'));
      expect((slider.y - canvas.y) / height, 'the map left visible above the slider and the sheet').toBeGreaterThanOrEqual(0.55);
      await expect(cardTitle(page)).toBeInViewport({ ratio: 1 });
      await expect(page.getByRole('button', { name: 'Next event' })).toBeInViewport({ ratio: 1 });
      await expect(page.getByRole('button', { name: 'Previous event' })).toBeInViewport({ ratio: 1 });
      const page_ = await page.evaluate(() => ({ w: document.documentElement.scrollWidth, h: document.documentElement.scrollHeight }));
      expect(page_.w, 'horizontal overflow').toBeLessThanOrEqual(width);
      expect(page_.h, 'the page itself scrolls').toBeLessThanOrEqual(height);
      // The controls of the sheet's head and the slider do not overlap one another.
      const controls = {
        previous: await box(page.getByRole('button', { name: 'Previous event' })),
        next: await box(page.getByRole('button', { name: 'Next event' })),
        toggle: await box(toggle(page)),
        play: await box(page.getByRole('button', { name: 'Play' })),
        slider: await box(page.getByRole('slider', { name: 'Journey time' })),
        title: await box(cardTitle(page)),
      };
      const names = Object.keys(controls) as (keyof typeof controls)[];
      for (const a of names)
        for (const b of names) {
          if (a >= b) continue;
          const [p, q] = [controls[a], controls[b]];
          const overlap = p.x < q.x + q.width - 0.5 && q.x < p.x + p.width - 0.5 && p.y < q.y + q.height - 0.5 && q.y < p.y + p.height - 0.5;
          expect(overlap, `${a} overlaps ${b}`).toBe(false);
        }
      for (const [name, b] of Object.entries(controls)) expect(b.x + b.width, `${name} runs off the screen`).toBeLessThanOrEqual(width);
      // The camera is told what the sheet hides.
      await expect.poll(() => covered(page)).toBeGreaterThan(100);
    });

    test('the bottom sheet: peek, half and full by keyboard, and by dragging its head', async ({ page }) => {
      await openStory(page);
      const button = toggle(page);
      await expect(button).toHaveAccessibleName('Show more of the story');
      await expect(button).toHaveAttribute('aria-expanded', 'false');
      const peek = await sheetHeight(page);
      const coveredAtPeek = await covered(page);

      await button.focus();
      await page.keyboard.press('ArrowUp');
      await expect(button).toHaveAccessibleName('Show the whole story');
      await expect(button).toHaveAttribute('aria-expanded', 'true');
      await expect.poll(() => sheetHeight(page)).toBeGreaterThan(peek + 80);
      await expect.poll(() => covered(page)).toBeGreaterThan(coveredAtPeek + 80);
      await page.keyboard.press('ArrowUp');
      await expect(button).toHaveAccessibleName('Show less of the story');
      await expect.poll(async () => (await sheetHeight(page)) / height).toBeGreaterThan(0.6);
      // The slider rides on the sheet and stays on the screen.
      await expect(page.getByRole('slider', { name: 'Journey time' })).toBeInViewport({ ratio: 1 });
      await page.keyboard.press('ArrowDown');
      await expect(button).toHaveAccessibleName('Show the whole story');
      await page.keyboard.press('Enter');
      await expect(button).toHaveAccessibleName('Show less of the story');
      await page.keyboard.press('Enter');
      await expect(button).toHaveAccessibleName('Show more of the story');
      await expect.poll(() => sheetHeight(page)).toBeLessThan(peek + 2);

      // Dragging the head up past the middle, then down again.
      await expect.poll(() => page.evaluate(() => Boolean(document.querySelector('journey-story')?.hasUpdated))).toBe(true);
      const head = await box(button);
      const [x, y] = [head.x + head.width / 2, head.y + head.height / 2];
      await page.mouse.move(x, y);
      await page.mouse.down();
      for (let i = 1; i <= 8; i++) await page.mouse.move(x, y - (i * height * 0.3) / 8);
      await page.mouse.up();
      await expect(button).toHaveAccessibleName('Show the whole story');
      await expect.poll(async () => Math.abs((await sheetHeight(page)) - (await box(page.locator('journey-story').locator('.layout'))).height / 2)).toBeLessThan(4);
      const top = (await box(button)).y + 10;
      await page.mouse.move(x, top);
      await page.mouse.down();
      for (let i = 1; i <= 8; i++) await page.mouse.move(x, top + (i * height * 0.35) / 8);
      await page.mouse.up();
      await expect(button).toHaveAccessibleName('Show more of the story');
      await expect.poll(() => sheetHeight(page)).toBeLessThan(peek + 2);
    });

    test('Tab into the card below the sheet’s top row pulls the sheet up', async ({ page }) => {
      await openStory(page);
      const button = toggle(page);
      await page.getByRole('button', { name: 'Next event' }).focus();
      for (let i = 0; i < 6 && (await button.getAttribute('aria-expanded')) === 'false'; i++) await page.keyboard.press('Tab');
      await expect(button).toHaveAttribute('aria-expanded', 'true');
    });
  });
}
