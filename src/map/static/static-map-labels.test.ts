import { describe, expect, it } from 'vitest';
import { placeLabels } from './static-map-labels.ts';
import type { DrawnPlace } from './static-map-scene.ts';

const place = (id: string, x: number, y: number, name = id): DrawnPlace => ({ id, name, x, y, marker: 'dot', area: '' });
const size = { width: 320, height: 200 };

describe('placeLabels', () => {
  it('names the current place to its right when there is room', () => {
    const [label] = placeLabels([place('a', 40, 100)], place('a', 40, 100), size, []);
    expect(label).toMatchObject({ text: 'a', anchor: 'start', current: true });
    expect(label!.x).toBeGreaterThan(40);
  });

  it('names the current place to its left near the right edge', () => {
    const here = place('a', 300, 100, 'Red Square');
    const [label] = placeLabels([here], here, size, []);
    expect(label).toMatchObject({ anchor: 'end' });
    expect(label!.x).toBeLessThan(300);
  });

  it('centres a name too long for either side above the place, inside the drawing', () => {
    const here = place('a', 160, 100, 'Moscow Kremlin, Senate building');
    const [label] = placeLabels([here], here, size, []);
    expect(label).toMatchObject({ anchor: 'middle' });
    expect(label!.y).toBeLessThan(100);
  });

  it('always names the current place, even where nothing fits', () => {
    const here = place('a', 20, 20, 'A name far too long for a drawing this small');
    expect(placeLabels([here], here, { width: 60, height: 40 }, [])).toHaveLength(1);
  });

  it('names other stops only where their labels do not collide', () => {
    const a = place('a', 100, 100, 'Alpha');
    const b = place('b', 100, 104, 'Bravo');
    const c = place('c', 250, 40, 'Charlie');
    const labels = placeLabels([a, b, c], a, size, ['a', 'b', 'c']);
    // Bravo sits in Alpha's cluster and stays unnamed.
    expect(labels.map((l) => l.text)).toEqual(['Alpha', 'Charlie']);
  });

  it('names stops in the given order of importance', () => {
    const a = place('a', 100, 100, 'Alpha');
    const b = place('b', 100, 115, 'Bravo');
    const ranked = placeLabels([a, b], undefined, size, ['b', 'a']);
    expect(ranked[0]?.text).toBe('Bravo');
  });

  it('keeps labels off the boxes it is told to avoid', () => {
    const a = place('a', 20, 50, 'Alpha');
    const [label] = placeLabels([a], undefined, size, [], [{ x: 0, y: 0, width: 320, height: 60 }]);
    // Not beside the place (that would cover the box): below it.
    expect(label).toMatchObject({ anchor: 'middle' });
    expect(label!.y).toBeGreaterThan(60 + 8);
  });
});

describe('placeLabels on a narrow drawing', () => {
  it('names at most one stop per 100 px besides the current place', () => {
    const stops = [0, 1, 2, 3, 4, 5].map((i) => place(`p${i}`, 20 + i * 50, 30 + i * 30, `S${i}`));
    const labels = placeLabels(stops, stops[0], { width: 320, height: 240 }, []);
    expect(labels.filter((l) => !l.current)).toHaveLength(3);
  });
});
