import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-lit';
import { html } from 'lit';
import { buildJourney, type Journey } from '../../journey/model.ts';
import { journeyFile, loadFixture, loadJourney } from '../../../test/components/journeys.ts';
import type { EventCard } from './event-card.ts';
import './event-card.ts';

const moscow = loadJourney('moscow');
const stepOf = (journey: Journey, id: string) => journey.events.find((e) => e.event.id === id)!;

async function card(journey: Journey, eventId: string, zoneMode: EventCard['zoneMode'] = 'local') {
  const screen = render(
    html`<event-card .journey=${journey} .step=${stepOf(journey, eventId)} zone-mode=${zoneMode} reader-zone="America/New_York"></event-card>`,
  );
  const el = screen.container.querySelector('event-card')!;
  await el.updateComplete;
  return { el, screen };
}

describe('<event-card>', () => {
  it('is an article named by its title, which is a level-2 heading', async () => {
    const { screen } = await card(moscow, 'kremlin-talks');
    const article = screen.getByRole('article', { name: 'Talks with Putin in the Kremlin' });
    await expect.element(article.getByRole('heading', { level: 2, name: 'Talks with Putin in the Kremlin' })).toBeInTheDocument();
  });

  it('says which step of how many it is', async () => {
    const { screen } = await card(moscow, 'kremlin-talks');
    await expect.element(screen.getByRole('article')).toHaveTextContent('Step 9 of 12');
  });

  it('gives the local time with its qualifier and zone, and the reader’s time second', async () => {
    const { screen } = await card(moscow, 'kremlin-talks');
    const when = screen.getByRole('definition').first();
    await expect.element(when).toHaveTextContent('2 December 2025, about 19:40 Moscow time (MSK)');
    await expect.element(when).toHaveTextContent('about 11:40 your time (EST)');
  });

  it('keeps the qualifier’s word for the time: "after"', async () => {
    const { screen } = await card(moscow, 'lunch-savva');
    await expect.element(screen.getByRole('definition').first()).toHaveTextContent('2 December 2025, after 14:06 Moscow time (MSK)');
  });

  it('says when only the day is known', async () => {
    const { screen } = await card(moscow, 'geneva-talks');
    await expect.element(screen.getByRole('definition').first()).toHaveTextContent('23 November 2025 (time of day not known)');
  });

  it('shows UTC first, with local time second, in zone-mode "utc"', async () => {
    const { screen } = await card(moscow, 'kremlin-talks', 'utc');
    const when = screen.getByRole('definition').first();
    await expect.element(when).toHaveTextContent('2 December 2025, about 16:40 UTC');
    await expect.element(when).toHaveTextContent('about 19:40 Moscow time (MSK)');
  });

  it('shows the reader’s time first in zone-mode "reader"', async () => {
    const { screen } = await card(moscow, 'kremlin-talks', 'reader');
    const when = screen.getByRole('definition').first();
    await expect.element(when).toHaveTextContent('2 December 2025, about 11:40 your time (EST)');
    await expect.element(when).toHaveTextContent('about 19:40 Moscow time (MSK)');
  });

  it('names the second zone after the place, never by its offset: Apia in UTC mode', async () => {
    const { screen } = await card(loadFixture('pacific'), 'arrive-apia', 'utc');
    const when = screen.getByRole('definition').first();
    await expect.element(when).toHaveTextContent('about 04:30 UTC');
    await expect.element(when).toHaveTextContent('about 17:30 Apia time (UTC+13)');
    expect(when.element().textContent).not.toMatch(/GMT|local time/);
  });

  it('says the day of the second zone when it differs', async () => {
    const { screen } = await card(loadFixture('pacific'), 'arrive-apia');
    // 17:30 in Apia on 1 March is 23:30 the day before in New York.
    await expect.element(screen.getByRole('definition').first()).toHaveTextContent('about 23:30 your time (EST) on 28 Feb');
  });

  it('names the members of a delegation who took part', async () => {
    const { screen } = await card(moscow, 'lunch-savva');
    const who = screen.getByRole('definition').nth(2);
    await expect.element(who).toHaveTextContent('Steve Witkoff (of Witkoff and Kushner); Kirill Dmitriev');
  });

  it('says in words which event a time comes after', async () => {
    const journey = loadFixture('date-line');
    const { screen } = await card(journey, 'leaves-magadan');
    const talks = journey.events.find((e) => e.event.id === 'talks-magadan')!;
    await expect.element(screen.getByRole('definition').first()).toHaveTextContent(`Began after “Talks in Magadan” (step ${talks.index + 1})`);
  });

  it('changes the time shown when zone-mode changes', async () => {
    const { el, screen } = await card(moscow, 'kremlin-talks');
    const when = screen.getByRole('definition').first();
    await expect.element(when).toHaveTextContent('about 19:40 Moscow time (MSK)');
    el.zoneMode = 'utc';
    await expect.element(when).toHaveTextContent('2 December 2025, about 16:40 UTC');
  });

  it('says the status in words', async () => {
    const { screen } = await card(moscow, 'kremlin-talks');
    await expect.element(screen.getByRole('article').getByText('Confirmed', { exact: true })).toBeInTheDocument();
  });

  it('says "Did not happen" for an event that did not happen', async () => {
    const { screen } = await card(moscow, 'planned-europe-meeting');
    await expect.element(screen.getByRole('article').getByText('Did not happen', { exact: true })).toBeInTheDocument();
  });

  it('links each source to its http(s) URL', async () => {
    const { screen } = await card(moscow, 'kremlin-talks');
    const step = stepOf(moscow, 'kremlin-talks');
    const links = screen.getByRole('region', { name: 'Sources' }).getByRole('link');
    expect(links.elements().map((a) => a.getAttribute('href'))).toEqual(step.event.sources.map((id) => moscow.sources.get(id)!.url));
  });

  it('makes a source URL that is not http(s) an inert link, even when the journey skipped validation', async () => {
    const file = journeyFile('minimal');
    const unsafe = buildJourney({ ...file, sources: file.sources.map((s) => ({ ...s, url: 'javascript:alert(1)' })) });
    const { screen } = await card(unsafe, 'envoy-lands');
    const link = screen.getByRole('region', { name: 'Sources' }).getByRole('link', { name: 'Example News' });
    await expect.element(link).toHaveAttribute('href', '#');
  });
});
