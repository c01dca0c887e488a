import { describe, expect, it } from 'vitest';
import { coverOf, pickStep, progressTime, type StepBox } from './step-picker.ts';

/** Three 400 px steps with 200 px between them, scrolled by `y`. */
const steps = (y: number): StepBox[] => [0, 600, 1200].map((top) => ({ top: top - y, bottom: top + 400 - y }));

describe('pickStep', () => {
  it('has nothing to pick without steps', () => {
    expect(pickStep([], 400)).toBeUndefined();
  });

  it('is the first step, at progress 0, before any step reaches the line', () => {
    expect(pickStep(steps(-1000), 400)).toEqual({ index: 0, progress: 0 });
  });

  it('is the last step whose top has passed the line, with how far the line is through it', () => {
    expect(pickStep(steps(0), 400)).toEqual({ index: 0, progress: 1 });
    expect(pickStep(steps(300), 400)).toEqual({ index: 1, progress: 0.25 });
  });

  it('keeps the step in the gap after it, at progress 1', () => {
    expect(pickStep(steps(100), 400)).toEqual({ index: 0, progress: 1 });
  });

  it('is the same at a position whichever way the reader came to it', () => {
    const down = [0, 200, 400, 800, 1100].map((y) => pickStep(steps(y), 400));
    const up = [1100, 800, 400, 200, 0].map((y) => pickStep(steps(y), 400)).reverse();
    expect(up).toEqual(down);
  });

  it('lands on the last step at the end of a jump, whatever lies between', () => {
    expect(pickStep(steps(5000), 400)?.index).toBe(2);
  });

  it('counts a step out of order that has passed the line', () => {
    const boxes = [
      { top: -100, bottom: 100 },
      { top: 900, bottom: 1100 },
      { top: 0, bottom: 200 },
    ];
    expect(pickStep(boxes, 400)?.index).toBe(2);
  });

  it('reads an empty step as passed through', () => {
    expect(pickStep([{ top: 100, bottom: 100 }], 400)).toEqual({ index: 0, progress: 1 });
  });
});

describe('progressTime', () => {
  it('goes from the event to just before the next one', () => {
    expect(progressTime(1000, 2000, 0)).toBe(1000);
    expect(progressTime(1000, 2000, 0.5)).toBe(1500);
    expect(progressTime(1000, 2000, 1)).toBe(1999);
  });

  it('stays at the start for the last event, and when the next one starts at the same moment', () => {
    expect(progressTime(1000, undefined, 0.7)).toBe(1000);
    expect(progressTime(1000, 1000, 0.7)).toBe(1000);
  });

  it('clamps progress outside 0 to 1', () => {
    expect(progressTime(0, 100, -1)).toBe(0);
    expect(progressTime(0, 100, 3)).toBe(99);
  });
});

describe('coverOf', () => {
  const map = { top: 0, bottom: 600, left: 0, right: 400 };
  it('is the part of the map below a card in the lower half', () => {
    expect(coverOf(map, { top: 320, bottom: 520, left: 12, right: 388 })).toEqual({ top: 0, bottom: 280 });
  });
  it('is the part above a card in the upper half', () => {
    expect(coverOf(map, { top: -100, bottom: 150, left: 12, right: 388 })).toEqual({ top: 150, bottom: 0 });
  });
  it('is nothing for a card beside the map or off it', () => {
    expect(coverOf(map, { top: 300, bottom: 500, left: 420, right: 800 })).toEqual({ top: 0, bottom: 0 });
    expect(coverOf(map, { top: 700, bottom: 900, left: 12, right: 388 })).toEqual({ top: 0, bottom: 0 });
  });
  it('hides the map with the cards next to the step\'s (a paragraph just above it), not with those far off', () => {
    const card = { top: 320, bottom: 520, left: 12, right: 388 };
    const paragraph = { top: 260, bottom: 300, left: 12, right: 388 };
    const far = { top: 20, bottom: 80, left: 12, right: 388 };
    expect(coverOf(map, card, [far, paragraph])).toEqual({ top: 0, bottom: 340 });
    expect(coverOf(map, card, [far])).toEqual({ top: 0, bottom: 280 });
    // A card beside the map is no card over it, however near.
    expect(coverOf(map, card, [{ top: 230, bottom: 300, left: 420, right: 800 }])).toEqual({ top: 0, bottom: 280 });
  });
  it('leaves the camera at least 40% of the map', () => {
    expect(coverOf(map, { top: 100, bottom: 1200, left: 12, right: 388 })).toEqual({ top: 0, bottom: 360 });
  });
});
