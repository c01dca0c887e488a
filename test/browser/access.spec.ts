import { expect, test, type Page } from '@playwright/test';
import { cardTitle, openStory, settle } from './helpers.ts';

const camera = (page: Page) => page.locator('journey-map-view').getAttribute('data-camera');

test.describe('following the story without a mouse, on a phone, or without motion', () => {
  test('keyboard only: from the top of the page to the last event', async ({ page }) => {
    await openStory(page);
    const titles = await page.getByRole('list', { name: 'Itinerary' }).getByRole('button').count();
    // Tab from the top of the page until "Next event" has focus.
    let guard = 0;
    while (!(await page.getByRole('button', { name: 'Next event' }).evaluate((b) => b.matches(':focus')))) {
      await page.keyboard.press('Tab');
      expect(++guard, 'Next event was never reached with Tab').toBeLessThan(40);
    }
    for (let i = 1; i < titles; i++) await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Next event' })).toHaveAttribute('aria-disabled', 'true');
    await expect(page.getByRole('list', { name: 'Itinerary' }).getByRole('button').last()).toHaveAttribute('aria-current', 'step');
    // "?" lists the shortcuts; Escape closes the list and focus comes back.
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Next event' })).toBeFocused();
  });

  test('from a fresh page, Tab reaches Next event within a few presses, before the map’s controls (issue 12)', async ({ page }) => {
    await openStory(page, './#event=landing-vnukovo');
    const next = page.getByRole('button', { name: 'Next event' });
    let presses = 0;
    while (!(await next.evaluate((b) => b.matches(':focus')))) {
      await page.keyboard.press('Tab');
      // The title bar's three controls, Previous, then Next.
      expect(++presses, 'Tab presses before Next event').toBeLessThanOrEqual(6);
    }
    // The map's controls come after the panel: the next press goes into the card, not to the zoom buttons.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Zoom in' })).not.toBeFocused();
    await expect(page.getByRole('button', { name: 'Next event' })).not.toBeFocused();
  });

  test('the accessibility tree tells the story', async ({ page }) => {
    await openStory(page, './#event=kremlin-talks');
    const tree = await page.locator('journey-story').ariaSnapshot();
    expect(tree).toMatch(/heading "Witkoff and Kushner in Moscow, 2 December 2025" \[level=1\]/);
    expect(tree).toMatch(/region "Map of .*events at .* places/);
    expect(tree).toMatch(/slider "Journey time"/);
    expect(tree).toMatch(/heading "Talks with Putin in the Kremlin" \[level=2\]/);
    expect(tree).toMatch(/list "Itinerary"/);
    expect(tree).toMatch(/img "Witkoff and Kushner, (at|between) .*Kremlin/);
  });

  for (const [width, height] of [
    [375, 667],
    [320, 568],
  ] as const) {
    test(`phone ${width}×${height}: no horizontal overflow, the card is visible, controls are at least 44 px`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width, height }, hasTouch: true, isMobile: true, deviceScaleFactor: 1 });
      const page = await context.newPage();
      await openStory(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await expect(cardTitle(page)).toBeInViewport();
      for (const name of ['Previous event', 'Next event', 'Play', 'Show more of the story', 'Share']) {
        const box = await page.getByRole('button', { name }).boundingBox();
        expect(box, name).not.toBeNull();
        expect(box!.height, `${name} height`).toBeGreaterThanOrEqual(44);
        expect(box!.width, `${name} width`).toBeGreaterThanOrEqual(44);
      }
      const stop = await page.getByRole('button', { name: /^\d+(, | stops: )/ }).first().boundingBox();
      expect(stop!.height).toBeGreaterThanOrEqual(44);
      for (const control of [page.getByRole('slider', { name: 'Journey time' }), page.getByRole('button', { name: 'Zoom in' })]) {
        const box = await control.boundingBox();
        expect(box!.height, 'slider and zoom buttons are 44 px tall on touch screens').toBeGreaterThanOrEqual(44);
      }
      // The sheet expands and collapses.
      await page.getByRole('button', { name: 'Show more of the story' }).click();
      await expect(page.getByRole('button', { name: 'Show the whole story' })).toHaveAttribute('aria-expanded', 'true');
      await context.close();
    });
  }

  test('reduced motion: right after a step the camera is already where it ends, with no flight', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openStory(page);
    const before = await camera(page);
    await page.getByRole('button', { name: 'Next event' }).click();
    const rightAfter = await camera(page);
    await settle(page, async () => undefined).catch(() => undefined);
    await expect(page.locator('journey-map-view')).toHaveAttribute('map-state', 'idle');
    expect(rightAfter).not.toBe(before);
    expect(await camera(page), 'the camera moved on after the step').toBe(rightAfter);
  });
});
