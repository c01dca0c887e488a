import { expect, test, type Page } from '@playwright/test';
import { manyEmptyOthers, manyProblems } from '../support/hostile-journeys.ts';
import { openStory } from './helpers.ts';

/** The hostile journeys of the security review (issue 15), built by test/support/hostile-journeys.ts. */
test.describe('hostile journeys', () => {
  const pageErrors = (page: Page) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    return errors;
  };

  test('a local file with 150,000 empty names ends in the problem alert within seconds, not on "Loading the journey…"', async ({ page }) => {
    const errors = pageErrors(page);
    await openStory(page);
    const started = Date.now();
    await page.getByLabel('Open a journey file').setInputFiles({ name: 'others.json', mimeType: 'application/json', buffer: Buffer.from(manyEmptyOthers()) });
    const alert = page.getByRole('alert');
    await expect(alert).toContainText("This journey can't be shown", { timeout: 10_000 });
    const ms = Date.now() - started;
    await expect(page.getByText('Loading the journey…')).toHaveCount(0);
    await expect(alert).toContainText('150,001 problems in file: others.json');
    await expect(alert).toContainText('$.events[1].others[0]');
    await expect(alert).toContainText('…and 149,901 more problems not listed here');
    expect(ms, 'from picking the file to the alert').toBeLessThan(10_000);
    expect(errors).toEqual([]);
  });

  test('a file with 100,001 problems lists 100 of them and says how many more, and the page stays responsive', async ({ page }) => {
    const errors = pageErrors(page);
    await page.route(
      (url) => url.pathname === '/hostile/many-problems.json',
      (route) => route.fulfill({ contentType: 'application/json', body: manyProblems() }),
    );
    await page.goto('./?journey=hostile/many-problems.json');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('100,001 problems in', { timeout: 10_000 });
    await expect(alert.getByRole('listitem')).toHaveCount(100);
    await expect(alert).toContainText('…and 99,901 more problems not listed here');
    // A frame is drawn promptly once the list is up: nothing is still building 100,001 items.
    const frameMs = await page.evaluate(() => new Promise<number>((resolve) => {
      const t0 = performance.now();
      requestAnimationFrame(() => resolve(performance.now() - t0));
    }));
    expect(frameMs).toBeLessThan(1_000);
    expect(errors).toEqual([]);
  });
});
