/**
 * Blank frames (issue 19): the share of frames, during step changes (the
 * camera's flights) and playback, in which the map is blank or nearly
 * uniform, as when tiles are dropped before their replacements arrive. Every
 * composited frame is captured (CDP `Page.startScreencast`, PNG) with the
 * map's HTML overlays hidden (controls, key, markers, inset), so only the
 * canvas is judged; a frame is blank when one colour covers at least
 * `BLANK_SHARE` of the map. The goal is none.
 */
import type { Browser } from '@playwright/test';
import { PNG } from 'pngjs';
import { APP_IDLE, firstMark, openPage, pause, requireWebGL2 } from './lib/pages.ts';
import { percentile } from './lib/stats.ts';

/** One colour over this share of the map's pixels (sampled on a 4 px grid, colours to 4 bits a channel) is a blank frame. */
export const BLANK_SHARE = 0.995;
const STEPS = 4;
const PLAY_MS = 6_000;

export interface BlankPhase {
  readonly frames: number;
  readonly blank: number;
  /** The largest share of one colour over the map in any frame, and its median over frames. */
  readonly maxShare: number;
  readonly medianShare: number;
}

export interface BlankFramesResult {
  readonly threshold: number;
  readonly steps: BlankPhase;
  readonly playback: BlankPhase;
}

type Rect = { x: number; y: number; w: number; h: number };

/** The largest share of one colour over `rect` (CSS pixels) of a screencast frame. */
function uniformShare(png: Buffer, rect: Rect, scale: number): number {
  const image = PNG.sync.read(png);
  const counts = new Map<number, number>();
  let n = 0;
  const [x0, y0] = [Math.round(rect.x * scale), Math.round(rect.y * scale)];
  const [x1, y1] = [Math.min(image.width, Math.round((rect.x + rect.w) * scale)), Math.min(image.height, Math.round((rect.y + rect.h) * scale))];
  for (let y = y0; y < y1; y += 4) {
    for (let x = x0; x < x1; x += 4) {
      const i = (y * image.width + x) * 4;
      const key = ((image.data[i]! >> 4) << 8) | ((image.data[i + 1]! >> 4) << 4) | (image.data[i + 2]! >> 4);
      counts.set(key, (counts.get(key) ?? 0) + 1);
      n++;
    }
  }
  return n ? Math.max(...counts.values()) / n : 1;
}

function phase(shares: readonly number[]): BlankPhase {
  return {
    frames: shares.length,
    blank: shares.filter((s) => s >= BLANK_SHARE).length,
    maxShare: shares.length ? Math.max(...shares) : Number.NaN,
    medianShare: percentile(shares, 50),
  };
}

export async function measureBlankFrames(browser: Browser, appUrl: string, log: (s: string) => void): Promise<BlankFramesResult> {
  const open = await openPage(browser, appUrl, { watchStory: false });
  const { page, cdp } = open;
  try {
    await requireWebGL2(page);
    await firstMark(open, APP_IDLE, 120_000);
    const rect = await page.evaluate(() => {
      const view = document.querySelector('journey-story')?.shadowRoot?.querySelector('journey-map-view');
      const root = view?.shadowRoot;
      const sheet = new CSSStyleSheet();
      // Only the canvas is judged: what sits above it is not the map.
      sheet.replaceSync('.maplibregl-control-container, .maplibregl-marker, [data-map-overlay], .inset { visibility: hidden !important; }');
      if (root) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      const r = (root?.querySelector('canvas.maplibregl-canvas') ?? view)?.getBoundingClientRect();
      return { x: r?.x ?? 0, y: r?.y ?? 0, w: r?.width ?? 0, h: r?.height ?? 0 };
    });
    const viewport = page.viewportSize() ?? { width: 1280, height: 800 };
    let current: Buffer[] | undefined;
    cdp.on('Page.screencastFrame', (frame: { data: string; sessionId: number }) => {
      current?.push(Buffer.from(frame.data, 'base64'));
      void cdp.send('Page.screencastFrameAck', { sessionId: frame.sessionId }).catch(() => undefined);
    });
    await cdp.send('Page.startScreencast', { format: 'png', everyNthFrame: 1, maxWidth: viewport.width, maxHeight: viewport.height });
    const idles = () => page.evaluate((m) => performance.getEntriesByName(m).length, APP_IDLE);
    const settle = async (press: () => Promise<void>) => {
      const before = await idles();
      await press();
      await page.waitForFunction(([m, n]) => performance.getEntriesByName(m as string).length > (n as number), [APP_IDLE, before] as const, { timeout: 60_000, polling: 100 });
    };

    const steps: Buffer[] = [];
    current = steps;
    await settle(() => page.getByRole('button', { name: /^Start: / }).click());
    for (let i = 1; i < STEPS; i++) await settle(() => page.getByRole('button', { name: 'Next event' }).click());
    const playback: Buffer[] = [];
    current = playback;
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await pause(PLAY_MS);
    current = undefined;
    await cdp.send('Page.stopScreencast');
    const scale = (png: Buffer) => PNG.sync.read(png).width / viewport.width;
    const s = steps[0] ? scale(steps[0]) : 1;
    const result = {
      threshold: BLANK_SHARE,
      steps: phase(steps.map((f) => uniformShare(f, rect, s))),
      playback: phase(playback.map((f) => uniformShare(f, rect, s))),
    };
    log(`  blank frames: steps ${result.steps.blank} of ${result.steps.frames}, playback ${result.playback.blank} of ${result.playback.frames}`);
    return result;
  } finally {
    await open.close();
  }
}
