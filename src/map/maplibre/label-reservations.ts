import type { Box } from './marker-layout.ts';

/** How often the basemap is told where the markers are, at most. */
const RESERVE_EVERY_MS = 250;
/** The grid (CSS pixels) the kept-clear boxes are widened to: a box that moves within its cells sends nothing. */
const RESERVE_GRID = 8;

/**
 * Keeps the basemap's labels clear of the HTML markers, labels and badges:
 * their boxes, widened outward to an 8 px grid, are sent (`send`, the
 * adapter's `reserve`) only when that changes, at most every 250 ms while
 * things move (MapLibre places its labels again about as often), the last
 * boxes of a run of changes once it pauses, and never during a camera move
 * (the cells are places on the map and move with it; the settled layout
 * sends them again).
 */
export class LabelReservations {
  readonly #send: (boxes: readonly Box[]) => void;
  #sent = '';
  #sentAt = -Infinity;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(send: (boxes: readonly Box[]) => void) {
    this.#send = send;
  }

  /** The boxes drawn now; `moving` while the camera moves. */
  update(exact: readonly Box[], moving: boolean): void {
    if (moving) {
      clearTimeout(this.#timer);
      return;
    }
    const boxes = exact.map(onGrid);
    const key = boxes.map((b) => `${b.x},${b.y},${b.w},${b.h}`).join(' ');
    if (key === this.#sent) return;
    const wait = this.#sentAt + RESERVE_EVERY_MS - performance.now();
    clearTimeout(this.#timer);
    if (wait > 0) {
      this.#timer = setTimeout(() => this.update(exact, false), wait);
      return;
    }
    this.#sent = key;
    this.#sentAt = performance.now();
    this.#send(boxes);
  }

  destroy(): void {
    clearTimeout(this.#timer);
  }
}

/** The smallest box on the RESERVE_GRID that holds `box`. */
function onGrid(box: Box): Box {
  const x = Math.floor(box.x / RESERVE_GRID) * RESERVE_GRID;
  const y = Math.floor(box.y / RESERVE_GRID) * RESERVE_GRID;
  return { x, y, w: Math.ceil((box.x + box.w) / RESERVE_GRID) * RESERVE_GRID - x, h: Math.ceil((box.y + box.h) / RESERVE_GRID) * RESERVE_GRID - y };
}
