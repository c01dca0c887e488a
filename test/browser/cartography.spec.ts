/**
 * Issue 12, the camera and the clutter: at every step of the default journey
 * and of three journeys across the antimeridian, at desktop and phone sizes,
 * once the camera has settled,
 * - the current place's marker lies in the part of the map the reader sees
 *   (not under the bottom sheet, the inset, the controls or the key), at least
 *   10% from each edge of it;
 * - the map is not blank;
 * - the badge of a traveller under way, when on the map, lies whole inside
 *   the part the reader sees (the step frames its participants' legs);
 * - the zoom never goes past the detail the basemap declares there;
 * - no stop marker, label or badge overlaps another, no label is cut by the
 *   map's edge, and the current marker, when in view, has its label;
 * and the opening overview holds every stop. Each view is kept as a contact
 * sheet (test-results/contact-sheet/index.html), whose path the run prints:
 * look at it.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { detailOf, detailZoom } from '../../src/map/camera.ts';
import { withContextDetail } from '../../src/map/context.ts';
import { drawn, expectNoClutter } from './clutter.ts';
import { openStory, settle } from './helpers.ts';

/** PW_SHEET puts the contact sheet elsewhere (two runs on one machine). */
const SHEET = resolve(process.env.PW_SHEET ?? 'test-results/contact-sheet');
/** Where the map may zoom in: the basemap's detail, with the default journey's context area added as the map adds it (the others have none). */
const DETAIL = withContextDetail(detailOf(JSON.parse(readFileSync(resolve('public/basemap/style.json'), 'utf8'))), JSON.parse(readFileSync(resolve('data/journeys/moscow-2025-12-02.json'), 'utf8')).context);

const JOURNEYS = [
  { name: 'default', path: './', body: undefined },
  { name: 'far-east-alaska', path: './?journey=/far-east-alaska.json', body: readFileSync(resolve('test/fixtures/far-east-alaska.json'), 'utf8') },
  { name: 'pacific', path: './?journey=/pacific.json', body: readFileSync(resolve('test/fixtures/pacific-date-line.json'), 'utf8') },
  { name: 'date-line', path: './?journey=/date-line.json', body: readFileSync(resolve('test/fixtures/date-line-journey.json'), 'utf8') },
];

const mapView = (page: Page) => page.locator('journey-map-view');
const next = (page: Page) => page.getByRole('button', { name: 'Next event' });

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The map's box, the part of it the reader sees (less the sheet over it), the overlays on it, and the current marker's dot. */
async function layout(page: Page) {
  return page.evaluate(() => {
    const story = document.querySelector('journey-story')!.shadowRoot!;
    const view = story.querySelector('journey-map-view')!.shadowRoot!;
    const box = (el: Element | null | undefined) => {
      if (!el) return undefined;
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 ? { x: r.x, y: r.y, w: r.width, h: r.height } : undefined;
    };
    const map = box(view.querySelector('.map'))!;
    // On phones the story's sheet lies over the bottom of the map.
    const panel = box(story.querySelector('[part="panel"]'));
    let visibleBottom = Math.min(map.y + map.h, innerHeight);
    if (panel && panel.y < visibleBottom && panel.y > map.y && panel.x < map.x + map.w && panel.x + panel.w > map.x) visibleBottom = panel.y;
    const overlays = [...view.querySelectorAll('[data-map-overlay], .maplibregl-ctrl')].map(box).filter((b) => b !== undefined);
    const current = view.querySelector('.stop[aria-current="step"]:not([hidden])');
    // The badges of travellers under way ("…, between Anadyr and Nome"), as drawn.
    const moving = [...view.querySelectorAll('.markers > .traveller')]
      .filter((t) => / between /.test(t.getAttribute('aria-label') ?? '') && getComputedStyle(t).display !== 'none' && getComputedStyle(t).visibility !== 'hidden')
      .map((t) => ({ who: t.getAttribute('aria-label') ?? '', box: box(t) }))
      .filter((t) => t.box !== undefined);
    return {
      map,
      visible: { x: map.x, y: map.y, w: map.w, h: visibleBottom - map.y },
      overlays,
      dot: box(current?.querySelector('.stop-dot')),
      moving,
      camera: view.host.getAttribute('data-camera') ?? '',
      place: current?.getAttribute('data-place') ?? '',
    };
  });
}

const intersects = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** How much the pixels of a part of the page's screenshot vary: near 0 for a blank or uniform field. */
function spread(shot: Buffer, clip: Box): number {
  const png = PNG.sync.read(shot);
  let sum = 0;
  let sq = 0;
  let n = 0;
  const x0 = Math.max(0, Math.round(clip.x));
  const y0 = Math.max(0, Math.round(clip.y));
  const x1 = Math.min(png.width, Math.round(clip.x + clip.w));
  const y1 = Math.min(png.height, Math.round(clip.y + clip.h));
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * png.width + x) * 4;
      const l = 0.2126 * png.data[i]! + 0.7152 * png.data[i + 1]! + 0.0722 * png.data[i + 2]!;
      sum += l;
      sq += l * l;
      n++;
    }
  }
  if (n === 0) return 0;
  return Math.sqrt(Math.max(0, sq / n - (sum / n) ** 2));
}

