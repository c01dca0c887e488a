/**
 * Basemaps from allowed origins only (issue 15): a `?basemap=` on another
 * origin, or a `data:` URL, or a style whose tiles or glyphs are elsewhere,
 * is refused before any request, with a notice, and the journey still draws;
 * a newsroom's vector-tile style on an allowed origin (here the app's own,
 * as the test build lists no others) renders, its labels drawn from its own
 * glyphs; attributions show no images
 * or markup; basemap data that never answers is given up on.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page, type Request } from '@playwright/test';
import { ARTICLE } from './article-server.ts';
import { openStory } from './helpers.ts';

const FIXTURE = new URL('../fixtures/vector-style/', import.meta.url);
/** Where the fixture style is served, on the app's own origin. */
const NEWSROOM = '/newsroom-tiles/';

const notice = (page: Page) => page.getByRole('note');
const journeyDrawn = (page: Page) => expect(page.getByRole('button', { name: /^\d+, Moscow Kremlin.*: .*Talks with Putin/, includeHidden: true })).toBeAttached();

/** Every request the page makes, from now on. */
function recordRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.on('request', (r) => requests.push(r));
  return requests;
}
const to = (requests: readonly Request[], origin: string) => requests.filter((r) => r.url().startsWith(origin)).map((r) => r.url());

/** Serves a style as JSON at a path on the app's origin. */
async function serveStyle(page: Page, path: string, style: object): Promise<void> {
  await page.route((url) => url.pathname === path, (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(style) }));
}

/** The map as it is drawn now, as a PNG. */
const mapShot = (page: Page) => page.getByRole('region', { name: /^Map of / }).screenshot();

/**
 * Where two shots of the map differ by dark pixels in the first (text ink:
 * the fixture's labels are black, on a light or magenta ground): how many,
 * and the box around them.
 */
async function inkAdded(page: Page, shot: Buffer, without: Buffer): Promise<{ pixels: number; width: number; height: number }> {
  return page.evaluate(
    async ([a, b]) => {
      const pixels = async (base64: string) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
        context.drawImage(bitmap, 0, 0);
        return context.getImageData(0, 0, bitmap.width, bitmap.height);
      };
      const [shot, without] = [await pixels(a!), await pixels(b!)];
      let count = 0;
      let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
      for (let i = 0; i < shot.data.length; i += 4) {
        const sum = (d: Uint8ClampedArray) => d[i]! + d[i + 1]! + d[i + 2]!;
        if (sum(shot.data) > 3 * 96 || sum(without.data) - sum(shot.data) < 3 * 64) continue;
        count++;
        const [x, y] = [(i / 4) % shot.width, Math.floor(i / 4 / shot.width)];
        [left, top, right, bottom] = [Math.min(left, x), Math.min(top, y), Math.max(right, x), Math.max(bottom, y)];
      }
      return { pixels: count, width: right - left + 1, height: bottom - top + 1 };
    },
    [shot.toString('base64'), without.toString('base64')],
  );
}

/** The share (0 to 1) of the map's pixels within a few levels of a colour. */
async function colourShare(page: Page, [r, g, b]: [number, number, number]): Promise<number> {
  const png = await page.getByRole('region', { name: /^Map of / }).screenshot();
  return page.evaluate(
    async ({ base64, r, g, b }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
      let hits = 0;
      for (let i = 0; i < data.length; i += 4) if (Math.abs(data[i]! - r) + Math.abs(data[i + 1]! - g) + Math.abs(data[i + 2]! - b) < 24) hits++;
      return hits / (data.length / 4);
    },
    { base64: png.toString('base64'), r, g, b },
  );
}

