/**
 * The journey studio (edit.html, issue 17), in real Chromium against the
 * build: a journey built through the forms and the map alone, downloaded,
 * passed by the CLI and opened by the reader; a broken field found from its
 * problem and undone; CSV import, good and bad; a reload that keeps the
 * work. Elements are found by role and label, as an editor finds them.
 */
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { requireWebGL2 } from './helpers.ts';

const DRAFT_KEY = 'diplomatic-journey:studio-draft';
const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url));

/** Opens the studio with this draft already kept in the browser (or none), and waits for the page. */
async function openStudio(page: Page, draft?: object, query = ''): Promise<void> {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  if (draft) await page.addInitScript(([key, value]) => localStorage.getItem(key) ?? localStorage.setItem(key, value), [DRAFT_KEY, JSON.stringify({ draft, savedAt: Date.now() })] as const);
  await page.goto(`./edit.html${query}`);
  await requireWebGL2(page);
}

/** Serious and critical axe violations, as readable lines. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

const section = (page: Page, name: string) => page.getByRole('navigation', { name: 'Parts of the journey' }).getByRole('button', { name, exact: true });
const verdict = (page: Page) => page.getByRole('region', { name: 'Checks' }).getByRole('status');

/** Writes a time into a time field (a group named by its legend). */
async function writeTime(group: Locator, day: string, time: string): Promise<void> {
  await group.getByLabel('Day').fill(day);
  await group.getByLabel('Time', { exact: true }).fill(time);
}

/** A journey with its title and two travellers, as an editor has it before importing a spreadsheet. */
const withTravellers = {
  $schema: '../../public/schema/journey-1.schema.json',
  type: 'FeatureCollection',
  journey: { formatVersion: '1.0', id: 'csv-trip', title: 'Talks in Geneva', summary: 'Imported from a spreadsheet.' },
  travellers: [
    { id: 'envoy', name: 'The Envoy', kind: 'person', role: 'Special envoy', color: '#2f6fd0' },
    { id: 'minister', name: 'The Minister', kind: 'person', role: 'Foreign minister', color: '#d0402a' },
  ],
  sources: [],
  events: [],
  features: [],
};

/** The canvas's camera ("lng,lat,zoom") once it has stopped changing. */
async function settledCamera(map: Locator): Promise<string> {
  let last: string | null = null;
  await expect.poll(async () => {
    const now = await map.getAttribute('data-camera');
    const same = now !== null && now === last;
    last = now;
    return same;
  }).toBe(true);
  return last!;
}

/** An event of the draft kept in the browser. */
async function draftEvent(page: Page, index: number): Promise<unknown> {
  return page.evaluate(([key, i]) => (JSON.parse(localStorage.getItem(key) ?? '{}') as { draft?: { events?: unknown[] } }).draft?.events?.[i], [DRAFT_KEY, index] as const);
}

