import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildJourney } from '../../journey/model.ts';
import { validateJourneyText } from '../../journey/validate.ts';
import { sceneFor } from '../scene.ts';
import { drawStaticMap } from './static-drawing.ts';

const result = validateJourneyText(readFileSync(new URL('../../../data/journeys/moscow-2025-12-02.json', import.meta.url), 'utf8'));
if (!result.ok) throw new Error('the default journey must be valid');
const journey = buildJourney(result.journey);
const step = (id: string) => journey.events.find((e) => e.event.id === id)!;

describe('drawStaticMap', () => {
  it('draws the scene’s active legs, and only those, as active', () => {
    const scene = sceneFor(journey, step('walk-red-square'));
    const drawing = drawStaticMap(scene, [], 640);
    expect(new Set(drawing.overview.legs.filter((l) => l.active).map((l) => l.id))).toEqual(
      new Set([...scene.activeLegs].filter((id) => drawing.overview.legs.some((l) => l.id === id))),
    );
  });

  it('adds a detail view for a step too small to read on the overview, captioned with its place', () => {
    const drawing = drawStaticMap(sceneFor(journey, step('walk-red-square')), [], 640);
    expect(drawing.detail?.caption).toMatch(/^Detail: around /);
    expect(drawStaticMap(sceneFor(journey, undefined), [], 640).detail).toBeUndefined();
  });

  it('gives back the same drawing for the same step, and reuses the overview for another step', () => {
    const none: never[] = [];
    const first = drawStaticMap(sceneFor(journey, step('kremlin-talks')), none, 640);
    expect(drawStaticMap(sceneFor(journey, step('kremlin-talks')), none, 640, first)).toBe(first);
    const next = drawStaticMap(sceneFor(journey, step('walk-red-square')), none, 640, first);
    expect(next).not.toBe(first);
    expect(next.base).toBe(first.base);
    expect(drawStaticMap(sceneFor(journey, step('walk-red-square')), none, 800, next).base).not.toBe(next.base);
  });
});
