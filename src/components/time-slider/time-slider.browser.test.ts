import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-lit';
import { html } from 'lit';
import { storyClock } from '../../journey/story-clock.ts';
import { loadJourney, recordEvents } from '../../../test/components/journeys.ts';
import { placeLocality } from '../../journey/time.ts';
import type { SliderTick } from './time-slider.ts';
import './time-slider.ts';

const journey = loadJourney('moscow');
const { scale, mainZone } = storyClock(journey);
const ticks: SliderTick[] = journey.events.map((e) => ({ time: e.start, title: e.event.title, when: e.event.start, zone: e.place.properties.timeZone, locality: placeLocality(e.place.properties) }));
const stepOf = (id: string) => journey.events.find((e) => e.event.id === id)!;
const MINUTE = 60_000;

/** A slider at an event's start, read in its place's zone, as the story sets it up. */
async function slider({ at = 'kremlin-talks', playing = false } = {}) {
  const step = stepOf(at);
  const screen = render(html`<time-slider
    .scale=${scale}
    .ticks=${ticks}
    .time=${step.start}
    .current=${step.index}
    .placeZone=${step.place.properties.timeZone}
    .mainZone=${mainZone}
    .playing=${playing}
  ></time-slider>`);
  const el = screen.container.querySelector('time-slider')!;
  await el.updateComplete;
  return {
    el,
    step,
    range: screen.getByRole('slider', { name: 'Journey time' }),
    speed: screen.getByRole('combobox', { name: 'Playback speed' }),
    button: (name: 'Play' | 'Pause') => screen.getByRole('button', { name, exact: true }),
    requests: recordEvents(el, 'journey-playback-request'),
    changes: recordEvents(el, 'journey-time-change'),
    steps: recordEvents(el, 'journey-step-select'),
  };
}

/** Presses a key on the focused range input. */
async function press(range: { element(): Element }, key: string) {
  (range.element() as HTMLElement).focus();
  await userEvent.keyboard(`{${key}}`);
}

describe('<time-slider> playback', () => {
  it('reads "Play" when the story is not playing', async () => {
    const { button } = await slider();
    await expect.element(button('Play')).toBeInTheDocument();
  });

  it('reads "Pause" when the story is playing', async () => {
    const { button } = await slider({ playing: true });
    await expect.element(button('Pause')).toBeInTheDocument();
  });

  it('asks to play at the chosen speed when Play is pressed', async () => {
    const { button, requests } = await slider();
    await userEvent.click(button('Play'));
    expect(requests.map((e) => e.detail)).toEqual([{ playing: true, seconds: 60 }]);
  });

  it('asks to pause when Pause is pressed', async () => {
    const { button, requests } = await slider({ playing: true });
    await userEvent.click(button('Pause'));
    expect(requests.map((e) => e.detail)).toEqual([{ playing: false, seconds: 60 }]);
  });

  it('keeps reading "Play" after the press until `playing` comes back down', async () => {
    const { el, button } = await slider();
    await userEvent.click(button('Play'));
    await el.updateComplete;
    await expect.element(button('Play')).toBeInTheDocument();
    el.playing = true;
    await expect.element(button('Pause')).toBeInTheDocument();
  });

  it('asks to play on at the new speed when the speed changes while playing', async () => {
    const { speed, requests } = await slider({ playing: true });
    await userEvent.selectOptions(speed, 'fast');
    expect(requests.map((e) => e.detail)).toEqual([{ playing: true, seconds: 20 }]);
  });

  it('sends no request when the speed changes while paused, and plays at that speed later', async () => {
    const { speed, button, requests } = await slider();
    await userEvent.selectOptions(speed, 'slow');
    expect(requests).toEqual([]);
    await userEvent.click(button('Play'));
    expect(requests.map((e) => e.detail)).toEqual([{ playing: true, seconds: 120 }]);
  });

  it('asks to pause when the reader grabs the track while playing', async () => {
    const { range, requests } = await slider({ playing: true });
    await userEvent.click(range);
    expect(requests.map((e) => e.detail)).toEqual([{ playing: false, seconds: 60 }]);
  });

  it('sends no playback request when the track is grabbed while paused', async () => {
    const { range, requests } = await slider();
    await userEvent.click(range);
    expect(requests).toEqual([]);
  });
});

