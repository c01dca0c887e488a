import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { buildJourney } from '../../src/journey/model.ts';
import { StoryScale } from '../../src/journey/story-scale.ts';
import { validateJourneyText } from '../../src/journey/validate.ts';
import { cardTitle, frames, openStory } from './helpers.ts';

const parsed = validateJourneyText(readFileSync(resolve('data/journeys/moscow-2025-12-02.json'), 'utf8'));
if (!parsed.ok) throw new Error('The default journey must be valid for these tests');
const journey = buildJourney(parsed.journey);
const titles = journey.events.map((e) => e.event.title);
const step = (id: string) => journey.events.find((e) => e.event.id === id)!;
// The same scale the app builds (see journey-story.ts), to find 17:00 MSK on the track.
const scale = new StoryScale(
  journey.events.map((e) => ({ from: e.start, to: e.end ?? e.start })),
  journey.legs.map((l) => ({ from: l.depart, to: l.arrive })),
);

const slider = (page: Page) => page.getByRole('slider', { name: /time/i });
const valueText = (page: Page) => slider(page).getAttribute('aria-valuetext');
const sliderValue = async (page: Page) => Number(await slider(page).inputValue());

test.describe('stepping through time', () => {
  test('the slider is named for time and reads its value like a person would', async ({ page }) => {
    await openStory(page);
    await expect(slider(page)).toHaveAccessibleName('Journey time');
    const first = journey.events[0]!;
    // Geneva, known only to the day: the day, never an invented 12:00 (issue 14).
    await expect(slider(page)).toHaveAttribute('aria-valuetext', '23 November 2025 (time of day not known)');
    await page.getByRole('button', { name: 'Next event' }).click();
    await page.getByRole('button', { name: 'Next event' }).click();
    await page.getByRole('button', { name: 'Next event' }).click();
    await page.getByRole('button', { name: 'Next event' }).click();
    // The landing at Vnukovo: said in Moscow time, with UTC.
    await expect(slider(page)).toHaveAttribute('aria-valuetext', '2 December 2025, about 13:46 Moscow time (MSK), about 10:46 UTC');
  });

  test('keys on the slider: PageDown and PageUp step events, Home and End go to the ends, arrows nudge', async ({ page }) => {
    await openStory(page);
    await slider(page).focus();
    await page.keyboard.press('PageDown');
    await expect(cardTitle(page)).toHaveText(titles[1]!);
    await page.keyboard.press('PageDown');
    await expect(cardTitle(page)).toHaveText(titles[2]!);
    await page.keyboard.press('PageUp');
    await expect(cardTitle(page)).toHaveText(titles[1]!);
    await expect(page.getByRole('list', { name: 'Itinerary' }).getByRole('button').nth(1)).toHaveAttribute('aria-current', 'step');
    const before = await valueText(page);
    await page.keyboard.press('ArrowRight');
    await expect(slider(page)).not.toHaveAttribute('aria-valuetext', before!);
    await page.keyboard.press('End');
    await expect(cardTitle(page)).toHaveText(titles[titles.length - 1]!);
    await expect.poll(() => sliderValue(page)).toBe(1);
    await page.keyboard.press('Home');
    await expect(cardTitle(page)).toHaveText(titles[0]!);
    await expect.poll(() => sliderValue(page)).toBe(0);
    await expect(slider(page)).toBeFocused();
  });

  test('a deep link with a time restores it, with travellers on their way', async ({ page }) => {
    await openStory(page, './#t=2025-12-02T14:10:00Z');
    await expect(cardTitle(page)).toHaveText(step('walk-red-square').event.title);
    await expect(slider(page)).toHaveAttribute('aria-valuetext', '2 December 2025, 17:10 Moscow time (MSK), 14:10 UTC');
    await expect(page.getByRole('img', { name: /^Witkoff and Kushner, between Hotel Metropol and Red Square/ })).toBeAttached();
    await expect(page.getByRole('img', { name: /^Kirill Dmitriev, between Hotel Metropol and Red Square/ })).toBeAttached();
    await page.reload();
    await expect(slider(page)).toHaveAttribute('aria-valuetext', '2 December 2025, 17:10 Moscow time (MSK), 14:10 UTC');
  });

  test('scrubbing writes the time into the URL, and stepping moves the slider to the event', async ({ page }) => {
    await openStory(page);
    await slider(page).focus();
    await page.keyboard.press('End');
    await expect(page).toHaveURL(/#event=[a-z0-9-]+&t=\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    await page.getByRole('button', { name: 'Previous event' }).click();
    await expect(slider(page)).toHaveAttribute('aria-valuetext', '3 December 2025, about 02:03 Moscow time (MSK), 2 December 2025, about 23:03 UTC');
  });

  test('Play plays, Pause pauses, and nothing plays on its own', async ({ page }) => {
    await openStory(page);
    const start = await sliderValue(page);
    await frames(page, 45);
    expect(await sliderValue(page), 'the slider moved without being asked').toBe(start);
    await expect(page.getByRole('combobox', { name: 'Playback speed' }).getByRole('option')).toHaveCount(3);
    await page.getByRole('combobox', { name: 'Playback speed' }).selectOption('fast');
    await page.getByRole('button', { name: 'Play' }).click();
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
    await expect.poll(() => sliderValue(page)).toBeGreaterThan(start + 0.02);
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
    const paused = await sliderValue(page);
    await frames(page, 20);
    expect(await sliderValue(page)).toBe(paused);
  });

  test('playback stops at the end', async ({ page }) => {
    await openStory(page);
    await slider(page).focus();
    await page.keyboard.press('End');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
    await page.getByRole('combobox', { name: 'Playback speed' }).selectOption('fast');
    await page.getByRole('button', { name: 'Play' }).click();
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible({ timeout: 10_000 });
    await expect.poll(() => sliderValue(page)).toBe(1);
    await expect(cardTitle(page)).toHaveText(titles[titles.length - 1]!);
  });

  test('with reduced motion, playback still advances, in steps', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openStory(page);
    const start = await sliderValue(page);
    await page.getByRole('button', { name: 'Play' }).click();
    // The slider's value read on every frame until it has moved twice.
    const seen = await slider(page).evaluate(
      (input: HTMLInputElement) =>
        new Promise<{ frames: number; values: number[] }>((resolve) => {
          const values = [Number(input.value)];
          let count = 0;
          const next = () => {
            count++;
            const v = Number(input.value);
            if (v !== values[values.length - 1]) values.push(v);
            if (values.length >= 3 || count > 600) resolve({ frames: count, values });
            else requestAnimationFrame(next);
          };
          requestAnimationFrame(next);
        }),
    );
    await page.getByRole('button', { name: 'Pause' }).click();
    // It advances, in about one step a second: many frames for each new value, not one value per frame.
    expect(seen.values.length, 'playback did not advance under reduced motion').toBe(3);
    expect(Math.max(...seen.values)).toBeGreaterThan(start);
    expect(seen.frames / (seen.values.length - 1)).toBeGreaterThan(10);
  });

  test('scrubbing to 17:00 MSK on 2 December shows both tracks and the card of the event in progress', async ({ page }) => {
    await openStory(page);
    const fivePm = Date.parse('2025-12-02T17:00:00+03:00');
    await slider(page).fill(String(scale.toPosition(fivePm)));
    await expect(slider(page)).toHaveAttribute('aria-valuetext', '2 December 2025, 17:00 Moscow time (MSK), 14:00 UTC');
    await expect(cardTitle(page)).toHaveText(step('walk-red-square').event.title);
    // The envoys in central Moscow, and Zelensky 2,800 km away in Dublin, at the same moment.
    await expect(page.getByRole('img', { name: /^Witkoff and Kushner, between Hotel Metropol and Red Square/ })).toBeVisible();
    await expect(page.getByRole('img', { name: /^Volodymyr Zelensky, (at|last known at) Dublin Airport/ })).toBeAttached();
    await expect(page.getByRole('img', { name: /^Rustem Umerov, (at|last known at) Dublin Airport/ })).toBeAttached();
  });

  test('a control shows times in the reader\'s zone or UTC, and the URL keeps the choice', async ({ page }) => {
    await openStory(page, './#event=kremlin-talks');
    const zone = page.getByRole('combobox', { name: 'Show times in' });
    await expect(page.getByRole('article')).toContainText('about 19:40 Moscow time (MSK)');
    await zone.selectOption('utc');
    await expect(page.getByRole('article')).toContainText('about 16:40 UTC');
    // The local time second, named for the place as the first line is (not "MSK local time").
    await expect(page.getByRole('article')).toContainText('about 19:40 Moscow time (MSK)');
    await expect(slider(page)).toHaveAttribute('aria-valuetext', '2 December 2025, about 16:40 UTC');
    await expect(page).toHaveURL(/tz=utc/);
    await page.reload();
    await expect(page.getByRole('article')).toContainText('about 16:40 UTC');
    await zone.selectOption('reader');
    // The tests run as a reader in New York.
    await expect(page.getByRole('article')).toContainText('about 11:40 your time (EST)');
    await expect(slider(page)).toHaveAttribute('aria-valuetext', '2 December 2025, about 11:40 your time (EST), about 16:40 UTC');
    await expect(page).toHaveURL(/tz=reader/);
  });

  test('each event has a tick, and the idle days show as breaks', async ({ page }) => {
    await openStory(page);
    const ticks = page.locator('time-slider .tick');
    await expect(ticks).toHaveCount(journey.events.length);
    expect(await ticks.first().getAttribute('title')).toBe(titles[0]);
    expect(await page.locator('time-slider .break').count()).toBeGreaterThan(0);
  });
});