const shots: { journey: string; size: string; step: string; file: string }[] = [];

/** Keeps the page's screenshot for the contact sheet, and returns it. */
async function keep(page: Page, journey: string, size: string, step: string): Promise<Buffer> {
  mkdirSync(SHEET, { recursive: true });
  const file = `${journey}-${size}-${step}.png`;
  const shot = await page.screenshot({ path: join(SHEET, file) });
  shots.push({ journey, size, step, file });
  return shot;
}

test.afterAll(() => {
  if (shots.length === 0) return;
  const figures = shots.map((s) => `<figure><img src="${s.file}" loading="lazy" alt=""><figcaption>${s.journey} · ${s.size} · ${s.step}</figcaption></figure>`).join('\n');
  writeFileSync(
    join(SHEET, 'index.html'),
    `<!doctype html><meta charset="utf-8"><title>Contact sheet: every step</title><style>body{font:13px system-ui;margin:1rem;display:grid;grid-template-columns:repeat(auto-fill,minmax(420px,1fr));gap:1rem}img{width:100%;border:1px solid #999}figure{margin:0}</style>\n${figures}\n`,
  );
  console.log(`Contact sheet of every step: ${join(SHEET, 'index.html')}`);
});

async function open(page: Page, journey: (typeof JOURNEYS)[number]): Promise<void> {
  if (journey.body) {
    const file = new URL(journey.path, 'http://x/').searchParams.get('journey')!;
    await page.route((url) => url.pathname === file, (route) => route.fulfill({ contentType: 'application/json', body: journey.body }));
  }
  // Cuts, not flights: each view is checked where the camera ends.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openStory(page, journey.path, { overview: true });
}

async function checkView(page: Page, where: string, shot: Buffer): Promise<void> {
  const { map, visible, overlays, dot, camera, place, moving } = await layout(page);
  const [lng, lat, zoom] = camera.split(',').map(Number) as [number, number, number];
  expect(Number.isFinite(zoom), `${where}: the camera is known`).toBe(true);
  // The zoom stays within the detail the basemap has where the map looks.
  expect(zoom, `${where}: zoom ${zoom} at ${lng},${lat}`).toBeLessThanOrEqual(detailZoom(DETAIL, [lng, lat, lng, lat]) + 0.01);
  expect(spread(shot, visible), `${where}: the map is not blank`).toBeGreaterThan(4);
  // A badge of a traveller under way that the reader sees at all is whole inside what the reader sees: never half off its edge.
  for (const { who, box: b } of moving) {
    if (!intersects(b!, visible)) continue;
    const inside = b!.x >= visible.x - 0.5 && b!.y >= visible.y - 0.5 && b!.x + b!.w <= visible.x + visible.w + 0.5 && b!.y + b!.h <= visible.y + visible.h + 0.5;
    expect(inside, `${where}: the badge of ${who} at ${JSON.stringify(b)} is cut by the visible map's edge ${JSON.stringify(visible)}`).toBe(true);
  }
  if (!place) return;
  expect(dot, `${where}: the current marker is drawn`).toBeDefined();
  const cx = dot!.x + dot!.w / 2;
  const cy = dot!.y + dot!.h / 2;
  const mx = 0.1 * visible.w;
  const my = 0.1 * visible.h;
  expect(cx, `${where}: ${place} 10% from the left`).toBeGreaterThanOrEqual(visible.x + mx - 1);
  expect(cx, `${where}: ${place} 10% from the right`).toBeLessThanOrEqual(visible.x + visible.w - mx + 1);
  expect(cy, `${where}: ${place} 10% from the top`).toBeGreaterThanOrEqual(visible.y + my - 1);
  expect(cy, `${where}: ${place} 10% from the bottom of what is seen`).toBeLessThanOrEqual(visible.y + visible.h - my + 1);
  for (const o of overlays) expect(intersects(dot!, o), `${where}: ${place} is under an overlay at ${JSON.stringify(o)}`).toBe(false);
  expect(map.w).toBeGreaterThan(0);
}