describe('<time-slider> keys', () => {
  it('moves a small step later with →, on a whole minute', async () => {
    const { range, step, changes } = await slider();
    await press(range, 'ArrowRight');
    expect(changes).toHaveLength(1);
    const { time, via } = changes[0]!.detail;
    expect(via).toBe('keyboard');
    expect(time % MINUTE).toBe(0);
    expect(time).toBeGreaterThan(step.start);
    expect(scale.toPosition(time) - scale.toPosition(step.start)).toBeCloseTo(0.005, 3);
  });

  it('moves a small step earlier with ←, on a whole minute', async () => {
    const { range, step, changes } = await slider();
    await press(range, 'ArrowLeft');
    expect(changes).toHaveLength(1);
    const { time, via } = changes[0]!.detail;
    expect(via).toBe('keyboard');
    expect(time % MINUTE).toBe(0);
    expect(time).toBeLessThan(step.start);
    expect(scale.toPosition(step.start) - scale.toPosition(time)).toBeCloseTo(0.005, 3);
  });

  // A step request, not a time: events at one instant are each reached (issue 14).
  it('asks for the next event with PageDown', async () => {
    const { range, changes, steps } = await slider({ at: 'landing-vnukovo' });
    await press(range, 'PageDown');
    expect(steps.map((e) => e.detail)).toEqual([{ index: stepOf('lunch-savva').index, via: 'keyboard' }]);
    expect(changes).toEqual([]);
  });

  it('asks for the previous event with PageUp', async () => {
    const { range, steps } = await slider({ at: 'lunch-savva' });
    await press(range, 'PageUp');
    expect(steps.map((e) => e.detail)).toEqual([{ index: stepOf('landing-vnukovo').index, via: 'keyboard' }]);
  });

  it('asks for the current event again with PageUp once the time has moved past its start', async () => {
    const { el, range, step, steps } = await slider({ at: 'lunch-savva' });
    el.time = step.start + 10 * MINUTE;
    await el.updateComplete;
    await press(range, 'PageUp');
    expect(steps.map((e) => e.detail)).toEqual([{ index: step.index, via: 'keyboard' }]);
  });

  it('reaches the second of two events at one instant with PageDown', async () => {
    const t = stepOf('landing-vnukovo').start;
    const twin: SliderTick[] = [ticks[0]!, { ...ticks[1]!, time: t }, { ...ticks[2]!, time: t }];
    const screen = render(html`<time-slider .scale=${scale} .ticks=${twin} .time=${t} .current=${1}></time-slider>`);
    const el = screen.container.querySelector('time-slider')!;
    await el.updateComplete;
    const steps = recordEvents(el, 'journey-step-select');
    await press(screen.getByRole('slider', { name: 'Journey time' }), 'PageDown');
    expect(steps.map((e) => e.detail.index)).toEqual([2]);
  });

  it('goes to the start of the journey with Home', async () => {
    const { range, changes } = await slider();
    await press(range, 'Home');
    expect(changes.map((e) => e.detail)).toEqual([{ time: scale.start, via: 'keyboard' }]);
  });

  it('goes to the end of the journey with End', async () => {
    const { range, changes } = await slider();
    await press(range, 'End');
    expect(changes.map((e) => e.detail)).toEqual([{ time: scale.end, via: 'keyboard' }]);
  });

  it('leaves the time to the story: a key does not move the slider by itself', async () => {
    const { el, range, step } = await slider();
    await press(range, 'End');
    await el.updateComplete;
    expect(el.time).toBe(step.start);
    expect(Number((range.element() as HTMLInputElement).value)).toBeCloseTo(scale.toPosition(step.start), 6);
  });

  it('sends nothing when code sets the time', async () => {
    const { el, changes } = await slider();
    el.time = stepOf('departure-vnukovo').start;
    await el.updateComplete;
    expect(changes).toEqual([]);
  });
});

