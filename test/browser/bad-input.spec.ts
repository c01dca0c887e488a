import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';

test.describe('bad input', () => {
  test('an invalid journey file shows an alert listing the problems with their paths', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // The app fetches the file for real; only the server's answer is a fixture.
    await page.route((url) => url.pathname === '/fixtures/broken-journey.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: readFileSync(resolve('test/fixtures/broken-journey.json'), 'utf8') }),
    );
    await page.goto('./?journey=fixtures/broken-journey.json');
    const alert = page.getByRole('alert');
    await expect(alert).toBeVisible();
    await expect(alert).toContainText("This journey can't be shown");
    await expect(alert).toContainText('$.events[0].place');
    await expect(alert).toContainText('Unknown place id "atlantis"');
    await expect(alert).toContainText('$.sources[0].url');
    await expect(alert).toContainText('$.features[1].properties.arrive.at');
    expect(errors).toEqual([]);
  });

  test('a journey that is not JSON shows the alert', async ({ page }) => {
    await page.route((url) => url.pathname === '/fixtures/not-json.json', (route) => route.fulfill({ contentType: 'application/json', body: '{ "type": ' }));
    await page.goto('./?journey=fixtures/not-json.json');
    await expect(page.getByRole('alert')).toContainText('Not valid JSON');
  });

  test('a missing journey file shows the alert with the status', async ({ page }) => {
    await page.route((url) => url.pathname === '/no/such/journey.json', (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await page.goto('./?journey=/no/such/journey.json');
    await expect(page.getByRole('alert')).toContainText('answered 404');
  });

  test('a path that serves an HTML page, not JSON, says so', async ({ page }) => {
    // vite preview, like many hosts, answers unknown paths with the app's index.html.
    await page.goto('./?journey=/not/a/journey.json');
    await expect(page.getByRole('alert')).toContainText('is an HTML page, not a JSON journey file');
  });

  test('an unknown journey name shows the alert and says where the file would go', async ({ page }) => {
    await page.goto('./?journey=no-such-journey');
    await expect(page.getByRole('alert')).toContainText('There is no journey called "no-such-journey"');
    await expect(page.getByRole('alert')).toContainText('put no-such-journey.json in the journeys/ folder');
  });

  test('a journey on another origin is refused without a request', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto('./?journey=https://example.org/journey.json');
    await expect(page.getByRole('alert')).toContainText('only loaded from this site');
    expect(requests.filter((u) => new URL(u).hostname === 'example.org')).toEqual([]);
  });
});
