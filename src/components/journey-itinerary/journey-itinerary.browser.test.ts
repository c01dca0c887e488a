import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-lit';
import { html } from 'lit';
import { loadFixture, loadJourney, recordEvents } from '../../../test/components/journeys.ts';
import { buildJourney } from '../../journey/model.ts';
import { validateJourney } from '../../journey/validate.ts';
import { generateJourney } from '../../../test/support/generate-journey.ts';
import './journey-itinerary.ts';

const journey = loadJourney('moscow');

async function itinerary(current: number) {
  const screen = render(html`<journey-itinerary .journey=${journey} .current=${current}></journey-itinerary>`);
  const el = screen.container.querySelector('journey-itinerary')!;
  await el.updateComplete;
  const list = screen.getByRole('list', { name: 'Itinerary' });
  return { el, list, items: list.getByRole('listitem'), buttons: list.getByRole('button') };
}

const currentTitles = (buttons: Element[]) =>
  buttons.filter((b) => b.getAttribute('aria-current') === 'step').map((b) => b.querySelector('.title')?.textContent);

describe('<journey-itinerary>', () => {
  it('lists one item per event, in story order', async () => {
    const { items } = await itinerary(0);
    expect(items.elements()).toHaveLength(journey.events.length);
    expect(items.elements().map((li) => li.querySelector('.title')?.textContent)).toEqual(journey.events.map((e) => e.event.title));
  });

  it('names each item by its event title', async () => {
    const { list } = await itinerary(0);
    const landing = journey.events.find((e) => e.event.id === 'landing-vnukovo')!;
    await expect.element(list.getByRole('button', { name: landing.event.title })).toBeInTheDocument();
  });

  it('marks the current event, and only that one, with aria-current="step"', async () => {
    const { buttons } = await itinerary(4);
    expect(currentTitles(buttons.elements())).toEqual([journey.events[4]!.event.title]);
  });

  it('asks for an event’s step when its item is clicked', async () => {
    const { list, el } = await itinerary(0);
    const steps = recordEvents(el, 'journey-step-select');
    const target = journey.events[7]!;
    await userEvent.click(list.getByRole('button', { name: target.event.title }));
    expect(steps.map((e) => e.detail)).toEqual([{ index: 7, via: 'itinerary' }]);
  });

  it('does not move aria-current itself when an item is clicked: the story owns the step', async () => {
    const { list, buttons } = await itinerary(0);
    await userEvent.click(list.getByRole('button', { name: journey.events[7]!.event.title }));
    expect(currentTitles(buttons.elements())).toEqual([journey.events[0]!.event.title]);
  });

  it('moves aria-current when current changes, keeping the same list items', async () => {
    const { el, buttons, items } = await itinerary(2);
    const before = items.elements();
    const buttonsBefore = buttons.elements();
    el.current = 9;
    await el.updateComplete;
    expect(currentTitles(buttons.elements())).toEqual([journey.events[9]!.event.title]);
    expect(buttonsBefore[2]!.getAttribute('aria-current')).toBe('false');
    const after = items.elements();
    expect(after).toHaveLength(before.length);
    after.forEach((li, i) => expect(li, `item ${i}`).toBe(before[i]));
    buttons.elements().forEach((b, i) => expect(b, `button ${i}`).toBe(buttonsBefore[i]));
  });

  it('shows each event’s time in the place’s zone, with its qualifier', async () => {
    const { list } = await itinerary(0);
    const talks = journey.events.find((e) => e.event.id === 'kremlin-talks')!;
    await expect.element(list.getByRole('button', { name: talks.event.title })).toHaveTextContent('2 December 2025, about 19:40 Moscow time (MSK)');
  });

  it('shows the times in UTC under zone-mode="utc"', async () => {
    const screen = render(html`<journey-itinerary .journey=${journey} zone-mode="utc"></journey-itinerary>`);
    await screen.container.querySelector('journey-itinerary')!.updateComplete;
    const talks = journey.events.find((e) => e.event.id === 'kremlin-talks')!;
    await expect.element(screen.getByRole('button', { name: talks.event.title })).toHaveTextContent('2 December 2025, about 16:40 UTC');
  });

  it('shows the times in the reader’s zone under zone-mode="reader"', async () => {
    const screen = render(html`<journey-itinerary .journey=${journey} zone-mode="reader" reader-zone="Asia/Tokyo"></journey-itinerary>`);
    await screen.container.querySelector('journey-itinerary')!.updateComplete;
    const talks = journey.events.find((e) => e.event.id === 'kremlin-talks')!;
    await expect.element(screen.getByRole('button', { name: talks.event.title })).toHaveTextContent('3 December 2025, about 01:40 your time (UTC+9)');
  });

  it('names the members of a delegation who took part, where the event names them', async () => {
    const { list } = await itinerary(0);
    const lunch = journey.events.find((e) => e.event.id === 'lunch-savva')!;
    await expect.element(list.getByRole('button', { name: lunch.event.title })).toHaveTextContent('Steve Witkoff (of Witkoff and Kushner)');
    // Events that name no members say nothing more.
    const talks = journey.events.find((e) => e.event.id === 'kremlin-talks')!;
    expect(list.getByRole('button', { name: talks.event.title }).element().querySelector('.detail')).toBeNull();
  });

  it('says in words which event a start comes after', async () => {
    const dateLine = loadFixture('date-line');
    const screen = render(html`<journey-itinerary .journey=${dateLine}></journey-itinerary>`);
    await screen.container.querySelector('journey-itinerary')!.updateComplete;
    const [talks, leaves] = ['talks-magadan', 'leaves-magadan'].map((id) => dateLine.events.find((e) => e.event.id === id)!);
    await expect.element(screen.getByRole('button', { name: leaves!.event.title })).toHaveTextContent(`began after “Talks in Magadan” (step ${talks!.index + 1})`);
  });
});

