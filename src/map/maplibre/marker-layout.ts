/**
 * Where the map's markers go on screen, as pure functions of screen
 * positions and sizes (no DOM, no MapLibre), so that no two of them overlap:
 * - stops closer together than a marker's width merge into one marker;
 * - traveller badges sit beside the stop they are at, never on a marker;
 * - each label takes the first free place around its marker, or is left out.
 *
 * Boxes are in CSS pixels from the map's top left corner.
 */

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface Group<T extends Point> {
  /** In the order the points were given. */
  readonly members: readonly T[];
  /** The mean of the members' positions. */
  readonly x: number;
  readonly y: number;
}

/** Up to this many points, groups are merged closest pair first; beyond, by a grid (see `groupPoints`). */
const EXACT_UP_TO = 64;

/**
 * Merges points closer together than `distance` pixels until every two
 * groups are at least `distance` apart; each group stands at the mean of its
 * members. Up to 64 points the closest pair merges first; a larger journey
 * (thousands of stops) merges neighbours found on a grid instead, in a few
 * linear passes, with the same guarantee.
 *
 * @example groupPoints([{ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 100, y: 0 }], 30).map((g) => g.members.length) // [2, 1]
 */
export function groupPoints<T extends Point>(points: readonly T[], distance: number): Group<T>[] {
  const rank = new Map(points.map((p, i) => [p, i]));
  const byRank = (a: T, b: T) => rank.get(a)! - rank.get(b)!;
  let groups: Group<T>[] = points.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y)).map((p) => ({ members: [p], x: p.x, y: p.y }));
  groups = groups.length <= EXACT_UP_TO ? closestFirst(groups, distance) : byGrid(groups, distance);
  return groups.map((g) => ({ ...g, members: [...g.members].sort(byRank) })).sort((a, b) => byRank(a.members[0]!, b.members[0]!));
}

function merged<T extends Point>(a: Group<T>, b: Group<T>): Group<T> {
  const members = [...a.members, ...b.members];
  return { members, x: mean(members.map((m) => m.x)), y: mean(members.map((m) => m.y)) };
}

function closestFirst<T extends Point>(groups: Group<T>[], distance: number): Group<T>[] {
  for (;;) {
    let best: [number, number] | undefined;
    let bestDistance = distance;
    for (let i = 0; i < groups.length; i++) {
      for (let j = i + 1; j < groups.length; j++) {
        const d = Math.hypot(groups[i]!.x - groups[j]!.x, groups[i]!.y - groups[j]!.y);
        if (d < bestDistance) {
          bestDistance = d;
          best = [i, j];
        }
      }
    }
    if (!best) return groups;
    const [i, j] = best;
    groups[i] = merged(groups[i]!, groups[j]!);
    groups.splice(j, 1);
  }
}

/** Each pass merges every group with its neighbours closer than `distance` (found in the 3×3 grid cells around it), until a pass merges none. */
function byGrid<T extends Point>(groups: Group<T>[], distance: number): Group<T>[] {
  for (let changed = true; changed; ) {
    changed = false;
    const cell = (v: number) => Math.floor(v / distance);
    const grid = new Map<string, number[]>();
    groups.forEach((g, i) => {
      const k = `${cell(g.x)},${cell(g.y)}`;
      const list = grid.get(k);
      if (list) list.push(i);
      else grid.set(k, [i]);
    });
    const gone = new Set<number>();
    const next: Group<T>[] = [];
    groups.forEach((start, i) => {
      if (gone.has(i)) return;
      let g = start;
      for (let dx = -1; dx <= 1; dx++) {
        for (let dy = -1; dy <= 1; dy++) {
          for (const j of grid.get(`${cell(start.x) + dx},${cell(start.y) + dy}`) ?? []) {
            if (j <= i || gone.has(j)) continue;
            const other = groups[j]!;
            if (Math.hypot(other.x - g.x, other.y - g.y) >= distance) continue;
            g = merged(g, other);
            gone.add(j);
            changed = true;
          }
        }
      }
      next.push(g);
    });
    groups = next;
  }
  return groups;
}

/** Whether two boxes overlap, or come closer than `gap` pixels. */
export function overlaps(a: Box, b: Box, gap = 0): boolean {
  return a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap;
}

/** A box of `size` centred on a point. */
export function boxAround({ x, y }: Point, w: number, h = w): Box {
  return { x: x - w / 2, y: y - h / 2, w, h };
}

