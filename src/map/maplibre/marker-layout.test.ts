import { describe, expect, it } from 'vitest';
import { badgeSpots, boxAround, groupName, groupPoints, labelSpots, layoutMarkers, overlaps, rovingTarget, shortName, type Box } from './marker-layout.ts';

const p = (id: string, x: number, y: number) => ({ id, x, y });
const ids = (groups: { members: readonly { id: string }[] }[]) => groups.map((g) => g.members.map((m) => m.id));

describe('groupPoints', () => {
  it('merges points closer than the distance and leaves the others alone', () => {
    expect(ids(groupPoints([p('a', 0, 0), p('b', 10, 0), p('c', 100, 0)], 30))).toEqual([['a', 'b'], ['c']]);
  });

  it('puts a group at the mean of its members, members in input order', () => {
    const [g] = groupPoints([p('b', 20, 0), p('a', 0, 10)], 30);
    expect(g!.members.map((m) => m.id)).toEqual(['b', 'a']);
    expect([g!.x, g!.y]).toEqual([10, 5]);
  });

  it('merges the closest pair first, then again while groups are still too close', () => {
    // a–b are 20 apart, b–c 24: a and b merge first (at 10), and c, 34 from the group, joins it.
    expect(ids(groupPoints([p('a', 0, 0), p('b', 20, 0), p('c', 44, 0)], 36))).toEqual([['a', 'b', 'c']]);
    // Further off, c stays apart.
    expect(ids(groupPoints([p('a', 0, 0), p('b', 20, 0), p('c', 47, 0)], 36))).toEqual([['a', 'b'], ['c']]);
  });

  it('leaves every two groups at least the distance apart', () => {
    const points = Array.from({ length: 40 }, (_, i) => p(String(i), (i * 37) % 200, (i * 53) % 150));
    const groups = groupPoints(points, 36);
    for (const a of groups) for (const b of groups) if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(36);
    expect(groups.flatMap((g) => g.members).length).toBe(points.length);
  });

  it('drops points with no screen position', () => {
    expect(ids(groupPoints([p('a', Number.NaN, 0), p('b', 0, 0)], 30))).toEqual([['b']]);
  });
});

describe('layoutMarkers', () => {
  const view = { width: 400, height: 300 };
  const dot = (x: number, y: number) => boxAround({ x, y }, 24);
  const all = (layout: ReturnType<typeof layoutMarkers>, markers: Box[]) => [...markers, ...layout.labels.values(), ...layout.badges.values()];
  const noOverlap = (boxes: Box[]) => {
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!), `${JSON.stringify(boxes[i])} × ${JSON.stringify(boxes[j])}`).toBe(false);
  };

  it('puts a label to the right of its marker when there is room', () => {
    const marker = dot(100, 100);
    const layout = layoutMarkers({ ...view, markers: [marker], firstLabels: [{ key: 'a', marker, w: 80, h: 18 }], badges: [], labels: [] });
    expect(layout.labels.get('a')).toEqual(labelSpots({ key: 'a', marker, w: 80, h: 18 })[0]);
  });

  it('moves a label to the left at the right edge, and keeps it whole inside the map', () => {
    const marker = dot(390, 100);
    const box = layoutMarkers({ ...view, markers: [marker], firstLabels: [{ key: 'a', marker, w: 80, h: 18 }], badges: [], labels: [] }).labels.get('a')!;
    expect(box.x + box.w).toBeLessThan(marker.x);
    expect(box.x).toBeGreaterThanOrEqual(0);
  });

  it('moves a badge off the stop it is at, and never onto a label or another badge', () => {
    const a = dot(100, 100);
    const b = dot(150, 100);
    const markers = [a, b];
    const layout = layoutMarkers({
      ...view,
      markers,
      firstLabels: [{ key: 'a', marker: a, w: 90, h: 18 }],
      badges: [
        { key: 't1', at: { x: 100, y: 100 }, size: 24 },
        { key: 't2', at: { x: 100, y: 100 }, size: 24 },
        { key: 't3', at: { x: 150, y: 100 }, size: 34 },
      ],
      labels: [{ key: 'b', marker: b, w: 90, h: 18 }],
    });
    expect(layout.badges.size).toBe(3);
    noOverlap(all(layout, markers));
  });

  it('leaves out a label with no free place, never the first ones', () => {
    // Three markers in a row 36 px apart, and long labels: not every label fits.
    const markers = [dot(100, 20), dot(136, 20), dot(172, 20)];
    const request = (key: string, i: number) => ({ key, marker: markers[i]!, w: 140, h: 18 });
    const layout = layoutMarkers({ ...view, markers, firstLabels: [request('b', 1)], badges: [], labels: [request('a', 0), request('c', 2)] });
    expect(layout.labels.has('b')).toBe(true);
    noOverlap(all(layout, markers));
  });

  it('keeps a crowded map free of overlaps', () => {
    const markers = Array.from({ length: 12 }, (_, i) => dot(40 + ((i * 71) % 320), 40 + ((i * 43) % 220)));
    const layout = layoutMarkers({
      ...view,
      markers,
      firstLabels: [{ key: 'm0', marker: markers[0]!, w: 120, h: 18 }],
      badges: markers.slice(0, 5).map((m, i) => ({ key: `t${i}`, at: { x: m.x + 12, y: m.y + 12 }, size: 24 })),
      labels: markers.slice(1).map((m, i) => ({ key: `m${i + 1}`, marker: m, w: 100, h: 18 })),
    });
    noOverlap(all(layout, markers));
  });
});