describe('<journey-itinerary> with thousands of events (virtualised)', () => {
  const generated = generateJourney({ events: 1000, travellers: 3, seed: 19, sortEvents: true }).file;
  const checked = validateJourney(generated);
  if (!checked.ok) throw new Error(`the generated journey is not valid: ${checked.problems[0]?.message}`);
  const big = buildJourney(checked.journey);

  async function bigItinerary(current: number) {
    const screen = render(html`<journey-itinerary .journey=${big} .current=${current}></journey-itinerary>`);
    const el = screen.container.querySelector('journey-itinerary')!;
    await el.updateComplete;
    return { el, list: screen.getByRole('list', { name: 'Itinerary' }) };
  }
  const positions = (list: Element) => [...list.querySelectorAll('li')].map((li) => Number(li.getAttribute('aria-posinset')));
  /** The item button of the event at this index (names alone repeat: "Event 2" is in "Event 20"). */
  const itemButton = (list: Element, index: number) => list.querySelector<HTMLElement>(`li[aria-posinset="${index + 1}"] button`);
  const focusedPosition = () => (document.activeElement?.shadowRoot ?? document).activeElement?.closest('li')?.getAttribute('aria-posinset');

  it('holds only a window of items, each saying its place among all of them', async () => {
    const { list } = await bigItinerary(0);
    const items = list.getByRole('listitem').elements();
    expect(items.length).toBeGreaterThan(5);
    expect(items.length).toBeLessThanOrEqual(40);
    expect(items.every((li) => li.getAttribute('aria-setsize') === '1000')).toBe(true);
    expect(positions(list.element())[0]).toBe(1);
    expect(list.element().querySelectorAll('*').length).toBeLessThan(1000);
  });

  it('brings the current step into the window and scrolls it into view in the list', async () => {
    const { el, list } = await bigItinerary(0);
    el.current = 700;
    await el.updateComplete;
    await expect.poll(() => itemButton(list.element(), 700)?.getAttribute('aria-current')).toBe('step');
    expect(itemButton(list.element(), 700)!.textContent).toContain(big.events[700]!.event.title);
    await expect.poll(() => {
      const box = list.element().parentElement!.getBoundingClientRect();
      const item = itemButton(list.element(), 700)!.getBoundingClientRect();
      return item.top >= box.top - 1 && item.bottom <= box.bottom + 1;
    }).toBe(true);
    expect(list.element().querySelectorAll('[aria-current="step"]')).toHaveLength(1);
  });

  it('moves between items with the arrow keys, Home and End, the window following', async () => {
    const { list } = await bigItinerary(0);
    itemButton(list.element(), 0)!.focus();
    await userEvent.keyboard('{ArrowDown}');
    await expect.poll(focusedPosition).toBe('2');
    await userEvent.keyboard('{End}');
    await expect.poll(focusedPosition).toBe('1000');
    await userEvent.keyboard('{ArrowUp}');
    await expect.poll(focusedPosition).toBe('999');
    expect(positions(list.element()).at(-1)).toBe(1000);
  });

  it('renders the items further down when the list is scrolled', async () => {
    const { list } = await bigItinerary(0);
    // The list's own scroll box (it holds the list and the padding that stands in for the other items).
    const box = list.element().parentElement!;
    // After the frame in which the current step's item (the first) is scrolled into view.
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    box.scrollTop = box.scrollHeight / 2;
    await expect.poll(() => positions(list.element())[0]).toBeGreaterThan(300);
    expect(positions(list.element()).length).toBeLessThanOrEqual(40);
  });

  it('renders every item while printing (from beforeprint) and only the window again after it', async () => {
    const { el, list } = await bigItinerary(0);
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    const printed = [...list.element().querySelectorAll('li')];
    expect(printed).toHaveLength(1000);
    expect(printed.at(-1)!.textContent).toContain(big.events[999]!.event.title);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    const after = positions(list.element());
    expect(after.length).toBeGreaterThan(5);
    expect(after.length).toBeLessThanOrEqual(40);
  });
});