test.describe('basemap origins', () => {
  test('a basemap on another origin is refused before any request, with a notice naming the origin', async ({ page }) => {
    const requests = recordRequests(page);
    await openStory(page, `./?basemap=${encodeURIComponent(`${ARTICLE}/style.json`)}`);
    await expect(notice(page)).toContainText(`The background map could not be loaded`);
    await expect(notice(page)).toContainText(`is on ${ARTICLE}`);
    await expect(notice(page)).toContainText('No request was made');
    await journeyDrawn(page);
    expect(to(requests, ARTICLE)).toEqual([]);
  });

  test('a data: basemap is refused before any request, with a notice', async ({ page }) => {
    const requests = recordRequests(page);
    const style = { version: 8, sources: {}, layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#ff0000' } }] };
    await openStory(page, `./?basemap=${encodeURIComponent(`data:application/json,${JSON.stringify(style)}`)}`);
    await expect(notice(page)).toContainText('uses data:');
    await journeyDrawn(page);
    expect(to(requests, 'data:')).toEqual([]);
    expect(await colourShare(page, [255, 0, 0])).toBe(0);
  });

  test('a style on this site whose tiles and glyphs are elsewhere is refused: no request goes there', async ({ page }) => {
    const requests = recordRequests(page);
    await serveStyle(page, '/newsroom/foreign-tiles.json', {
      version: 8,
      sources: { streets: { type: 'vector', tiles: [`${ARTICLE}/tiles/{z}/{x}/{y}.pbf`] } },
      glyphs: `${ARTICLE}/fonts/{fontstack}/{range}.pbf`,
      sprite: `${ARTICLE}/sprite`,
      layers: [{ id: 'streets', type: 'line', source: 'streets', 'source-layer': 'roads' }],
    });
    await openStory(page, './?basemap=/newsroom/foreign-tiles.json');
    await expect(notice(page)).toContainText(`tiles of "streets" is on ${ARTICLE}`);
    await journeyDrawn(page);
    expect(to(requests, ARTICLE)).toEqual([]);
  });

  test('a vector-tile style with glyphs and a sprite on an allowed origin renders, labels included', async ({ page }) => {
    const requests = recordRequests(page);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route(
      (url) => url.pathname.startsWith(NEWSROOM),
      (route) => {
        const path = new URL(route.request().url()).pathname.slice(NEWSROOM.length);
        let body: Buffer;
        if (path === 'style-unlabelled.json') {
          // The same style with its labels transparent: the map it draws is the one to compare with.
          const style = JSON.parse(readFileSync(new URL('style.json', FIXTURE), 'utf8'));
          for (const layer of style.layers) if (layer.id === 'place-labels') layer.paint = { ...layer.paint, 'text-opacity': 0 };
          return route.fulfill({ contentType: 'application/json', body: JSON.stringify(style) });
        }
        try {
          body = readFileSync(new URL(path, FIXTURE));
        } catch {
          return route.fulfill({ status: 404, body: 'not found' });
        }
        const type = path.endsWith('.json') ? 'application/json' : path.endsWith('.png') ? 'image/png' : 'application/x-protobuf';
        return route.fulfill({ contentType: type, body });
      },
    );
    // The whole journey (Geneva to Moscow), so the labelled point is in view.
    await openStory(page, `./?basemap=${NEWSROOM}style.json#event=overview`);
    await expect(page.locator('journey-map-view')).toHaveAttribute('map-state', 'idle');
    const paths = requests.map((r) => new URL(r.url()).pathname).filter((p) => p.startsWith(NEWSROOM));
    // Templates were requested filled in, never percent-encoded ({z} → %7Bz%7D).
    expect(paths.filter((p) => p.includes('%7B'))).toEqual([]);
    expect(paths.some((p) => /^\/newsroom-tiles\/tiles\/\d\/\d\/\d\.pbf$/.test(p))).toBe(true);
    expect(paths).toContain(`${NEWSROOM}fonts/fixture/0-255.pbf`);
    expect(paths).toContain(`${NEWSROOM}sprite.json`);
    await expect(notice(page)).toHaveCount(0);
    // The tile layer's fill (#e000e0) covers much of the map.
    expect(await colourShare(page, [0xe0, 0x00, 0xe0])).toBeGreaterThan(0.05);
    await journeyDrawn(page);
    // The label "Moscow" is drawn from the fixture's glyphs (Noto Sans, printable ASCII):
    // against the same map with the label layer transparent, black ink is added, in a
    // word-sized box (14 px text, six letters) rather than all over the map. (The label
    // may overlap the journey's symbols, which would otherwise hide it below marker 9.)
    const labelled = await mapShot(page);
    await openStory(page, `./?basemap=${NEWSROOM}style-unlabelled.json#event=overview`);
    await expect(page.locator('journey-map-view')).toHaveAttribute('map-state', 'idle');
    await expect(notice(page)).toHaveCount(0);
    await journeyDrawn(page);
    const ink = await inkAdded(page, labelled, await mapShot(page));
    expect(ink.pixels).toBeGreaterThan(60);
    expect(ink.width).toBeGreaterThan(25);
    expect(ink.width).toBeLessThan(90);
    expect(ink.height).toBeGreaterThan(6);
    expect(ink.height).toBeLessThan(30);
    expect(errors).toEqual([]);
  });

  test('a hostile attribution shows as text and safe links only', async ({ page }) => {
    const requests = recordRequests(page);
    await serveStyle(page, '/newsroom/hostile-attribution.json', {
      version: 8,
      sources: {
        land: {
          type: 'geojson',
          data: { type: 'FeatureCollection', features: [] },
          attribution: `Tiles <img src="${ARTICLE}/track.gif"> by <b>Evil</b> <a href="javascript:alert(1)">Run me</a> <a href="https://tiles.example.org/" onclick="steal()">Tile credits</a>`,
        },
      },
      // MapLibre credits only sources that a layer draws.
      layers: [{ id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': '#cccccc' } }],
    });
    // On the overview the attribution is still open (a step change folds it).
    await openStory(page, './?basemap=/newsroom/hostile-attribution.json', { overview: true });
    const attribution = page.getByText('Journey: sources cited in each event card');
    await expect(attribution).toContainText('Tiles by Evil');
    await expect(attribution.getByRole('link', { name: 'Tile credits' })).toHaveAttribute('href', 'https://tiles.example.org/');
    await expect(attribution.getByRole('link', { name: 'Tile credits' })).not.toHaveAttribute('onclick');
    await expect(attribution.getByRole('link', { name: 'Run me' })).toHaveCount(0);
    await expect(attribution.getByRole('img')).toHaveCount(0);
    expect(await attribution.evaluate((e) => e.querySelectorAll('img, b, script').length)).toBe(0);
    expect(to(requests, ARTICLE)).toEqual([]);
  });

  test('basemap data that never answers is given up on: a notice says so, and the journey draws', async ({ page }) => {
    // The basemap's tiles hang: no answer, no error.
    await page.route(/\/basemap\/tiles\/.*\.pbf$/, () => undefined);
    await openStory(page);
    await expect(notice(page)).toContainText('("basemap") is missing: it did not load within 10 s');
    await expect(page.locator('journey-map-view')).toHaveAttribute('map-state', 'idle');
    await journeyDrawn(page);
  });
});