export interface LabelRequest {
  readonly key: string;
  /** The marker the label belongs to. */
  readonly marker: Box;
  readonly w: number;
  readonly h: number;
}

export interface BadgeRequest {
  readonly key: string;
  /** Where the traveller is. */
  readonly at: Point;
  readonly size: number;
}

export interface LayoutInput {
  readonly width: number;
  readonly height: number;
  /** The part of the map labels must lie in (not under the page's cover); the whole map when omitted. */
  readonly area?: Box;
  /** What is drawn over the map (controls, inset, key): labels and badges keep clear of it. */
  readonly overlays?: readonly Box[];
  /** Stop markers: they stay where they are, and everything else avoids them. */
  readonly markers: readonly Box[];
  /** Labels placed before the badges (the current stop's, the focused one's), in order. */
  readonly firstLabels: readonly LabelRequest[];
  readonly badges: readonly BadgeRequest[];
  /** Labels placed where room is left, in order; the others are left out. */
  readonly labels: readonly LabelRequest[];
}

export interface Layout {
  /** The box of each label shown; a label with no free place is absent. */
  readonly labels: ReadonlyMap<string, Box>;
  /** The box of each badge. */
  readonly badges: ReadonlyMap<string, Box>;
}

/** Space kept between any two things drawn, in pixels. */
const GAP = 2;
/** The space between a marker and its label. */
const LABEL_GAP = 3;

/**
 * Places labels and badges so that nothing overlaps: markers first (fixed),
 * then the first labels, then the badges, then the other labels. Nothing is
 * placed on an overlay. A label must lie whole inside the uncovered map; a badge takes its own place if that is
 * free, else the nearest free place around it (below first).
 */
export function layoutMarkers(input: LayoutInput): Layout {
  const taken = new BoxIndex();
  for (const b of [...(input.overlays ?? []), ...input.markers]) taken.push(b);
  const labels = new Map<string, Box>();
  const badges = new Map<string, Box>();
  const a = input.area ?? { x: 0, y: 0, w: input.width, h: input.height };
  const inside = (b: Box) => b.x >= a.x + GAP && b.y >= a.y + GAP && b.x + b.w <= a.x + a.w - GAP && b.y + b.h <= a.y + a.h - GAP;
  const free = (b: Box) => !taken.near(b).some((t) => overlaps(b, t, GAP));
  const placeLabel = (request: LabelRequest, far: boolean) => {
    const spots = far ? [0, 10, 22].flatMap((extra) => labelSpots(request, extra)) : labelSpots(request, 0);
    const spot = spots.find((b) => inside(b) && free(b));
    if (!spot) return;
    labels.set(request.key, spot);
    taken.push(spot);
  };
  for (const request of input.firstLabels) placeLabel(request, true);
  for (const badge of input.badges) {
    const spot = badgeSpots(badge).find(free) ?? boxAround(badge.at, badge.size);
    badges.set(badge.key, spot);
    taken.push(spot);
  }
  for (const request of input.labels) if (!labels.has(request.key)) placeLabel(request, false);
  return { labels, badges };
}

/** Boxes filed by the 64 px grid cells they touch, so that a journey of thousands of stops is laid out in linear time. */
class BoxIndex {
  static readonly CELL = 64;
  readonly #cells = new Map<string, Box[]>();

  push(box: Box): void {
    for (const k of this.#keys(box)) {
      const list = this.#cells.get(k);
      if (list) list.push(box);
      else this.#cells.set(k, [box]);
    }
  }

  /** The boxes in the cells this box touches (with the gap around it). */
  near(box: Box): Box[] {
    const out = new Set<Box>();
    for (const k of this.#keys(box)) for (const b of this.#cells.get(k) ?? []) out.add(b);
    return [...out];
  }

  #keys(box: Box): string[] {
    const c = (v: number) => Math.floor(v / BoxIndex.CELL);
    const keys: string[] = [];
    // Huge boxes (an overlay off the map) are filed by the part that can matter.
    const x1 = Math.min(c(box.x + box.w + GAP), c(box.x - GAP) + 200);
    const y1 = Math.min(c(box.y + box.h + GAP), c(box.y - GAP) + 200);
    for (let x = c(box.x - GAP); x <= x1; x++) for (let y = c(box.y - GAP); y <= y1; y++) keys.push(`${x},${y}`);
    return keys;
  }
}

