/**
 * Opening a benchmarked page in a fresh browser context and reading what it
 * measured about itself.
 */
import type { Browser, BrowserContext, CDPSession, Page } from '@playwright/test';
import { newContext } from './browser.ts';
import { installProbes, type PageProbes } from './page-probes.ts';

/** The app marks this each time its map settles; the baseline marks its own once. */
export const APP_IDLE = 'journey-map-idle';
export const BASELINE_IDLE = 'baseline-map-idle';

// tsx compiles with esbuild's keepNames, which wraps functions in a `__name`
// helper that the page doesn't have; functions sent to the page need it.
const NAME_SHIM = 'globalThis.__name = globalThis.__name || ((fn) => fn);';

export interface OpenPage {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly cdp: CDPSession;
  /** Page errors and console errors seen so far. */
  readonly errors: string[];
  close(): Promise<void>;
}

export async function openPage(
  browser: Browser,
  url: string,
  options: { watchStory: boolean; reducedMotion?: 'reduce' | 'no-preference' },
): Promise<OpenPage> {
  const context = await newContext(browser, { reducedMotion: options.reducedMotion });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.addInitScript(NAME_SHIM);
  await page.addInitScript(installProbes, options.watchStory);
  const cdp = await context.newCDPSession(page);
  await page.goto(url, { waitUntil: 'commit' });
  return { context, page, cdp, errors, close: () => context.close() };
}

/** Fails loudly when the browser has no WebGL2: no figure is reported without a map. */
export async function requireWebGL2(page: Page): Promise<void> {
  const ok = await page.evaluate(() => document.createElement('canvas').getContext('webgl2') !== null);
  if (!ok) throw new Error('WebGL2 is missing in this Chromium: the map cannot be measured. Check the SwiftShader flags in test/bench/lib/browser.ts.');
}

/** Waits for the first `mark` and returns its time since navigation, ms. */
export async function firstMark(open: OpenPage, mark: string, timeoutMs: number): Promise<number> {
  await open.page
    .waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark, { timeout: timeoutMs, polling: 100 })
    .catch((error: Error) => {
      throw new Error(`${mark} never came (${error.message.split('\n')[0]}). Page errors: ${open.errors.slice(0, 3).join(' | ') || 'none'}`);
    });
  return open.page.evaluate((name) => (performance.getEntriesByName(name)[0] as PerformanceEntry).startTime, mark);
}

/**
 * Waits for the app's first map idle, or for it to refuse the journey
 * (`journey-problems` shown), and returns the idle time since navigation.
 *
 * @throws When the app refused the journey (with its first problem) or never settled.
 */
export async function appFirstIdle(open: OpenPage, timeoutMs: number): Promise<number> {
  await open.page
    .waitForFunction(
      (mark) => performance.getEntriesByName(mark).length > 0 || !!document.querySelector('journey-story')?.shadowRoot?.querySelector('journey-problems'),
      APP_IDLE,
      { timeout: timeoutMs, polling: 200 },
    )
    .catch((error: Error) => {
      throw new Error(`${APP_IDLE} never came (${error.message.split('\n')[0]}). Page errors: ${open.errors.slice(0, 3).join(' | ') || 'none'}`);
    });
  const refused = await open.page.evaluate(() => {
    const problems = document.querySelector('journey-story')?.shadowRoot?.querySelector('journey-problems');
    if (!problems) return null;
    return ((problems.shadowRoot?.querySelector('li') ?? problems.shadowRoot ?? problems).textContent ?? '').replace(/\s+/g, ' ').trim() || 'problems';
  });
  if (refused) throw new Error(`the app refused the journey: ${refused}`);
  return open.page.evaluate((name) => (performance.getEntriesByName(name)[0] as PerformanceEntry).startTime, APP_IDLE);
}

export interface LoadFigures {
  readonly firstContentfulPaint: number;
  readonly domContentLoaded: number;
  readonly lcp: number | null;
  readonly itineraryReadable: number | null;
  readonly cardReadable: number | null;
}

/** Paint and navigation timings, and when the story became readable (waits up to `waitMs` for it). */
export async function loadFigures(page: Page, waitMs: number): Promise<LoadFigures> {
  // (A Playwright timeout of 0 would mean "wait for ever".)
  if (waitMs > 0) await page
    .waitForFunction(
      () => {
        const p = (window as unknown as { benchProbes: PageProbes }).benchProbes;
        return p.cardReadable !== null && p.itineraryReadable !== null;
      },
      undefined,
      { timeout: waitMs, polling: 100 },
    )
    .catch(() => undefined);
  return page.evaluate(() => {
    const p = (window as unknown as { benchProbes: PageProbes }).benchProbes;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return {
      firstContentfulPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
      domContentLoaded: nav?.domContentLoadedEventEnd ?? Number.NaN,
      lcp: p.lcp,
      itineraryReadable: p.itineraryReadable,
      cardReadable: p.cardReadable,
    };
  });
}

/** The JS heap in use after a full garbage collection, and the number of DOM nodes. */
export async function heapAfterGc(cdp: CDPSession): Promise<{ usedBytes: number; domNodes: number }> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.send('Performance.disable');
  return { usedBytes: usedSize, domNodes: metrics.find((m) => m.name === 'Nodes')?.value ?? Number.NaN };
}

export const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
