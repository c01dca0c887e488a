/**
 * Which step of a scrolling story is current, from where its elements are.
 * Pure: boxes and a line in, a step and its progress out; no DOM, no clock.
 *
 * The rule depends only on positions, never on the direction of the scroll
 * or on which steps were crossed on the way: the current step is the last
 * one whose top has passed the line. So scrolling up reverses scrolling
 * down exactly, and a jump (the End key, a link into the middle) lands on
 * the step that is there, whatever lies between.
 */

/** A step element's top and bottom, in the same coordinates as the line (px down the viewport). */
export interface StepBox {
  readonly top: number;
  readonly bottom: number;
}

/** The current step and how far through it the line is. */
export interface StepPick {
  /** The step's position in the list. Before the first step has reached the line: the first step. */
  readonly index: number;
  /** 0 where the step's top meets the line, 1 where its bottom does; 0 before the first step. */
  readonly progress: number;
}

/**
 * Picks the current step.
 *
 * @param boxes The steps in reading order (their tops need not increase: a step out of order never hides a later one that has passed the line).
 * @param line Where the line is, in the boxes' coordinates (e.g. half the viewport's height).
 * @returns The pick, or undefined when there are no steps.
 * @example pickStep([{ top: -300, bottom: 100 }, { top: 500, bottom: 900 }], 400) // { index: 0, progress: 0.875 }
 */
export function pickStep(boxes: readonly StepBox[], line: number): StepPick | undefined {
  if (boxes.length === 0) return undefined;
  let index = -1;
  boxes.forEach((box, i) => {
    if (box.top <= line) index = i;
  });
  if (index < 0) return { index: 0, progress: 0 };
  const { top, bottom } = boxes[index]!;
  const height = bottom - top;
  const progress = height > 0 ? Math.min(1, Math.max(0, (line - top) / height)) : 1;
  return { index, progress };
}

/**
 * The moment a step's progress stands for, when progress drives time: from
 * the step's event to just before the next one starts, so the current event
 * never changes under the reader (the next step's element does that).
 *
 * @param start The step's event's start, ms.
 * @param next The next event's start, ms; undefined for the last event (time stays at `start`).
 * @example progressTime(0, 1000, 0.5) // 500
 */
export function progressTime(start: number, next: number | undefined, progress: number): number {
  if (next === undefined || next - 1 <= start) return start;
  const p = Math.min(1, Math.max(0, progress));
  return Math.min(next - 1, Math.round(start + p * (next - start)));
}

/** How much of the map the camera may give up to a card: the rest is always the step's place's. */
const MAX_COVER = 0.6;

/** Cards this close (px) to the step's card, above or below it, hide the map with it: the gap between is no room for a place. */
const NEAR_CARD = 48;

/**
 * What a step's card hides of the map, for the camera to frame the step's
 * place in the rest (where the cards scroll over a full-bleed map): the
 * card's part of the map's top or of its foot, whichever half its middle is
 * in, together with the cards next to it (`others`: the page's paragraphs
 * that scroll over the map too, within 48 px of it or of each other). A card
 * beside the map, or off it, hides nothing. At most 60% of the map's
 * height; whole pixels.
 *
 * @param map The map's box in the viewport.
 * @param card The current step's card, in the same coordinates.
 * @param others The other cards over the map, in any order.
 * @example coverOf({ top: 0, bottom: 600, left: 0, right: 400 }, { top: 320, bottom: 520, left: 12, right: 388 }) // { top: 0, bottom: 280 }
 */
export function coverOf(map: Rect, card: Rect, others: readonly Rect[] = []): { top: number; bottom: number } {
  const height = map.bottom - map.top;
  const over = (r: Rect) => r.left < map.right && r.right > map.left && r.top < map.bottom && r.bottom > map.top && height > 0;
  if (!over(card)) return { top: 0, bottom: 0 };
  // The block of cards around the step's own: grown while a card over the map is next to it.
  let [top, bottom] = [card.top, card.bottom];
  const rest = others.filter(over);
  for (let grown = true; grown; ) {
    grown = false;
    for (const r of rest) {
      if (r.bottom < top - NEAR_CARD || r.top > bottom + NEAR_CARD || (r.top >= top && r.bottom <= bottom)) continue;
      [top, bottom] = [Math.min(top, r.top), Math.max(bottom, r.bottom)];
      grown = true;
    }
  }
  const most = height * MAX_COVER;
  const below = (card.top + card.bottom) / 2 > (map.top + map.bottom) / 2;
  if (below) return { top: 0, bottom: Math.round(Math.min(most, map.bottom - Math.max(top, map.top))) };
  return { top: Math.round(Math.min(most, Math.min(bottom, map.bottom) - map.top)), bottom: 0 };
}

/** A box in the viewport, px. */
export interface Rect {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}