describe('<time-slider> value text', () => {
  // On an event's start, the event's own time, with its qualifier, as the card says it (issue 14).
  it('gives the event’s time with its qualifier on its start, with UTC', async () => {
    const { range } = await slider({ at: 'kremlin-talks' });
    await expect.element(range).toHaveAttribute('aria-valuetext', '2 December 2025, about 19:40 Moscow time (MSK), about 16:40 UTC');
  });

  it('gives the day alone on a date-only event, never a clock time', async () => {
    const { range } = await slider({ at: 'geneva-talks' });
    await expect.element(range).toHaveAttribute('aria-valuetext', '23 November 2025 (time of day not known)');
  });

  it('gives the day alone between two date-only events', async () => {
    const { el, range } = await slider({ at: 'geneva-talks' });
    el.time = stepOf('geneva-talks').start + 3 * 86_400_000;
    await expect.element(range).toHaveAttribute('aria-valuetext', '26 November 2025');
  });

  it('gives the clock between timed events, in the zone it is given', async () => {
    const { el, range } = await slider({ at: 'walk-red-square' });
    el.time = Date.UTC(2025, 11, 2, 14, 10);
    await expect.element(range).toHaveAttribute('aria-valuetext', '2 December 2025, 17:10 Moscow time (MSK), 14:10 UTC');
    el.placeZone = 'America/New_York';
    await expect.element(range).toHaveAttribute('aria-valuetext', '2 December 2025, 09:10 New York time (EST), 14:10 UTC');
  });

  it('reads the time in UTC or in the reader’s zone when the reader chose so', async () => {
    const { el, range } = await slider({ at: 'kremlin-talks' });
    el.zoneMode = 'utc';
    await expect.element(range).toHaveAttribute('aria-valuetext', '2 December 2025, about 16:40 UTC');
    el.zoneMode = 'reader';
    el.readerZone = 'Asia/Tokyo';
    await expect.element(range).toHaveAttribute('aria-valuetext', '3 December 2025, about 01:40 your time (UTC+9), 2 December 2025, about 16:40 UTC');
  });
});

describe('<time-slider> marks', () => {
  it('explains the shortened stretches in visible text', async () => {
    const { el } = await slider();
    expect(el.shadowRoot!.querySelector('.breaks-note')?.textContent).toMatch(/\d+ quiet days shortened/);
  });

  it('labels each event’s day as its card does', async () => {
    const { el } = await slider();
    const labels = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.day')].map((d) => d.dataset.day);
    expect(labels).toEqual(['23 Nov', '30 Nov', '1 Dec', '2 Dec', '3 Dec']);
  });

  it('never cuts a day label: where its day is too narrow it gives the number alone, or nothing', async () => {
    const { el } = await slider();
    el.style.width = '320px';
    await expect.poll(() => el.shadowRoot!.querySelector<HTMLElement>('.days')!.clientWidth).toBeLessThan(330);
    await expect
      .poll(() => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.day')].filter((d) => d.scrollWidth > d.clientWidth + 1).map((d) => d.dataset.day))
      .toEqual([]);
    const texts = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.day')].map((d) => d.textContent!.trim());
    for (const [i, d] of [...el.shadowRoot!.querySelectorAll<HTMLElement>('.day')].entries()) {
      expect([d.dataset.day, d.dataset.day!.split(' ')[0], '']).toContain(texts[i]);
    }
    // The widest days still say their whole date.
    expect(texts).toContain('2 Dec');
  });
});

describe('<time-slider> per frame', () => {
  it('draws nothing for a change of time that moves neither the thumb nor the readout, and draws the next that does', async () => {
    const { el, range } = await slider({ at: 'walk-red-square' });
    const from = Date.UTC(2025, 11, 2, 14, 10);
    el.time = from;
    await expect.element(range).toHaveAttribute('aria-valuetext', '2 December 2025, 17:10 Moscow time (MSK), 14:10 UTC');
    const input = range.element() as HTMLInputElement;
    const value = input.value;
    let renders = 0;
    const render = el.render.bind(el);
    el.render = () => (renders++, render());
    // Playback frames: a second each, within one minute and well under half a pixel of the track.
    for (let s = 1; s <= 5; s++) {
      el.time = from + s * 1000;
      await el.updateComplete;
    }
    expect(renders).toBe(0);
    expect(input.value).toBe(value);
    el.time = from + MINUTE;
    await expect.element(range).toHaveAttribute('aria-valuetext', '2 December 2025, 17:11 Moscow time (MSK), 14:11 UTC');
    expect(renders).toBe(1);
  });
});
