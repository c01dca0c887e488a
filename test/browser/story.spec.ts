import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { buildJourney } from '../../src/journey/model.ts';
import { validateJourneyText } from '../../src/journey/validate.ts';
import { cardTitle, openStory, settle } from './helpers.ts';

const parsed = validateJourneyText(readFileSync(resolve('data/journeys/moscow-2025-12-02.json'), 'utf8'));
if (!parsed.ok) throw new Error('The default journey must be valid for these tests');
// The expected story order comes from the pure journey model; these tests check the page follows it.
const titles = buildJourney(parsed.journey).events.map((e) => e.event.title);
const journey = parsed.journey;
const talks = journey.events.find((e) => /kremlin/i.test(e.id) && /talk/i.test(e.id));

test.describe('the story map', () => {
  test('the map reaches idle, labelled with a summary of the journey, with no errors', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await openStory(page);
    await expect(page.getByRole('region', { name: /^Map of .*events at .* places/ })).toBeVisible();
    await expect(page.locator('journey-map-view')).toHaveAttribute('map-state', 'idle');
    expect(errors).toEqual([]);
  });

  test('the stop markers are buttons named for their place and events', async ({ page }) => {
    await openStory(page);
    // Named "number, place: events"; those out of view, or merged into a marker of several stops, are hidden.
    const stops = page.getByRole('button', { name: /^\d+, /, includeHidden: true });
    expect(await stops.count()).toBeGreaterThanOrEqual(8);
    await expect(page.getByRole('button', { name: /^\d+, Moscow Kremlin.*: .*Talks with Putin/, includeHidden: true })).toBeAttached();
    await expect(page.getByRole('button', { name: /^\d+, Hotel Metropol.*: .*lunch/i, includeHidden: true })).toBeAttached();
  });

  test('clicking the Kremlin marker shows the talks card', async ({ page }) => {
    expect(talks, 'the default journey has a Kremlin talks event').toBeDefined();
    await openStory(page);
    // From the walk across Red Square, where the Kremlin's stops stand apart on the map.
    await settle(page, () => page.getByRole('button', { name: /^Walk in central Moscow/ }).click());
    await settle(page, () => page.getByRole('button', { name: /^\d+, Moscow Kremlin.*: .*Talks with Putin/ }).click());
    await expect(cardTitle(page)).toHaveText(talks!.title);
    await expect(page.getByRole('article')).toContainText(/Putin/);
    await expect(page.getByRole('article')).toContainText(/Ushakov/);
    await expect(page).toHaveURL(new RegExp(`#event=${talks!.id}$`));
  });

  test('Next and Previous step through the events, and so do the arrow keys', async ({ page }) => {
    await openStory(page);
    const itinerary = page.getByRole('list', { name: 'Itinerary' }).getByRole('button');
    await expect(itinerary).toHaveCount(titles.length);
    for (const [i, title] of titles.entries()) await expect(itinerary.nth(i)).toHaveAccessibleName(new RegExp(`^${escape(title)} `));
    await expect(cardTitle(page)).toHaveText(titles[0]!);

    await page.getByRole('button', { name: 'Next event' }).click();
    await expect(cardTitle(page)).toHaveText(titles[1]!);
    await page.getByRole('button', { name: 'Next event' }).click();
    await expect(cardTitle(page)).toHaveText(titles[2]!);
    await page.getByRole('button', { name: 'Previous event' }).click();
    await expect(cardTitle(page)).toHaveText(titles[1]!);

    // Focus stays on the button; the keys act anywhere inside the app.
    await expect(page.getByRole('button', { name: 'Previous event' })).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(cardTitle(page)).toHaveText(titles[2]!);
    await page.keyboard.press('ArrowLeft');
    await expect(cardTitle(page)).toHaveText(titles[1]!);
    await page.keyboard.press('End');
    await expect(cardTitle(page)).toHaveText(titles[titles.length - 1]!);
    await expect(page.getByRole('button', { name: 'Next event' })).toHaveAttribute('aria-disabled', 'true');
    // Home goes to the overview of the whole journey, before the first event; → from there is the first event.
    await page.keyboard.press('Home');
    await expect(page.getByRole('button', { name: /^Overview/ })).toHaveAttribute('aria-current', 'step');
    await expect(page.getByRole('button', { name: /^Start: / })).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(cardTitle(page)).toHaveText(titles[0]!);
    await expect(itinerary.first()).toHaveAttribute('aria-current', 'step');
  });

  test('an itinerary item opens its event', async ({ page }) => {
    await openStory(page);
    const items = page.getByRole('list', { name: 'Itinerary' }).getByRole('button');
    const fourth = items.nth(3);
    await fourth.click();
    await expect(fourth).toHaveAttribute('aria-current', 'step');
    await expect(cardTitle(page)).toHaveText(titles[3]!);
  });

  test('a deep link restores its step after a reload, and Back returns to the previous step', async ({ page }) => {
    await openStory(page, `./#event=${talks!.id}`);
    await expect(cardTitle(page)).toHaveText(talks!.title);
    await page.reload();
    await expect(cardTitle(page)).toHaveText(talks!.title);

    await page.getByRole('button', { name: 'Next event' }).click();
    await expect(cardTitle(page)).not.toHaveText(talks!.title);
    await page.goBack();
    await expect(cardTitle(page)).toHaveText(talks!.title);
  });

  test('every card cites its sources with http(s) links that open safely', async ({ page }) => {
    // Cuts, not flights: this reads the cards, not the camera.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openStory(page);
    const steps = journey.events.length;
    for (let i = 0; i < steps; i++) {
      const links = page.getByRole('region', { name: 'Sources' }).getByRole('link');
      expect(await links.count(), `step ${i + 1} cites no source`).toBeGreaterThan(0);
      for (const link of await links.all()) {
        await expect(link).toHaveAttribute('href', /^https?:\/\//);
        await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      }
      if (i < steps - 1) await page.getByRole('button', { name: 'Next event' }).click();
    }
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
