import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-lit';
import { html } from 'lit';
import { loadJourney } from '../../../test/components/journeys.ts';
import { travellerInitials } from '../../journey/initials.ts';
import './map-key.ts';

const journey = loadJourney('moscow');

/** The key inside a box the size of a map, as journey-map-view holds it. */
async function key(width: number, height: number) {
  const screen = render(html`<div style=${`position: relative; container-type: size; width: ${width}px; height: ${height}px`}><map-key .journey=${journey}></map-key></div>`);
  const el = screen.container.querySelector('map-key')!;
  await el.updateComplete;
  return { el, screen, button: screen.getByRole('button', { name: 'Key', exact: true }), travellers: screen.getByRole('list', { name: 'Travellers' }) };
}

describe('<map-key>', () => {
  it('opens on a wide map, with each traveller’s initials and name', async () => {
    const { button, travellers } = await key(860, 620);
    await expect.element(button).toHaveAttribute('aria-expanded', 'true');
    const items = travellers.getByRole('listitem').elements();
    expect(items.map((li) => li.textContent?.replace(/\s+/g, ' ').trim())).toEqual(journey.file.travellers.map((t) => `${travellerInitials(t.name)} ${t.name}`));
  });

  it('opens folded on a small map, and the button opens and folds it', async () => {
    const { button, travellers } = await key(375, 400);
    await expect.element(button).toHaveAttribute('aria-expanded', 'false');
    await expect.element(travellers).not.toBeInTheDocument();
    await userEvent.click(button);
    await expect.element(button).toHaveAttribute('aria-expanded', 'true');
    await expect.element(travellers).toBeVisible();
    await userEvent.click(button);
    await expect.element(button).toHaveAttribute('aria-expanded', 'false');
  });

  it('explains each line style and the estimated and last-known markers', async () => {
    const { screen } = await key(860, 620);
    const styles = screen.getByRole('list', { name: 'Lines and positions' });
    expect(styles.getByRole('listitem').elements().map((li) => li.lastElementChild?.textContent)).toEqual(['Reported', 'Planned', 'Inferred', 'Did not happen', 'Estimated position', 'Last known place']);
  });
});
