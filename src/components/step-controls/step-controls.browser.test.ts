import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-lit';
import { html } from 'lit';
import { recordEvents } from '../../../test/components/journeys.ts';
import './step-controls.ts';

// Playwright's click waits for an element to be enabled, and it counts
// aria-disabled="true" as disabled; `force` clicks it as a reader would.
const force = { force: true } as const;

/** The focused element inside the shadow root (`document.activeElement` is the host). */
const focusedIn = (el: Element) => () => el.shadowRoot!.activeElement;

async function controls(current: number, total: number) {
  const screen = render(html`<button type="button">Before</button><step-controls .current=${current} .total=${total}></step-controls>`);
  const el = screen.container.querySelector('step-controls')!;
  await el.updateComplete;
  const steps = recordEvents(el, 'journey-step-select');
  return {
    el,
    steps,
    previous: screen.getByRole('button', { name: 'Previous event' }),
    next: screen.getByRole('button', { name: 'Next event' }),
    before: screen.getByRole('button', { name: 'Before' }),
  };
}

describe('<step-controls>', () => {
  it('asks for the previous step with Previous', async () => {
    const { previous, steps } = await controls(2, 5);
    await userEvent.click(previous);
    expect(steps.map((e) => e.detail)).toEqual([{ index: 1, via: 'controls' }]);
  });

  it('asks for the next step with Next', async () => {
    const { next, steps } = await controls(2, 5);
    await userEvent.click(next);
    expect(steps.map((e) => e.detail)).toEqual([{ index: 3, via: 'controls' }]);
  });

  it('sends the step request up across shadow roots', async () => {
    const { next } = await controls(0, 3);
    const atDocument = recordEvents(document, 'journey-step-select');
    await userEvent.click(next);
    expect(atDocument).toHaveLength(1);
  });

  it('from the first step, Previous asks for the overview (index -1)', async () => {
    const { previous, steps } = await controls(0, 5);
    await expect.element(previous).toHaveAttribute('aria-disabled', 'false');
    await userEvent.click(previous);
    expect(steps.map((e) => e.detail)).toEqual([{ index: -1, via: 'controls' }]);
  });

  it('from the overview, Next asks for the first event and says “Overview” in place of the count', async () => {
    const { el, next, steps } = await controls(-1, 5);
    await userEvent.click(next);
    expect(steps.map((e) => e.detail)).toEqual([{ index: 0, via: 'controls' }]);
    expect(el.shadowRoot!.textContent!.replace(/\s+/g, ' ')).toContain('Overview');
  });

  it('marks Previous unavailable at the overview, keeps it focusable, and sends nothing', async () => {
    const { el, previous, steps } = await controls(-1, 5);
    await expect.element(previous).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(previous, force);
    await expect.poll(focusedIn(el)).toBe(previous.element());
    expect(steps).toEqual([]);
  });

  it('marks Next unavailable at the last step, keeps it focusable, and sends nothing', async () => {
    const { el, next, steps } = await controls(4, 5);
    await expect.element(next).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(next, force);
    await expect.poll(focusedIn(el)).toBe(next.element());
    expect(steps).toEqual([]);
  });

  it('keeps both buttons available in the middle', async () => {
    const { previous, next } = await controls(2, 5);
    await expect.element(previous).toHaveAttribute('aria-disabled', 'false');
    await expect.element(next).toHaveAttribute('aria-disabled', 'false');
  });

  it('reaches an unavailable button with Tab', async () => {
    const { el, previous, before } = await controls(-1, 5);
    before.element().focus();
    await userEvent.tab();
    await expect.poll(focusedIn(el)).toBe(previous.element());
  });

  it('shows the step count', async () => {
    const { el } = await controls(2, 5);
    expect(el.shadowRoot!.textContent!.replace(/\s+/g, ' ')).toContain('3 / 5');
  });

  it('updates the count and the ends when the step changes', async () => {
    const { el, next } = await controls(3, 5);
    el.current = 4;
    await el.updateComplete;
    expect(el.shadowRoot!.textContent!.replace(/\s+/g, ' ')).toContain('5 / 5');
    await expect.element(next).toHaveAttribute('aria-disabled', 'true');
  });
});
