import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-lit';
import { html } from 'lit';
import { storyClock } from '../../journey/story-clock.ts';
import { loadJourney, recordEvents } from '../../../test/components/journeys.ts';
import type { SliderTick } from './time-slider.ts';
import './time-slider.ts';

const journey = loadJourney('moscow');
const { scale, mainZone } = storyClock(journey);
const ticks: SliderTick[] = journey.events.map((e) => ({ time: e.start, title: e.event.title }));
const stepOf = (id: string) => journey.events.find((e) => e.event.id === id)!;
const MINUTE = 60_000;

/** A slider at an event's start, read in its place's zone, as the story sets it up. */
async function slider({ at = 'kremlin-talks', playing = false } = {}) {
  const step = stepOf(at);
  const screen = render(html`<time-slider
    .scale=${scale}
    .ticks=${ticks}
    .time=${step.start}
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

  it('goes to the next event’s start with PageDown', async () => {
    const { range, changes } = await slider({ at: 'landing-vnukovo' });
    await press(range, 'PageDown');
    expect(changes.map((e) => e.detail)).toEqual([{ time: stepOf('lunch-savva').start, via: 'keyboard' }]);
  });

  it('goes to the previous event’s start with PageUp', async () => {
    const { range, changes } = await slider({ at: 'lunch-savva' });
    await press(range, 'PageUp');
    expect(changes.map((e) => e.detail)).toEqual([{ time: stepOf('landing-vnukovo').start, via: 'keyboard' }]);
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
  it('describes the time in the zone it is given, with UTC', async () => {
    const { range } = await slider({ at: 'kremlin-talks' });
    await expect.element(range).toHaveAttribute('aria-valuetext', '2 December 2025, 19:40 Moscow time (16:40 UTC)');
  });

  it('follows the zone when it changes', async () => {
    const { el, range } = await slider({ at: 'kremlin-talks' });
    el.placeZone = 'America/New_York';
    await expect.element(range).toHaveAttribute('aria-valuetext', '2 December 2025, 11:40 New York time (16:40 UTC)');
  });

  it('reads the time in UTC or in the reader’s zone when the reader chose so', async () => {
    const { el, range } = await slider({ at: 'kremlin-talks' });
    el.zoneMode = 'utc';
    await expect.element(range).toHaveAttribute('aria-valuetext', '2 December 2025, 16:40 UTC');
    el.zoneMode = 'reader';
    el.readerZone = 'Asia/Tokyo';
    await expect.element(range).toHaveAttribute('aria-valuetext', '3 December 2025, 01:40 Tokyo time (16:40 UTC, 2 December)');
  });
});
