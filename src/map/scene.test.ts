import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildJourney } from '../journey/model.ts';
import { Timeline } from '../journey/timeline.ts';
import { validateJourneyText } from '../journey/validate.ts';
import { cameraFor, screenPoint, type Viewport } from './camera.ts';
import { activeLegIds, focusFor, legsUnderWay, placeArea, placeAreas, sceneFor, underWayKey } from './scene.ts';

const result = validateJourneyText(readFileSync(new URL('../../data/journeys/moscow-2025-12-02.json', import.meta.url), 'utf8'));
if (!result.ok) throw new Error('the default journey must be valid');
const journey = buildJourney(result.journey);
const timeline = new Timeline(journey);
const at = (t: number) => (legId: string) => timeline.legProgress(legId, t);
const step = (id: string) => journey.events.find((e) => e.event.id === id)!;
const drawn = journey.legs.filter((l) => l.line);

describe('sceneFor without a step', () => {
  const scene = sceneFor(journey, undefined);

  it('frames the whole journey with no leg active and no place highlighted', () => {
    expect(scene.frame).toBe(journey.bounds);
    expect(scene.activeLegs.size).toBe(0);
    expect(scene.currentPlace).toBeUndefined();
    expect(scene.areas.some((a) => a.current)).toBe(false);
  });

  it('shows every leg as travelled when no time is given', () => {
    expect(scene.pendingLegs.size).toBe(0);
    expect(scene.underWay).toEqual([]);
    expect(scene.underWayKey).toBe('');
  });
});

describe('sceneFor a step', () => {
  it('frames the step and activates the legs arriving at or leaving its place with its participants', () => {
    const walk = step('walk-red-square');
    const scene = sceneFor(journey, walk);
    expect(scene.frame).toBe(walk.frame);
    expect(scene.activeLegs.has('leg-metropol-red-square')).toBe(true);
    expect(scene.activeLegs.has('leg-florida-vnukovo')).toBe(false);
    expect(scene.activeLegs).toEqual(activeLegIds(journey, walk));
  });

  it('highlights the step’s place and, when it is vague, its area only', () => {
    const scene = sceneFor(journey, step('walk-red-square'));
    expect(scene.currentPlace).toBe('red-square');
    expect(scene.areas.filter((a) => a.current).map((a) => a.placeId)).toEqual(['red-square']);
  });

  it('names the current place first, then the others in story order, each once', () => {
    const scene = sceneFor(journey, step('kremlin-talks'));
    expect(scene.labels[0]).toBe('kremlin-senate');
    expect(new Set(scene.labels).size).toBe(scene.labels.length);
    const order = [...new Set(journey.events.map((e) => e.place.id))];
    expect(scene.labels.slice(1)).toEqual(order.filter((id) => id !== 'kremlin-senate'));
  });

  it('does not change the journey or the step', () => {
    const walk = step('walk-red-square');
    const before = JSON.stringify(walk);
    sceneFor(journey, walk, at(timeline.start));
    expect(JSON.stringify(walk)).toBe(before);
  });
});

describe('sceneFor a moment', () => {
  it('has every drawn leg pending before the journey starts, and only the one that did not happen after it ends', () => {
    expect(sceneFor(journey, undefined, at(timeline.start - 1)).pendingLegs).toEqual(new Set(drawn.map((l) => l.leg.id)));
    expect(sceneFor(journey, undefined, at(timeline.end + 1)).pendingLegs).toEqual(new Set(['leg-vnukovo-europe-planned']));
  });

  it('has a flight under way halfway, keyed by how far along it is', () => {
    const flight = drawn.find((l) => l.leg.id === 'leg-florida-vnukovo')!;
    const scene = sceneFor(journey, undefined, at((flight.depart + flight.arrive) / 2));
    expect(scene.underWay).toContainEqual({ legId: flight.leg.id, progress: 0.5 });
    expect(scene.underWayKey).toContain(`${flight.leg.id}:5000;`);
    expect(scene.pendingLegs.has(flight.leg.id)).toBe(true);
  });

  it('never has a leg under way that is not drawn solid', () => {
    const underWay = legsUnderWay(journey, () => 0.5);
    expect(underWay.map((u) => u.legId)).not.toContain('leg-vnukovo-europe-planned');
    expect(underWayKey(underWay)).toBe(underWay.map((u) => `${u.legId}:5000;`).join(''));
  });
});

