/**
 * Where the names of places go on `<static-map>`: the current place is
 * always named; other stops are named where their label fits without
 * covering another label or leaving the drawing. Pure, no DOM: text widths
 * are estimated from the number of characters.
 */
import type { Size } from './static-map-geometry.ts';
import type { DrawnPlace, Rect } from './static-map-scene.ts';

export interface Label {
  readonly text: string;
  /** The text's anchor point and SVG `text-anchor`; `y` is the baseline. */
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'middle' | 'end';
  /** The current place's label, set larger and bolder. */
  readonly current: boolean;
}

/** Font sizes in pixels, matched by the component's styles. */
export const LABEL_SIZE = { current: 14, stop: 11 } as const;
/** An average character's width, in ems, for a semibold sans-serif. */
const CHAR_EM = 0.6;
/** Space between a marker and its label. */
const GAP = 12;
/** Stops closer than this to an already named one stay unnamed (a cluster, such as central Moscow on a map of two continents). */
const CLUSTER_PX = 10;
const MARGIN = 3;

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The label positions to try around a marker: right, left, above, below (the last two centred, kept inside the drawing). */
function candidates(place: DrawnPlace, text: string, font: number, size: Size): { label: Omit<Label, 'current'>; box: Rect }[] {
  const width = text.length * font * CHAR_EM;
  const { x, y } = place;
  const baseline = y + font * 0.35;
  const centre = Math.min(Math.max(x, width / 2 + MARGIN), size.width - width / 2 - MARGIN);
  const box = (left: number, base: number): Rect => ({ x: left, y: base - font * 0.8, width, height: font });
  return [
    { label: { text, x: x + GAP, y: baseline, anchor: 'start' }, box: box(x + GAP, baseline) },
    { label: { text, x: x - GAP, y: baseline, anchor: 'end' }, box: box(x - GAP - width, baseline) },
    { label: { text, x: centre, y: y - GAP, anchor: 'middle' }, box: box(centre - width / 2, y - GAP) },
    { label: { text, x: centre, y: y + GAP + font * 0.8, anchor: 'middle' }, box: box(centre - width / 2, y + GAP + font * 0.8) },
  ];
}

const round = (n: number) => Math.round(n * 10) / 10;
const rounded = (label: Omit<Label, 'current'>, current: boolean): Label => ({ ...label, x: round(label.x), y: round(label.y), current });

const inside = (r: Rect, size: Size) => r.x >= MARGIN && r.y >= MARGIN && r.x + r.width <= size.width - MARGIN && r.y + r.height <= size.height - MARGIN;

/**
 * Labels for the places in a drawing.
 *
 * @param current The current place, named first and always (above it, kept inside, when no side fits).
 * @param order Place ids, most important first (story order); the others are named only if room is left.
 * @param avoid Boxes labels must not cover (a caption).
 * @param max At most this many stops are named besides the current place; by default one per 100 px of width.
 * @example placeLabels(places, current, { width: 640, height: 384 }, ['metropol', 'red-square'])
 */
export function placeLabels(
  places: readonly DrawnPlace[],
  current: DrawnPlace | undefined,
  size: Size,
  order: readonly string[],
  avoid: readonly Rect[] = [],
  max = Math.floor(size.width / 100),
): Label[] {
  const taken: Rect[] = [...avoid];
  const named: DrawnPlace[] = [];
  const labels: Label[] = [];
  if (current) {
    const options = candidates(current, current.name, LABEL_SIZE.current, size);
    const fit = options.find((o) => inside(o.box, size) && !taken.some((t) => overlaps(o.box, t))) ?? (options[2] as (typeof options)[number]);
    labels.push(rounded(fit.label, true));
    taken.push(fit.box, { x: current.x - 11, y: current.y - 11, width: 22, height: 22 });
    named.push(current);
  }
  const rank = (id: string) => {
    const i = order.indexOf(id);
    return i < 0 ? order.length : i;
  };
  const rest = places.filter((p) => p !== current && inside({ x: p.x, y: p.y, width: 0, height: 0 }, size)).sort((a, b) => rank(a.id) - rank(b.id));
  for (const place of rest) {
    if (labels.length - (current ? 1 : 0) >= max) break;
    if (named.some((n) => Math.hypot(n.x - place.x, n.y - place.y) < CLUSTER_PX)) continue;
    const fit = candidates(place, place.name, LABEL_SIZE.stop, size).find((o) => inside(o.box, size) && !taken.some((t) => overlaps(o.box, t)));
    if (!fit) continue;
    labels.push(rounded(fit.label, false));
    taken.push(fit.box);
    named.push(place);
  }
  return labels;
}