test.describe('the journey studio', () => {
  test('a journey of three places, two travellers, two legs and three sourced events, built by the forms and the map alone, passes the CLI and opens in the reader', async ({ page }) => {
    test.setTimeout(150_000);
    await openStudio(page);
    await page.getByRole('button', { name: 'New journey' }).click();

    // Until the journey is valid, the preview says how many errors are left, and which to fix first.
    const preview = page.getByRole('region', { name: 'Preview: the journey as readers see it' });
    await expect(preview.getByRole('status')).toHaveText('5 errors are left before the preview can show the journey. Fix first: The journey, title — This text must not be empty.');
    await page.getByLabel('Title').fill('Three cities in a day');
    // A new journey's id follows its title, until the editor changes it.
    await expect(page.getByLabel('Id', { exact: true })).toHaveValue('three-cities-in-a-day');
    await page.getByLabel('Summary').fill('A test journey written in the studio: two travellers, three places.');
    await page.getByLabel('Id', { exact: true }).fill('studio-three-cities');

    await section(page, 'Travellers').click();
    for (const [name, role] of [
      ['Ana Envoy', 'Special envoy'],
      ['Ben Aide', 'Her adviser'],
    ]) {
      await page.getByRole('button', { name: 'Add a traveller' }).click();
      await page.getByLabel('Name', { exact: true }).fill(name as string);
      await page.getByLabel('Role').fill(role as string);
    }
    // The colour is checked against both basemaps.
    await expect(page.getByText(/Light map: [\d.]+:1\s+✓/)).toBeVisible();
    await expect(page.getByText(/Dark map: [\d.]+:1\s+✓/)).toBeVisible();

    await section(page, 'Sources').click();
    await page.getByRole('button', { name: 'Add a source' }).click();
    await page.getByLabel('Publisher').fill('Example Wire');
    await page.getByLabel('Title').fill('The envoy’s day');
    const link = page.getByLabel('Link');
    await link.fill('example.org/day');
    await expect(link).toHaveAttribute('aria-invalid', 'true');
    await expect(link).toHaveAccessibleDescription(/This must be an absolute URL/);
    await link.fill('https://example.org/day');
    await expect(link).toHaveAttribute('aria-invalid', 'false');

    // Each place gets its point from a click on the map.
    await section(page, 'Places').click();
    const canvas = page.getByRole('region', { name: 'Map canvas' }).locator('canvas');
    await expect(canvas).toBeVisible();
    const box = (await canvas.boundingBox())!;
    const clicks = [
      [0.3, 0.6],
      [0.5, 0.45],
      [0.7, 0.55],
    ] as const;
    const names = ['Ashford', 'Brightwell', 'Carrow'];
    for (const [i, name] of names.entries()) {
      await page.getByRole('button', { name: 'Add a place' }).click();
      await expect(page.getByRole('button', { name: 'Click the map to place it… (press to cancel)' })).toBeVisible();
      await canvas.click({ position: { x: box.width * clicks[i]![0], y: box.height * clicks[i]![1] } });
      await expect(page.getByLabel('Longitude')).not.toHaveValue('');
      await page.getByLabel('Name in English').fill(name);
      await page.getByLabel('Time zone').fill('Europe/Paris');
    }
    await expect(page.getByRole('button', { name: /: drag to move/ })).toHaveCount(3);

    // Legs before events: the journey is valid (and the preview draws) only once the last event is written.
    await section(page, 'Legs').click();
    for (const [from, to, depart, arrive] of [
      ['Ashford (place-1)', 'Brightwell (place-2)', '10:00', '11:00'],
      ['Brightwell (place-2)', 'Carrow (place-3)', '13:00', '15:00'],
    ] as const) {
      await page.getByRole('button', { name: 'Add a leg' }).click();
      await page.getByLabel('From', { exact: true }).selectOption({ label: from });
      await page.getByLabel('To', { exact: true }).selectOption({ label: to });
      await page.getByLabel('Mode').selectOption('car');
      await writeTime(page.getByRole('group', { name: 'Departed' }), '2026-03-10', depart);
      await writeTime(page.getByRole('group', { name: 'Arrived' }), '2026-03-10', arrive);
    }
    // The second leg follows a route from a GPX file.
    await page.getByLabel('Route from a GPX or KML file').setInputFiles({ name: 'route.gpx', mimeType: 'application/gpx+xml', buffer: fixture('studio-route.gpx') });
    await expect(page.getByText('Drawn from a route of 4 points.')).toBeVisible();

    await section(page, 'Events').click();
    const events = [
      ['Arrival in Ashford', 'Ashford', '09:00'],
      ['Talks in Brightwell', 'Brightwell', '12:00'],
      ['Statement in Carrow', 'Carrow', '16:00'],
    ] as const;
    for (const [title, place, time] of events) {
      await page.getByRole('button', { name: 'Add an event' }).click();
      await page.getByLabel('Title').fill(title);
      await page.getByLabel('What happened').fill(`${title}, as *Example Wire* reported.`);
      await page.getByLabel('Place', { exact: true }).selectOption({ label: `${place} (place-${names.indexOf(place) + 1})` });
      await page.getByRole('group', { name: 'Who took part' }).getByLabel('Ben Aide').check();
      await writeTime(page.getByRole('group', { name: 'When it started' }), '2026-03-10', time);
    }
    // The time input writes the place's offset, and shows the moment for the reader and in UTC.
    await expect(page.getByText('At the place: 10 Mar, 16:00 CET')).toBeVisible();
    await expect(page.getByText('10 Mar, 15:00 UTC')).toBeVisible();

    await expect(verdict(page)).toHaveText(/^Valid: it opens in the reader/);
    // The preview is the reader's own story, and follows the event chosen in the forms.
    await section(page, 'Events').click();
    await page.getByRole('button', { name: 'Event 2: Talks in Brightwell' }).click();
    await expect(preview.getByRole('article').getByRole('heading', { level: 2 })).toHaveText('Talks in Brightwell');

    // The step takes the canvas's camera as its view, as one undo step, and the preview goes there.
    const mapRegion = page.getByRole('region', { name: 'Map canvas' });
    // Zoomed out from the first place (where the canvas went when it was placed): Brightwell stays near the middle, so the reader keeps the zoom.
    for (let i = 0; i < 3; i++) await mapRegion.getByRole('button', { name: 'Zoom out' }).click();
    const seen = await settledCamera(mapRegion.locator('.canvas-map'));
    const [lng, lat, zoom] = seen.split(',').map(Number) as [number, number, number];
    expect(zoom).toBeLessThan(7);
    await page.getByRole('button', { name: 'Use the map’s view for this step' }).click();
    const view = page.getByRole('group', { name: 'Map view' });
    await expect(view).toContainText(`View: zoom ${Math.round(zoom * 10) / 10} at ${Math.round(lat * 100) / 100}, ${Math.round(lng * 100) / 100}.`);
    await expect.poll(() => draftEvent(page, 1)).toMatchObject({ title: 'Talks in Brightwell', view: { center: [lng, lat], zoom } });
    // The reader's camera: the chosen zoom (within the basemap's detail, the place in view), the chosen centre in the middle of its map.
    const readerMap = preview.locator('journey-map-view');
    await expect.poll(async () => Number((await readerMap.getAttribute('data-camera'))?.split(',')[2])).toBe(zoom);
    const [rLng, rLat] = (await readerMap.getAttribute('data-camera'))!.split(',').map(Number) as [number, number];
    const mapBox = (await readerMap.boundingBox())!;
    const px = (deg: number) => (deg / 360) * 512 * 2 ** zoom;
    expect(Math.abs(px(rLng - lng))).toBeLessThan(mapBox.width / 4);
    expect(Math.abs(px(rLat - lat) / Math.cos((lat * Math.PI) / 180))).toBeLessThan(mapBox.height / 4);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(view).toContainText('No view of its own');
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect(view).toContainText('View: zoom');
    expect(await violations(page)).toEqual([]);

    await section(page, 'Publish').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download studio-three-cities.json' }).click()]);
    const file = join(mkdtempSync(join(tmpdir(), 'studio-')), download.suggestedFilename());
    await download.saveAs(file);
    const cli = execFileSync('npx', ['tsx', 'src/cli/validate.ts', file], { encoding: 'utf8' });
    expect(cli).toContain('valid (3 events');

    // The reader app opens the downloaded file and shows all three events.
    await page.goto('./');
    await page.getByLabel('Open a journey file').setInputFiles(file);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Three cities in a day');
    await expect(page.getByText('The whole journey: 3 events')).toBeVisible();
    for (const [title] of events) await expect(page.getByRole('button', { name: new RegExp(title) }).first()).toBeVisible();
  });

  test('a broken field shows its problem with its path; choosing it focuses the field; undo restores it; the code view follows and is linted; a reload keeps the work', async ({ page }) => {
    await openStudio(page);
    expect(await violations(page), 'the start screen').toEqual([]);
    await page.getByRole('button', { name: 'Copy “minimal”' }).click();
    const title = page.getByLabel('Title');
    const original = await title.inputValue();
    await title.fill('');
    const problem = page.getByRole('list', { name: 'Errors' }).getByRole('button', { name: /\$\.journey\.title/ });
    await expect(problem).toContainText('This text must not be empty');
    await expect(problem).toContainText('The journey');
    await expect(verdict(page)).toHaveText(/^1 error/);
    // From another part of the form, the problem takes the editor back to the field; and so does the preview's note.
    await section(page, 'Sources').click();
    await problem.click();
    await expect(page.getByLabel('Title')).toBeFocused();
    const preview = page.getByRole('region', { name: 'Preview: the journey as readers see it' });
    // (Shows your latest changes, once it has shown the copy; the copy may still be opening.)
    await expect(preview.getByRole('status')).toHaveText(/^One error is left before the preview (shows your latest changes|can show the journey)\. Fix first: The journey, title — This text must not be empty\.$/);
    await section(page, 'Sources').click();
    await preview.getByRole('button', { name: 'Go to it' }).click();
    await expect(page.getByLabel('Title')).toBeFocused();
    await page.keyboard.press('Control+z');
    await expect(page.getByLabel('Title')).toHaveValue(original);
    await expect(verdict(page)).toHaveText(/^Valid/);
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect(page.getByLabel('Title')).toHaveValue('');
    await page.getByRole('button', { name: 'Undo' }).click();

    // The code view holds the same file: an edit there shows in the checks and the forms, and its linter names the path.
    await section(page, 'Code').click();
    const code = page.getByRole('textbox', { name: 'The journey as JSON' });
    await expect(code).toContainText(`"title": "${original}"`);
    const minimal = JSON.parse(readFileSync(new URL('../../data/journeys/minimal.json', import.meta.url), 'utf8'));
    await code.click();
    await page.keyboard.press('Control+a');
    await page.keyboard.insertText(JSON.stringify({ ...minimal, journey: { ...minimal.journey, title: '' } }, null, 2));
    await expect(problem).toBeVisible();
    await page.keyboard.press('Control+Shift+KeyM');
    await expect(page.getByRole('listbox', { name: 'Diagnostics' })).toContainText('$.journey.title: This text must not be empty');
    await section(page, 'Journey').click();
    await expect(page.getByLabel('Title')).toHaveValue('');

    await page.getByLabel('Title').fill('Kept across a reload');
    await expect(page.getByText('Saved in this browser')).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('Title')).toHaveValue('Kept across a reload');
  });

  test('the CSV template, filled in, imports to a valid journey; a CSV with two bad rows lists both by row and column; context points show on the canvas (dark theme)', async ({ page }) => {
    await openStudio(page, withTravellers, '?theme=dark');
    await section(page, 'Events').click();
    const input = page.getByLabel('Import a CSV file…');
    await input.setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: fixture('studio-events-bad.csv') });
    const problems = page.getByRole('list', { name: 'CSV problems' }).getByRole('listitem');
    await expect(problems).toHaveText([/^Row 3, column latitude: /, /^Row 5, column date: /]);
    await expect(page.getByRole('heading', { name: /^Events/ })).toHaveText('Events (0)');

    await input.setInputFiles({ name: 'events.csv', mimeType: 'text/csv', buffer: fixture('studio-events.csv') });
    await expect(page.getByRole('heading', { name: /^Events/ })).toHaveText('Events (3)');
    await expect(page.getByRole('list', { name: 'CSV problems' })).toHaveCount(0);
    await expect(verdict(page)).toHaveText(/^Valid: it opens in the reader/);

    // A city found by name on the canvas becomes a place, in the zone named after it.
    const region = page.getByRole('region', { name: 'Map canvas' });
    await region.getByLabel('Find a city').fill('Paris');
    await region.getByRole('button', { name: 'Find', exact: true }).click();
    await region.getByRole('button', { name: /^Add “Paris” as a place/ }).click();
    await expect(page.getByLabel('Time zone')).toHaveValue('Europe/Paris');

    // A schematic context feature, drawn on the map and labelled; the checks ask for its title and a caption.
    await section(page, 'Context').click();
    await page.getByRole('button', { name: 'Add a point on the map' }).click();
    const canvas = region.locator('canvas');
    const box = (await canvas.boundingBox())!;
    // Beside Paris's marker, which takes clicks of its own.
    await canvas.click({ position: { x: box.width / 2 + 80, y: box.height / 2 + 50 } });
    await expect(page.getByRole('list', { name: 'Context features' }).getByRole('listitem')).toHaveCount(1);
    // The point shows on the canvas, named until it has a label, then by its label.
    await expect(region.getByRole('img', { name: 'Context point: Building 1, no label yet' })).toBeVisible();
    await page.getByLabel('Label', { exact: true }).fill('Old Town Hall');
    await expect(region.getByRole('img', { name: 'Context point: Old Town Hall' })).toBeVisible();
    // After placing, the map still sits under the search, not over it.
    const search = (await region.getByRole('button', { name: 'Find', exact: true }).boundingBox())!;
    expect((await canvas.boundingBox())!.y).toBeGreaterThanOrEqual(search.y + search.height);
    // In the dark theme the canvas's attribution is dark too.
    const attribution = region.getByRole('group').filter({ hasText: 'Natural Earth' });
    const lightness = await attribution.evaluate((el) => {
      const [r, g, b] = getComputedStyle(el).backgroundColor.match(/[\d.]+/g)!.map(Number);
      return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
    });
    expect(lightness).toBeLessThan(0.25);
    await page.getByLabel('What it shows').fill('Old Geneva');
    await expect(page.getByRole('list', { name: 'Warnings' })).toContainText('$.context.features');
    await expect(verdict(page)).toHaveText(/^Valid: it opens in the reader/);
  });

  test('on a phone, the studio says editing needs a larger screen, and still previews', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 667 });
    await openStudio(page, JSON.parse(fixture('../../data/journeys/minimal.json').toString()));
    await expect(page.getByRole('note')).toContainText('Editing needs a larger screen');
    await expect(page.getByRole('heading', { level: 1, name: 'Example Envoy visits Example City (a fictional example)' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Add a place' })).toHaveCount(0);
  });
});
