/**
 * Publishing without a rebuild: journey files copied into the built app's
 * `journeys/` folder after the build open by name, validated on load. The
 * files are added to the build these tests serve (dist/, or PW_DIST), and
 * removed afterwards.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { cardTitle, openStory } from './helpers.ts';

const served = resolve(process.env.PW_DIST ?? 'dist');
const minimal = JSON.parse(readFileSync(resolve('data/journeys/minimal.json'), 'utf8')) as { journey: { title: string } };
const added = { ...minimal, journey: { ...minimal.journey, title: 'A journey published after the build' } };
const broken = { ...minimal, journey: { ...minimal.journey, title: 42 } };
const files = { 'added-after-build': added, 'broken-after-build': broken };

test.describe('the journeys folder of a built app', () => {
  test.beforeAll(() => {
    for (const [name, body] of Object.entries(files)) writeFileSync(join(served, 'journeys', `${name}.json`), JSON.stringify(body, null, 2));
  });
  test.afterAll(() => {
    for (const name of Object.keys(files)) rmSync(join(served, 'journeys', `${name}.json`), { force: true });
  });

  test('a journey copied in after the build opens by name, on the page and in the embed', async ({ page }) => {
    await openStory(page, './?journey=added-after-build');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(added.journey.title);
    await expect(cardTitle(page)).toHaveText('Example Envoy lands');
    await expect(page.getByRole('alert')).toHaveCount(0);

    await page.goto('./embed.html?journey=added-after-build');
    await expect(page.getByText(added.journey.title).first()).toBeVisible();
    // The embed opens on the overview; its Start names the first event.
    await page.getByRole('button', { name: 'Start: Example Envoy lands' }).click();
    await expect(cardTitle(page)).toHaveText('Example Envoy lands');
  });

  test('a broken file copied in after the build is validated, with the same clear problems', async ({ page }) => {
    await page.goto('./?journey=broken-after-build');
    await expect(page.getByRole('alert')).toContainText('journeys/broken-after-build.json');
    await expect(page.getByRole('alert').getByRole('listitem')).toHaveText(/\$\.journey\.title\s*Invalid type: Expected string but received 42/);
  });

  test('a name with no file says so by name; a name can’t leave the folder', async ({ page }) => {
    await page.goto('./?journey=not-published-yet');
    await expect(page.getByRole('alert')).toContainText('There is no journey called "not-published-yet"');
    await page.goto('./?journey=..%2Fbasemap%2Fstyle');
    await expect(page.getByRole('alert')).not.toContainText('There is no journey called');
  });

  test('the <noscript> links and the README’s journey paths exist in the build', async ({ page }) => {
    const paths = new Set<string>();
    for (const html of ['index.html', 'embed.html']) {
      const text = await (await page.request.get(`./${html}`)).text();
      for (const [, inner] of text.matchAll(/<noscript>([\s\S]*?)<\/noscript>/g)) for (const [, href] of inner!.matchAll(/href="([^"]+)"/g)) paths.add(href!);
    }
    expect(paths.size, 'index.html has a <noscript> link').toBeGreaterThan(0);
    const readme = readFileSync(resolve('README.md'), 'utf8');
    for (const [, name] of readme.matchAll(/[?&]journey=([a-z0-9-]+)/g)) paths.add(`journeys/${name}.json`);
    for (const [path] of readme.matchAll(/(?<![\w/])journeys\/[a-z0-9-]+\.json/g)) paths.add(path);
    for (const path of paths) {
      const response = await page.request.get(`./${path}`);
      expect(response.status(), path).toBe(200);
      expect(response.headers()['content-type'], path).toMatch(/json/);
    }
  });
});