for (const [width, height] of [
  [1280, 800],
  [375, 667],
] as const) {
  test.describe(`${width}×${height}`, () => {
    test.use({ viewport: { width, height } });
    for (const journey of JOURNEYS) {
      test(`every step of ${journey.name} is framed in the visible map, within the basemap's detail, never blank, with nothing overlapping`, async ({ page }) => {
        test.setTimeout(300_000);
        await open(page, journey);
        const size = `${width}x${height}`;
        // The overview: every stop in view.
        await expect(page.getByRole('heading', { level: 2, name: JSON.parse(journey.body ?? readFileSync(resolve('data/journeys/moscow-2025-12-02.json'), 'utf8')).journey.title })).toBeVisible();
        let dots = 0;
        let labels = 0;
        let badges = 0;
        const check = async (step: string, where: string) => {
          await checkView(page, where, await keep(page, journey.name, size, step));
          await expectNoClutter(page, where);
          const { boxes } = await drawn(page);
          dots += boxes.filter((b) => b.what.startsWith('dot')).length;
          labels += boxes.filter((b) => b.what.startsWith('label')).length;
          badges += boxes.filter((b) => b.what.startsWith('badge')).length;
          // The current step's marker, when in view, has its label.
          const current = mapView(page).locator('.markers > .stop[aria-current="step"]:not([hidden]):not(.off-view)');
          if ((await current.count()) > 0) await expect(current.locator('+ .stop-label'), where).toBeVisible();
        };
        await check('00-overview', `${journey.name} at ${size}, the overview`);
        // Every stop is shown (alone, or in a merged marker) inside the part of the map the reader sees.
        const { visible } = await layout(page);
        const stops = await mapView(page).evaluate((host) =>
          [...host.shadowRoot!.querySelectorAll('.stop')].map((s) => {
            const dot = s.querySelector('.stop-dot')!.getBoundingClientRect();
            const shown = !(s as HTMLElement).hidden && getComputedStyle(s).display !== 'none' && getComputedStyle(s).visibility !== 'hidden' && dot.width > 0;
            return { place: s.getAttribute('data-place')!, members: (s.getAttribute('data-members') ?? '').split(/[\s,]+/).filter(Boolean), shown, x: dot.x + dot.width / 2, y: dot.y + dot.height / 2 };
          }),
        );
        const seen = new Set<string>();
        for (const stop of stops.filter((s) => s.shown)) {
          expect(stop.x >= visible.x && stop.x <= visible.x + visible.w && stop.y >= visible.y && stop.y <= visible.y + visible.h, `${journey.name}: ${stop.place} at ${stop.x},${stop.y} is in the overview`).toBe(true);
          for (const m of [stop.place, ...stop.members]) seen.add(m);
        }
        expect([...seen].sort(), `${journey.name}: every stop is in the overview`).toEqual(stops.map((s) => s.place).sort());
        await settle(page, () => page.getByRole('button', { name: /^Start: / }).click());
        for (let step = 1; ; step++) {
          await check(String(step).padStart(2, '0'), `${journey.name} at ${size}, step ${step}`);
          if ((await next(page).getAttribute('aria-disabled')) === 'true') break;
          await settle(page, () => next(page).click());
        }
        expect(dots, 'stop markers were drawn').toBeGreaterThan(0);
        expect(labels, 'labels were drawn').toBeGreaterThan(0);
        expect(badges, 'badges were drawn').toBeGreaterThan(0);
      });
    }
  });
}

test('Home, and Previous from the first event, return to the overview; the map’s “Whole journey” button does too', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openStory(page, './#event=kremlin-talks', { overview: true });
  const title = page.getByRole('heading', { level: 2, name: /Witkoff and Kushner in Moscow/ });
  await settle(page, () => mapView(page).getByRole('button', { name: 'Whole journey' }).click());
  await expect(title).toBeVisible();
  await expect(page).toHaveURL(/#event=overview/);
  await settle(page, () => page.getByRole('button', { name: /^Start: / }).click());
  await expect(page.getByRole('article').getByText('Step 1 of 12')).toBeVisible();
  await settle(page, () => page.getByRole('button', { name: 'Previous event' }).click());
  await expect(title).toBeVisible();
  await settle(page, () => next(page).click());
  await settle(page, () => next(page).click());
  await page.getByRole('button', { name: 'Next event' }).focus();
  await settle(page, () => page.keyboard.press('Home'));
  await expect(title).toBeVisible();
  await expect(page.getByRole('button', { name: /^Overview/ })).toHaveAttribute('aria-current', 'step');
});

test('during playback the camera moves at most once per step, never chasing a traveller between steps', async ({ page }) => {
  test.setTimeout(120_000);
  await openStory(page, './#event=landing-vnukovo', { overview: true });
  // Count the camera's moves and the steps shown while the story plays to its end.
  await page.evaluate(() => {
    const w = window as unknown as { moves: number; steps: Set<string> };
    w.moves = 0;
    w.steps = new Set();
    const view = document.querySelector('journey-story')!.shadowRoot!.querySelector('journey-map-view')!;
    new MutationObserver(() => {
      if (view.getAttribute('map-state') === 'moving') w.moves++;
    }).observe(view, { attributes: true, attributeFilter: ['map-state'] });
    document.querySelector('journey-story')!.addEventListener('journey-story-change', (e) => w.steps.add((e as unknown as { detail: { eventId: string } }).detail.eventId));
  });
  await page.getByRole('combobox', { name: 'Playback speed' }).selectOption('fast');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible({ timeout: 60_000 });
  const { moves, steps } = await page.evaluate(() => {
    const w = window as unknown as { moves: number; steps: Set<string> };
    return { moves: w.moves, steps: w.steps.size };
  });
  expect(steps, 'playback went through several steps').toBeGreaterThan(3);
  expect(moves, `${moves} camera moves over ${steps} steps`).toBeLessThanOrEqual(steps);
});
