/**
 * Issue 14, "Honest time": over every event of the default journey and of a
 * test journey across the date line, no traveller is drawn at a point while
 * their position is unknown; readers see no notice for editors' warnings,
 * and `?check=1` lists them all.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { openStory, settle } from './helpers.ts';

interface Time {
  at: string;
  qualifier: string;
}
interface File {
  journey: { title: string };
  events: { id: string }[];
  features: { id: string; properties: { kind: string; names?: { en: string }; precision?: string; from?: string; to?: string; depart?: Time; arrive?: Time } }[];
}
const read = (path: string) => readFileSync(resolve(path), 'utf8');
const DEFAULT = read('data/journeys/moscow-2025-12-02.json');
const DATE_LINE = read('test/fixtures/date-line-journey.json');

const hasClock = (t: Time) => t.qualifier !== 'unknown' && t.qualifier !== 'date' && t.at.includes('T');
const short = (name: string) => name.replace(/\s*\(.*\)\s*$/, '');

/** What no marker may say: a point along a leg with an unreported end, or a point in an area. */
function forbidden(file: File): { between: string[]; areas: string[] } {
  const names = new Map(file.features.filter((f) => f.properties.kind === 'place').map((f) => [f.id, short(f.properties.names!.en)]));
  const between = file.features
    .filter((f) => f.properties.kind === 'leg' && !(hasClock(f.properties.depart!) && hasClock(f.properties.arrive!)))
    .map((f) => `between ${names.get(f.properties.from!)} and ${names.get(f.properties.to!)}`);
  const areas = file.features.filter((f) => f.properties.precision === 'region').map((f) => short(f.properties.names!.en));
  return { between, areas };
}

/** The names of the traveller markers drawn on the map now (hidden ones are not in the accessibility tree). */
const markerNames = (page: Page) => page.locator('journey-map-view').getByRole('img').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));

async function everyEvent(page: Page, text: string, check: (names: string[], step: number) => void) {
  const file = JSON.parse(text) as File;
  const total = file.events.length;
  const article = page.getByRole('article');
  for (let step = 1; step <= total; step++) {
    if (step > 1) await settle(page, () => page.getByRole('button', { name: 'Next event' }).click());
    await expect(article).toContainText(`Step ${step} of ${total}`);
    check(await markerNames(page), step);
  }
}

function expectHonest(text: string) {
  const { between, areas } = forbidden(JSON.parse(text) as File);
  return (names: string[], step: number) => {
    for (const name of names) {
      for (const b of between) expect(name, `step ${step}: a point on a leg whose time is not known`).not.toContain(b);
      for (const a of areas) expect(name, `step ${step}: a point in an area`).not.toContain(`at ${a}`);
    }
  };
}

test.describe('honest positions', () => {
  test('the default journey draws no traveller at a point while their position is unknown', async ({ page }) => {
    expect(forbidden(JSON.parse(DEFAULT) as File).between.length, 'the default journey has legs with unreported times').toBeGreaterThan(0);
    await openStory(page, './?event=geneva-talks');
    const seen: string[] = [];
    await everyEvent(page, DEFAULT, (names, step) => {
      expectHonest(DEFAULT)(names, step);
      seen.push(...names);
    });
    // Once they leave Vnukovo, the envoys are on a flight whose arrival was not reported; Umerov's crossing was not reported at all.
    const said = (pattern: RegExp) => expect(seen.some((n) => pattern.test(n)), `${pattern}\n${seen.join('\n')}`).toBe(true);
    said(/^Witkoff and Kushner, last known at Vnukovo Airport; on the way to Washington.*, position not known$/);
    said(/^Rustem Umerov, last known at Shell Bay Club.*; on the way to Dublin Airport, position not known$/);
  });

  test('the never-named Europe has no numbered stop', async ({ page }) => {
    await openStory(page);
    await expect(page.getByRole('button', { name: /^Kremlin/ }).first()).toBeAttached();
    await expect(page.getByRole('button', { name: /^\d+, Europe/, includeHidden: true })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^\d+, An airport in Florida/, includeHidden: true })).toHaveCount(0);
  });

  test('across the date line, the flight with no reported arrival is never a point; the key explains the markers', async ({ page }) => {
    await page.route((url) => url.pathname === '/date-line.json', (route) => route.fulfill({ contentType: 'application/json', body: DATE_LINE }));
    await openStory(page, './?journey=/date-line.json');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('A fictional mission across the date line');
    const seen: string[] = [];
    await everyEvent(page, DATE_LINE, (names, step) => {
      expectHonest(DATE_LINE)(names, step);
      seen.push(...names);
    });
    expect(seen.some((n) => /^Example Mission, last known at Magadan airport; on the way to Anchorage, position not known$/.test(n)), seen.join('\n')).toBe(true);
    const card = page.getByRole('article');
    await expect(card).toContainText('Inferred');
    await page.getByRole('button', { name: 'Previous event' }).click();
    await page.getByRole('button', { name: 'Previous event' }).click();
    await page.getByRole('button', { name: 'Previous event' }).click();
    await expect(card).toContainText('Step 1 of 4');
    await expect(card).toContainText('Anna Example');
    await expect(card).toContainText(/between 12:00 and 13:00/);
  });

  test('a reader sees no notice for undated sources; ?check=1 lists every warning', async ({ page }) => {
    await page.route((url) => url.pathname === '/date-line.json', (route) => route.fulfill({ contentType: 'application/json', body: DATE_LINE }));
    await openStory(page, './?journey=/date-line.json');
    await expect(page.getByRole('article')).toBeVisible();
    await expect(page.getByText(/This journey has \d+ warning/)).toHaveCount(0);
    await openStory(page, './?journey=/date-line.json&check=1');
    await expect(page.getByText('This journey has 1 warning')).toBeVisible();
  });

  test('a reader is told, in plain words, what changes what is shown (an inferred zone); editors see the warning with its path', async ({ page }) => {
    const journey = JSON.parse(DATE_LINE);
    const airport = journey.features.find((f: { id: string }) => f.id === 'magadan-airport');
    delete airport.properties.timeZone;
    await page.route((url) => url.pathname === '/inferred.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(journey) }));
    await openStory(page, './?journey=/inferred.json');
    const note = page.getByRole('complementary', { name: 'About this map' });
    await expect(note).toContainText(/Times at Magadan airport are shown (in the time zone of Magadan|at UTC)/);
    await expect(note).not.toContainText('$.');
    await expect(page.getByText(/This journey has \d+ warning/)).toHaveCount(0);
    await openStory(page, './?journey=/inferred.json&check=1');
    await page.getByText('This journey has 2 warnings').click();
    await expect(page.getByText(/\$\.features\[\d+\]\.properties\.timeZone/)).toBeVisible();
  });

  test('the default journey shows readers no warnings notice', async ({ page }) => {
    await openStory(page);
    await expect(page.getByRole('article')).toBeVisible();
    await expect(page.getByText(/This journey has \d+ warning/)).toHaveCount(0);
    await expect(page.getByRole('complementary', { name: 'About this map' })).toHaveCount(0);
  });
});