describe('badgeSpots', () => {
  it('tries the traveller’s own place first, then below it', () => {
    const [own, next] = badgeSpots({ at: { x: 50, y: 50 }, size: 24 } as never);
    expect(own).toEqual(boxAround({ x: 50, y: 50 }, 24));
    expect(next!.y).toBeGreaterThan(own!.y);
  });
  it('goes out nearest first, and past the first ring tries sixteen directions', () => {
    const at = { x: 0, y: 0 };
    const spots = badgeSpots({ key: 't', at, size: 24 });
    const distances = spots.map((b) => Math.round(Math.hypot(b.x + 12, b.y + 12) * 1000) / 1000);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    // The first ring clears a stop's 44 px target; the next ring is half a badge further.
    expect(distances[1]).toBeGreaterThanOrEqual(22 + 12);
    expect(spots.filter((_, i) => distances[i] === distances[9])).toHaveLength(16);
  });
});

describe('rovingTarget', () => {
  const keys = ['a', 'b', 'c'];
  it('steps with the arrows and wraps round', () => {
    expect(rovingTarget(keys, 'a', 'ArrowRight')).toBe('b');
    expect(rovingTarget(keys, 'a', 'ArrowDown')).toBe('b');
    expect(rovingTarget(keys, 'c', 'ArrowRight')).toBe('a');
    expect(rovingTarget(keys, 'a', 'ArrowLeft')).toBe('c');
    expect(rovingTarget(keys, 'b', 'ArrowUp')).toBe('a');
  });
  it('goes to the ends with Home and End, and ignores other keys', () => {
    expect(rovingTarget(keys, 'b', 'Home')).toBe('a');
    expect(rovingTarget(keys, 'b', 'End')).toBe('c');
    expect(rovingTarget(keys, 'b', 'Enter')).toBeUndefined();
    expect(rovingTarget([], 'b', 'ArrowRight')).toBeUndefined();
  });
  it('starts from the first when the marker it comes from is gone', () => {
    expect(rovingTarget(keys, 'z', 'ArrowRight')).toBe('b');
  });
});

describe('names', () => {
  it('drops the part in brackets from a label', () => {
    expect(shortName('Vnukovo Airport (Vnukovo-2 government terminal)')).toBe('Vnukovo Airport');
    expect(shortName('Red Square')).toBe('Red Square');
    expect(shortName('(only brackets)')).toBe('(only brackets)');
  });
  it('names merged stops by the words they share, else the first and a count', () => {
    expect(groupName(['Moscow Kremlin', 'Moscow Kremlin, Senate building'])).toBe('Moscow Kremlin');
    expect(groupName(['Hotel Metropol', 'Red Square', 'Vnukovo Airport'])).toBe('Hotel Metropol + 2 more');
    expect(groupName(['US Mission', 'US Embassy'])).toBe('US Mission + 1 more');
    expect(groupName(['Kyiv'])).toBe('Kyiv');
  });
});

describe('a journey of thousands of stops', () => {
  // A fixed pseudo-random scatter over a phone-sized map.
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  const points = Array.from({ length: 2500 }, (_, i) => p(String(i), random() * 375, random() * 667));

  it('groups them on a grid with the same guarantee: every two groups at least the distance apart, every stop in one', () => {
    const groups = groupPoints(points, 36);
    for (let i = 0; i < groups.length; i++) {
      for (let j = i + 1; j < groups.length; j++) expect(Math.hypot(groups[i]!.x - groups[j]!.x, groups[i]!.y - groups[j]!.y)).toBeGreaterThanOrEqual(36);
    }
    expect(groups.flatMap((g) => g.members.map((m) => m.id)).sort()).toEqual(points.map((q) => q.id).sort());
    // Members in input order, groups by their first member.
    for (const g of groups) expect(g.members.map((m) => Number(m.id))).toEqual(g.members.map((m) => Number(m.id)).sort((a, b) => a - b));
  });

  it('lays out their labels with no overlap', () => {
    const markers = Array.from({ length: 2000 }, (_, i) => boxAround({ x: (i * 37) % 1280, y: (i * 53) % 800 }, 24));
    const layout = layoutMarkers({
      width: 1280,
      height: 800,
      markers,
      firstLabels: [],
      badges: [],
      labels: markers.map((m, i) => ({ key: String(i), marker: m, w: 90, h: 18 })),
    });
    const boxes = [...markers, ...layout.labels.values()];
    for (const l of layout.labels.values()) for (const b of boxes) if (b !== l) expect(overlaps(l, b)).toBe(false);
  });
});