describe('placeArea', () => {
  it('gives a region its outline, an approximate point its circle, and a precise place none', () => {
    expect(placeArea(journey.places.get('europe-unnamed')!)?.kind).toBe('outline');
    expect(placeArea(journey.places.get('red-square')!)).toMatchObject({ kind: 'circle' });
    expect(placeArea(journey.places.get('metropol')!)).toBeUndefined();
  });

  it('lists one area per vague place', () => {
    const ids = placeAreas(journey, undefined).map((a) => a.placeId);
    expect(ids).toEqual([...journey.places.values()].filter((p) => placeArea(p)).map((p) => p.id));
  });
});

describe('focusFor a step whose participants are under way', () => {
  // A region step (the Bering Strait) while the delegation flies across it: the region alone would leave its badge off the map.
  const checked = validateJourneyText(readFileSync(new URL('../../test/fixtures/far-east-alaska.json', import.meta.url), 'utf8'));
  if (!checked.ok) throw new Error('the far-east-alaska fixture must be valid');
  const farEast = buildJourney(checked.journey);
  const strait = farEast.events.find((e) => e.event.id === 'cross-strait')!;
  const moving = new Timeline(farEast).positionsAt(strait.start).find((p) => p.traveller === 'delegation')!;
  const phone: Viewport = { width: 375, height: 400, covered: { top: 0, right: 0, bottom: 0, left: 0 } };

  it('holds the leg they are on, so the camera shows where they are, their badge whole', () => {
    if (moving.state !== 'moving') throw new Error(`the delegation is ${moving.state} at the strait, not moving`);
    const focus = focusFor(farEast, strait, false);
    const camera = cameraFor(focus, phone, { maxZoom: 7, areas: [] });
    const [x, y] = screenPoint(camera, phone, moving.coordinates);
    // Half a badge (24 px) from each edge at least.
    expect(x).toBeGreaterThanOrEqual(12);
    expect(x).toBeLessThanOrEqual(phone.width - 12);
    expect(y).toBeGreaterThanOrEqual(12);
    expect(y).toBeLessThanOrEqual(phone.height - 12);
    // Golden: the flight from Anadyr to Nome across the strait, the short way round the antimeridian.
    expect(Math.abs(camera.center[0])).toBeGreaterThan(170);
    expect(camera.zoom).toBeCloseTo(3.68, 1);
  });
});

describe('focusFor a step with its own view', () => {
  const text = readFileSync(new URL('../../data/journeys/moscow-2025-12-02.json', import.meta.url), 'utf8');
  const file = JSON.parse(text) as { events: { view?: unknown }[] };
  file.events[1]!.view = { center: [37.6, 55.76], zoom: 12.5 };
  const checked = validateJourneyText(JSON.stringify(file));
  if (!checked.ok) throw new Error('a view must be valid');
  const viewed = buildJourney(checked.journey);
  const id = (file.events[1] as unknown as { id: string }).id;

  it('carries the view to the camera for that step only; the overview and other steps frame as before', () => {
    const s = viewed.events.find((e) => e.event.id === id)!;
    expect(focusFor(viewed, s, false).view).toEqual({ center: [37.6, 55.76], zoom: 12.5 });
    expect(focusFor(viewed, s, true).view).toEqual({ center: [37.6, 55.76], zoom: 12.5 });
    expect(focusFor(viewed, undefined, false).view).toBeUndefined();
    expect(viewed.events.filter((e) => focusFor(viewed, e, false).view).map((e) => e.event.id)).toEqual([id]);
  });
});