/** Places for a label around its marker, best first: right, left, above, below, then the corners. */
export function labelSpots({ marker: m, w, h }: LabelRequest, extra = 0): Box[] {
  const g = LABEL_GAP + extra;
  const cx = m.x + m.w / 2;
  const cy = m.y + m.h / 2;
  const right = m.x + m.w + g;
  const left = m.x - g - w;
  const above = m.y - g - h;
  const below = m.y + m.h + g;
  return [
    { x: right, y: cy - h / 2, w, h },
    { x: left, y: cy - h / 2, w, h },
    { x: cx - w / 2, y: above, w, h },
    { x: cx - w / 2, y: below, w, h },
    { x: cx, y: above, w, h },
    { x: cx, y: below, w, h },
    { x: cx - w, y: above, w, h },
    { x: cx - w, y: below, w, h },
  ];
}

/** Directions tried around a badge's place, in screen angles (y down): below first, above last. */
const BADGE_ANGLES = [90, 45, 135, 0, 180, -45, -135, -90];
/** Beyond the first ring, the directions half-way between as well: a badge finds a place nearer its traveller. */
const HALF_ANGLES = BADGE_ANGLES.map((d) => d + 22.5);

/**
 * Places for a badge, best first: its own place, then rings around it,
 * nearest first (eight directions on the first ring, sixteen on the next,
 * in steps of half a badge). A badge placed beyond the first ring is drawn
 * with a leader line to its traveller (traveller-markers.ts).
 */
export function badgeSpots({ at, size }: BadgeRequest): Box[] {
  const spots = [boxAround(at, size)];
  const step = size + GAP + 1;
  const around = (r: number, degrees: readonly number[]) => {
    for (const d of degrees) {
      const a = (d * Math.PI) / 180;
      spots.push(boxAround({ x: at.x + Math.cos(a) * r, y: at.y + Math.sin(a) * r }, size));
    }
  };
  // The first ring clears a stop's 44 px target (22 + half a badge + a gap), so a badge at a stop can sit right beside it rather than a ring further out.
  around(9 + step, BADGE_ANGLES);
  for (let ring = 1.5; ring <= 5; ring += 0.5) around(9 + ring * step, [...BADGE_ANGLES, ...HALF_ANGLES]);
  return spots;
}

/**
 * The key a roving focus moves to from `from` on a key press, among `keys`
 * in order: arrows step (and wrap), Home and End go to the ends. Undefined
 * for any other key.
 *
 * @example rovingTarget(['a', 'b', 'c'], 'c', 'ArrowRight') // 'a'
 */
export function rovingTarget(keys: readonly string[], from: string, key: string): string | undefined {
  if (keys.length === 0) return undefined;
  const i = Math.max(0, keys.indexOf(from));
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return keys[(i + 1) % keys.length];
    case 'ArrowLeft':
    case 'ArrowUp':
      return keys[(i - 1 + keys.length) % keys.length];
    case 'Home':
      return keys[0];
    case 'End':
      return keys[keys.length - 1];
    default:
      return undefined;
  }
}

/**
 * A place's name as a map label: without the part in brackets.
 *
 * @example shortName('Vnukovo Airport (Vnukovo-2 government terminal)') // 'Vnukovo Airport'
 */
export function shortName(name: string): string {
  return name.replace(/\s*\([^)]*\)/g, '').trim() || name;
}

/**
 * The label of merged stops: the words their names begin with in common
 * ("Moscow Kremlin" for "Moscow Kremlin" and "Moscow Kremlin, Senate
 * building"), else the first name and how many more.
 *
 * @example groupName(['Hotel Metropol', 'Red Square']) // 'Hotel Metropol + 1 more'
 */
export function groupName(names: readonly string[]): string {
  const first = names[0] ?? '';
  if (names.length < 2) return first;
  const words = names.map((n) => n.split(/[\s,]+/).filter(Boolean));
  const common: string[] = [];
  for (let i = 0; i < words[0]!.length; i++) {
    const w = words[0]![i]!;
    if (!words.every((list) => list[i] === w)) break;
    common.push(w);
  }
  const shared = common.join(' ');
  return shared.length >= 4 ? shared : `${first} + ${names.length - 1} more`;
}

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}
