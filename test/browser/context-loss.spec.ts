import { expect, test } from '@playwright/test';
import { openStory } from './helpers.ts';

test('when the WebGL context is lost, the map comes back after it is restored', async ({ page }) => {
  await openStory(page);
  const idle = () => page.evaluate(() => performance.getEntriesByName('journey-map-idle').length);
  // The main map's canvas, inside the shadow roots.
  const lose = (method: 'loseContext' | 'restoreContext') =>
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
  await lose('loseContext');
  await expect(page.locator('journey-map-view')).toHaveAttribute('map-state', 'lost');
  const before = await idle();
  await lose('restoreContext');
  await expect.poll(idle, { timeout: 20_000 }).toBeGreaterThan(before);
  await expect(page.locator('journey-map-view')).toHaveAttribute('map-state', 'idle');
  await expect(page.getByRole('region', { name: /^Map of / })).toBeVisible();
});
