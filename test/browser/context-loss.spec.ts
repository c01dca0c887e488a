import { expect, test, type Page } from '@playwright/test';
import { frames, openStory, QUICK } from './helpers.ts';

/** Loses or restores the main map's WebGL context (its canvas is inside the shadow roots). */
const loseOn = (page: Page, method: 'loseContext' | 'restoreContext') =>
  page.evaluate((m) => {
    // A lost context hands out no extensions, so keep the one taken before the loss.
    const store = window as unknown as { __lose?: WEBGL_lose_context | null };
    if (!store.__lose) {
      const view = document.querySelector('journey-story')?.shadowRoot?.querySelector('journey-map-view');
      const canvas = view?.shadowRoot?.querySelector<HTMLCanvasElement>('canvas.maplibregl-canvas');
      store.__lose = canvas?.getContext('webgl2')?.getExtension('WEBGL_lose_context');
    }
    if (!store.__lose) throw new Error('WEBGL_lose_context is not available');
    store.__lose[m]();
  }, method);

test('when the WebGL context is lost, the map comes back after it is restored', async ({ page }) => {
  await openStory(page);
  const idle = () => page.evaluate(() => performance.getEntriesByName('journey-map-idle').length);
  const lose = (method: 'loseContext' | 'restoreContext') => loseOn(page, method);
  await lose('loseContext');
  await expect(page.locator('journey-map-view')).toHaveAttribute('map-state', 'lost');
  const before = await idle();
  await lose('restoreContext');
  await expect.poll(idle, { timeout: 20_000, intervals: QUICK }).toBeGreaterThan(before);
  await expect(page.locator('journey-map-view')).toHaveAttribute('map-state', 'idle');
  await expect(page.getByRole('region', { name: /^Map of / })).toBeVisible();
});

test('while the context is lost, playback and steps log no errors, and the map draws the latest scene once it is back', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await openStory(page);
  const view = page.locator('journey-map-view');
  const time = page.getByRole('slider', { name: 'Journey time' });
  await page.getByRole('combobox', { name: 'Playback speed' }).selectOption('slow');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await loseOn(page, 'loseContext');
  await expect(view).toHaveAttribute('map-state', 'lost');
  // Playback goes on without the map: every frame hands it a scene.
  const before = await time.getAttribute('aria-valuetext');
  await frames(page, 30);
  await expect(time).not.toHaveAttribute('aria-valuetext', before ?? '');
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  // A step while lost, too.
  await page.getByRole('button', { name: 'Next event' }).click();
  const camera = await view.getAttribute('data-camera');
  await loseOn(page, 'restoreContext');
  await expect(view).toHaveAttribute('map-state', 'idle', { timeout: 20_000 });
  expect(errors, 'errors while the context was lost').toEqual([]);
  // The step taken while lost is framed once the map is back.
  expect(await view.getAttribute('data-camera')).not.toBe(camera);
});
