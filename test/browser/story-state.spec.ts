import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { cardTitle, frames, openStory } from './helpers.ts';

const JOURNEY = JSON.parse(readFileSync('data/journeys/moscow-2025-12-02.json', 'utf8')) as { journey: { title: string }; events: unknown[] };

const playButton = (page: Page, name: 'Play' | 'Pause') => page.getByRole('button', { name, exact: true });
const sliderValue = async (page: Page) => Number(await page.getByRole('slider', { name: 'Journey time' }).inputValue());

/** Records every journey-story-change and journey-story-load the page sees, with when it came. */
async function recordStoryEvents(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { storyEvents: { type: string; at: number; detail: unknown }[] };
    w.storyEvents = [];
    for (const type of ['journey-story-change', 'journey-story-load']) {
      document.addEventListener(type, (e) => w.storyEvents.push({ type, at: performance.now(), detail: (e as CustomEvent).detail }));
    }
  });
}

type Recorded = { type: string; at: number; detail: Record<string, unknown> };
const recorded = (page: Page) => page.evaluate(() => (window as unknown as { storyEvents: Recorded[] }).storyEvents);

test.describe('the story state', () => {
  test('moving the story in the page while it plays leaves no "Pause" with nothing playing, and Play plays again', async ({ page }) => {
    await openStory(page);
    await page.getByRole('combobox', { name: 'Playback speed' }).selectOption('slow');
    await playButton(page, 'Play').click();
    await expect(playButton(page, 'Pause')).toBeVisible();
    await page.evaluate(() => {
      const story = document.querySelector('journey-story')!;
      const holder = document.createElement('section');
      document.body.append(holder);
      holder.append(story);
    });
    await expect(playButton(page, 'Play')).toBeVisible();
    const stopped = await sliderValue(page);
    await frames(page, 20);
    expect(await sliderValue(page), 'playback went on after the move').toBe(stopped);
    // The map is still there after the move.
    await expect(page.getByRole('region', { name: /^Map of / })).toHaveCount(1);
    await expect(page.locator('journey-map-view')).toHaveAttribute('map-state', /idle|moving/);
    await playButton(page, 'Play').click();
    await expect.poll(() => sliderValue(page)).toBeGreaterThan(stopped);
    await playButton(page, 'Pause').click();
  });

  test('journey-story-change fires on each step, and only a few times a second while playing', async ({ page }) => {
    await recordStoryEvents(page);
    await openStory(page);
    await page.getByRole('button', { name: 'Next event' }).click();
    await expect(cardTitle(page)).not.toHaveText('');
    await expect.poll(async () => (await recorded(page)).filter((e) => e.type === 'journey-story-change').at(-1)?.detail.index).toBe(1);
    // The overview, Start (the first event), then Next.
    const steps = (await recorded(page)).filter((e) => e.type === 'journey-story-change');
    expect(steps[0]!.detail).toMatchObject({ index: 0, zone: 'local', playing: false, overview: true });
    expect(steps.at(-2)!.detail).toMatchObject({ index: 0, zone: 'local', playing: false, overview: false });
    expect(steps.at(-1)!.detail).toMatchObject({ index: 1, playing: false });

    await page.getByRole('combobox', { name: 'Playback speed' }).selectOption('slow');
    await playButton(page, 'Play').click();
    const before = (await recorded(page)).length;
    await frames(page, 60);
    await playButton(page, 'Pause').click();
    await expect(playButton(page, 'Play')).toBeVisible();
    const during = (await recorded(page)).slice(before).filter((e) => e.type === 'journey-story-change');
    const timeOnly = during.filter((e, i) => i > 0 && e.detail.index === during[i - 1]!.detail.index && e.detail.playing === during[i - 1]!.detail.playing);
    expect(during.length, 'no change events while playing').toBeGreaterThan(1);
    expect(timeOnly.length, 'the time moved without change events').toBeGreaterThan(1);
    for (let i = 1; i < timeOnly.length; i++) {
      expect(timeOnly[i]!.at - timeOnly[i - 1]!.at, 'two time-only changes closer than the throttle allows').toBeGreaterThan(200);
    }
    // The last one says where it stopped.
    await expect.poll(async () => (await recorded(page)).at(-1)?.detail.playing).toBe(false);
  });

  test('journey-story-load says once that the journey is in, with its size', async ({ page }) => {
    await recordStoryEvents(page);
    await openStory(page);
    const loads = (await recorded(page)).filter((e) => e.type === 'journey-story-load');
    expect(loads).toHaveLength(1);
    expect(loads[0]!.detail).toMatchObject({ ok: true, events: JOURNEY.events.length, title: JOURNEY.journey.title });
  });

  test('journey-story-load says when a journey could not be shown, and why', async ({ page }) => {
    await recordStoryEvents(page);
    await page.goto('./?journey=no-such-journey');
    await expect(page.getByText(/There is no journey called "no-such-journey"/).first()).toBeVisible();
    await expect.poll(async () => (await recorded(page)).filter((e) => e.type === 'journey-story-load').length).toBe(1);
    const [load] = (await recorded(page)).filter((e) => e.type === 'journey-story-load');
    expect(load!.detail).toMatchObject({ ok: false, message: expect.stringContaining('no-such-journey') });
  });

  test('a link to an event the journey lacks says so, and opens the first step', async ({ page }) => {
    await openStory(page, './#event=talks-in-geneva-that-never-were');
    await expect(page.getByRole('note').filter({ hasText: 'This journey has no event “talks-in-geneva-that-never-were”, so it opens at' })).toBeVisible();
    await expect(page.getByText('Step 1 of 12')).toBeVisible();
    // The notice goes with the next step.
    await page.getByRole('button', { name: 'Next event' }).click();
    await expect(page.getByRole('note').filter({ hasText: /This journey has no event/ })).toHaveCount(0);
  });
});

test.describe('loading', () => {
  test('a load that never settles ends in an alert with Try again (the watchdog)', async ({ page }) => {
    // The validator's code never arrives: nothing in the load can time out on its own.
    await page.route(/\/assets\/validate-[^/]*\.js$/, () => undefined);
    await page.clock.install();
    await page.goto('./');
    await expect(page.getByRole('status').filter({ hasText: 'Loading the journey…' })).toBeVisible();
    await page.clock.fastForward(46_000);
    await expect(page.getByText('The journey did not finish loading within 45 s.')).toBeVisible();
    await page.unroute(/\/assets\/validate-[^/]*\.js$/);
    await page.clock.resume();
    await page.getByRole('button', { name: 'Try again' }).click();
    // The story opens on its overview.
    await expect(page.getByRole('button', { name: /^Start: / })).toBeVisible();
  });
});
