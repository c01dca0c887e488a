/**
 * Issue 12, "Keyboard" and "No clutter": the markers
 * are one tab stop whose arrows move among those in view; markers out of
 * view can't be focused; each marker's name begins with its visible text;
 * merged stops split when chosen, leaving nothing overlapping. (That no
 * marker, label or badge overlaps another at every step is checked in
 * cartography.spec's walk through every step.)
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { expectNoClutter } from './clutter.ts';
import { openStory, settle } from './helpers.ts';

const mapView = (page: Page) => page.locator('journey-map-view');
/** The stop markers in the accessibility tree: "9, Moscow Kremlin…", or "2 stops: …" when merged. */
const STOP_NAME = /^\d+(, | stops: )/;
const stops = (page: Page) => mapView(page).getByRole('button', { name: STOP_NAME });
const next = (page: Page) => page.getByRole('button', { name: 'Next event' });

test.describe('the stop markers with the keyboard', () => {
  test('are one tab stop, hold no focusable marker out of view, move with the arrow keys, and are named by their visible text first', async ({ page }) => {
    await openStory(page, './#event=walk-red-square');
    const map = (await mapView(page).locator('.markers').boundingBox())!;
    const shown = stops(page);
    expect(await shown.count(), 'several markers are in view at the walk across Red Square').toBeGreaterThan(2);
    // Every marker in the accessibility tree is in view; every other one is hidden, so it can't be focused.
    for (const box of await shown.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect))) {
      const x = box.x + box.width / 2;
      const y = box.y + box.height / 2;
      expect(x >= map.x && x <= map.x + map.width && y >= map.y && y <= map.y + map.height, `a marker at ${x},${y} is out of view`).toBe(true);
    }
    const focusable = await mapView(page)
      .locator('.markers > .stop')
      .evaluateAll((els) => els.filter((e) => (e as HTMLElement).tabIndex >= 0 && getComputedStyle(e).display !== 'none' && getComputedStyle(e).visibility !== 'hidden').length);
    expect(focusable, 'exactly one marker is in the tab order').toBe(1);

    // Tab from the map's canvas lands on that one marker, and from there "Next event" is a few presses away.
    await mapView(page).getByRole('region').first().focus();
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => {
      let el: Element | null = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return el?.getAttribute('aria-label') ?? '';
    });
    expect(first).toMatch(STOP_NAME);
    // No second marker on the way: what lies between is the map's controls and the time controls.
    let presses = 0;
    while (!(await next(page).evaluate((b) => b.matches(':focus')))) {
      await page.keyboard.press('Tab');
      presses++;
      const name = await page.evaluate(() => {
        let el: Element | null = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        return el?.getAttribute('aria-label') ?? '';
      });
      expect(name, 'one tab stop for all the markers').not.toMatch(STOP_NAME);
      // Next event now comes before the map in the page (access.spec: 5 presses from the top), so from the markers Tab goes on through the map's and the slider's controls and round from the top.
      expect(presses, 'Next event is reached with Tab from the markers, past no second marker').toBeLessThanOrEqual(14);
    }

    // The arrows move among the markers in view, in story order, and the map stays put.
    const marker = shown.and(page.locator('[tabindex="0"]'));
    await marker.focus();
    const camera = await mapView(page).getAttribute('data-camera');
    const before = await marker.getAttribute('aria-label');
    await page.keyboard.press('ArrowRight');
    const after = shown.and(page.locator('[tabindex="0"]'));
    await expect(after).toBeFocused();
    expect(await after.getAttribute('aria-label')).not.toBe(before);
    await page.keyboard.press('ArrowLeft');
    await expect(shown.and(page.locator('[tabindex="0"]'))).toHaveAttribute('aria-label', before!);
    await page.keyboard.press('End');
    await expect(shown.last()).toBeFocused();
    await page.keyboard.press('Home');
    await expect(shown.first()).toBeFocused();
    expect(await mapView(page).getAttribute('data-camera')).toBe(camera);

    // Each marker's name begins with its visible text (axe: label-content-name-mismatch).
    for (const { name, text } of await stops(page).evaluateAll((els) => els.map((e) => ({ name: e.getAttribute('aria-label') ?? '', text: (e as HTMLElement).innerText.trim() })))) {
      expect(text, name).not.toBe('');
      expect(name.startsWith(text), `"${name}" begins with "${text}"`).toBe(true);
    }
    expect(await stops(page).filter({ hasText: /^9$/ }).getAttribute('aria-label')).toMatch(/^9, Moscow Kremlin, Senate building: Talks with Putin/);
    const results = await new AxeBuilder({ page }).withRules(['label-content-name-mismatch']).options({ rules: { 'label-content-name-mismatch': { enabled: true } } }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    expect(results.passes.some((p) => p.id === 'label-content-name-mismatch'), 'axe checked the markers').toBe(true);
  });
});

test.describe('merged stops', () => {
  test('split when chosen', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openStory(page, './', { overview: true });
    const merged = mapView(page).getByRole('button', { name: /^\d+ stops: / });
    // The first view with merged stops in view (Moscow's stops merge at any view wider than the city).
    while ((await merged.count()) === 0) {
      expect(await next(page).getAttribute('aria-disabled'), 'some step shows merged stops').not.toBe('true');
      await settle(page, () => next(page).click());
    }
    const group = merged.first();
    const members = (await group.getAttribute('data-members'))!.split(' ');
    const count = Number((await group.innerText()).trim());
    expect(members).toHaveLength(count);
    const markerOf = (id: string) => mapView(page).locator(`.markers > .stop:not([hidden])[data-members~="${id}"]`);
    await settle(page, () => group.click());
    // Chosen, it splits: no marker stands for all its stops any more.
    expect((await markerOf(members[0]!).getAttribute('data-members'))!.split(' ').length).toBeLessThan(count);
    // Choosing what is still merged zooms in further, until each stop is a marker of its own.
    for (let round = 0; round < 6; round++) {
      const still = await mapView(page).locator('.markers > .stop.is-group:not([hidden])').evaluateAll((els, ids) => els.filter((e) => ids.includes(e.getAttribute('data-place')!)).map((e) => e.getAttribute('data-place')!), members);
      if (still.length === 0) break;
      await settle(page, () => mapView(page).locator(`.markers > .stop[data-place="${still[0]}"]`).click());
    }
    // (Zooming in on the closest ones may leave the others out of view: their markers are then hidden, but their own.)
    for (const id of members) await expect(markerOf(id)).toHaveAttribute('data-members', id);
    await expect(stops(page).and(mapView(page).locator('.stop.is-group'))).toHaveCount(0);
    expect(await stops(page).count()).toBeGreaterThanOrEqual(2);
    await expectNoClutter(page, 'after splitting');
  });
});
