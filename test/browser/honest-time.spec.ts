/**
 * Issue 14, "Honest time", the slider's part: over every event of the
 * default journey and of a test journey across the date line
 * (test/fixtures/pacific-date-line.json: date-only events, two events at one
 * instant, a flight across the antimeridian and one across the date line),
 * - Page Down from the start visits every event exactly once, in order;
 * - the readout never gives a clock time for a date-only event, and keeps
 *   each qualifier, saying the time as the card does;
 * - each event's tick sits under the label of its own local day.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { buildJourney, type Journey } from '../../src/journey/model.ts';
import { hasClockTime, shortDayOf } from '../../src/journey/time.ts';
import { validateJourneyText } from '../../src/journey/validate.ts';
import { cardTitle, openStory } from './helpers.ts';

const journeyOf = (path: string): { text: string; journey: Journey } => {
  const text = readFileSync(resolve(path), 'utf8');
  const parsed = validateJourneyText(text);
  if (!parsed.ok) throw new Error(`${path} must be valid for these tests: ${parsed.problems[0]?.message}`);
  return { text, journey: buildJourney(parsed.journey) };
};

const CASES = [
  { name: 'the default journey', path: './', ...journeyOf('data/journeys/moscow-2025-12-02.json') },
  { name: 'a journey across the date line', path: './?journey=/pacific-date-line.json', ...journeyOf('test/fixtures/pacific-date-line.json') },
];

const slider = (page: Page) => page.getByRole('slider', { name: 'Journey time' });
const CLOCK = /\b\d{1,2}:\d{2}\b/;

async function open(page: Page, c: (typeof CASES)[number]): Promise<void> {
  await page.route((url) => url.pathname === '/pacific-date-line.json', (route) => route.fulfill({ contentType: 'application/json', body: c.text }));
  await openStory(page, c.path);
}

/** Each event's day label, as drawn: the label whose span holds the event's tick. */
const dayUnderEachTick = (page: Page, count: number) =>
  page.locator('time-slider').evaluate((el, n) => {
    const root = el.shadowRoot!;
    const ticks = [...root.querySelectorAll<HTMLElement>('.tick')];
    const labels = [...root.querySelectorAll<HTMLElement>('.day')];
    // The last label holds the track's end, where a last tick can sit.
    const days = labels.map((d, i) => ({ text: d.dataset.day ?? '', box: d.getBoundingClientRect(), end: i === labels.length - 1 }));
    return Array.from({ length: n }, (_, i) => {
      const tick = ticks.find((t) => Number(t.dataset.first) <= i && i <= Number(t.dataset.last));
      if (!tick) return '(no tick)';
      const x = tick.getBoundingClientRect().left + tick.getBoundingClientRect().width / 2;
      return days.find((d) => d.box.left - 1.5 <= x && (x < d.box.right || (d.end && x <= d.box.right + 1.5)))?.text ?? '(no label)';
    });
  }, count);

// Two page loads per journey (each costs seconds of software WebGL): a walk with the keyboard, and the track's days.
for (const c of CASES) {
  test.describe(`honest time on ${c.name}`, () => {
    test('Page Down from the start visits every event exactly once, in order; the readout says each event’s time as the card does: no clock for a date-only event, every qualifier kept', async ({ page }) => {
      await open(page, c);
      await slider(page).focus();
      const count = c.journey.events.length;
      const seen: (string | null)[] = [];
      for (const [i, step] of c.journey.events.entries()) {
        if (i > 0) {
          await page.keyboard.press('PageDown');
          await expect(page.getByText(`Step ${i + 1} of ${count}`, { exact: true })).toBeVisible();
        }
        seen.push(await cardTitle(page).textContent());
        await expect(cardTitle(page)).toHaveText(step.event.title);
        const readout = (await slider(page).getAttribute('aria-valuetext')) ?? '';
        const card = (await page.getByRole('article').locator('time').first().textContent()) ?? '';
        expect(readout.startsWith(card), `the readout "${readout}" starts like the card "${card}"`).toBe(true);
        const { qualifier } = step.event.start;
        if (!hasClockTime(step.event.start)) {
          expect(readout, `${step.event.id} is known only to the day`).not.toMatch(CLOCK);
          expect(readout).toMatch(/\(time (of day )?not known\)$/);
        } else if (qualifier === 'about' || qualifier === 'after' || qualifier === 'before') {
          expect(readout).toContain(`${qualifier} `);
        }
        // The visible readout says the same.
        await expect(page.locator('time-slider').locator('.readout')).toHaveText(readout);
      }
      // Past the last event, Page Down stays there.
      await page.keyboard.press('PageDown');
      await expect(page.getByText(`Step ${count} of ${count}`, { exact: true })).toBeVisible();
      expect(seen).toEqual(c.journey.events.map((e) => e.event.title));
      await expect(slider(page)).toBeFocused();
    });

    test('each event’s tick sits under the label of its own local day, and of its day as the card gives it in the UTC and reader’s-zone modes; the shortened stretches are said in words', async ({ page }) => {
      await open(page, c);
      const count = c.journey.events.length;
      expect(await dayUnderEachTick(page, count), 'local days').toEqual(c.journey.events.map((e) => shortDayOf(e.event.start, e.place.properties.timeZone)));
      const breaks = page.locator('time-slider').locator('.breaks-note');
      if (await breaks.count()) await expect(breaks).toHaveText(/quiet (days|hours?) shortened/);
      for (const [mode, zone] of [['utc', 'UTC'], ['reader', 'America/New_York']] as const) {
        await page.getByRole('combobox', { name: 'Show times in' }).selectOption(mode);
        const expected = c.journey.events.map((e) => shortDayOf(e.event.start, e.place.properties.timeZone, zone));
        await expect.poll(() => dayUnderEachTick(page, count), { message: `days in the ${mode} mode` }).toEqual(expected);
      }
    });
  });
}

test('two events at one instant are grouped on the track, and a click on the group reaches each', async ({ page }) => {
  const c = CASES[1]!;
  await open(page, c);
  const talks = c.journey.events.find((e) => e.event.id === 'talks-suva')!;
  const statement = c.journey.events.find((e) => e.event.id === 'statement-apia')!;
  expect(talks.start).toBe(statement.start);
  const group = page.locator('time-slider').locator(`.tick[data-first="${talks.index}"]`);
  await expect(group).toHaveAttribute('data-last', String(statement.index));
  await group.click();
  await expect(cardTitle(page)).toHaveText(talks.event.title);
  await group.click();
  await expect(cardTitle(page)).toHaveText(statement.event.title);
});
