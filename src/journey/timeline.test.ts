import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { drawnPosition, positionLabel } from './describe.ts';
import { placeAnchor } from './geometry.ts';
import { buildJourney } from './model.ts';
import { Timeline } from './timeline.ts';
import { validateJourneyText } from './validate.ts';

const result = validateJourneyText(readFileSync(new URL('../../data/journeys/moscow-2025-12-02.json', import.meta.url), 'utf8'));
if (!result.ok) throw new Error('the default journey must be valid');
const journey = buildJourney(result.journey);
const timeline = new Timeline(journey);
const at = (iso: string) => Date.parse(iso);
const idOf = (index: number) => journey.events[index]!.event.id;

describe('Timeline.eventAt', () => {
  it('is the event in progress', () => {
    expect(idOf(timeline.eventAt(at('2025-12-02T21:00:00+03:00')))).toBe('kremlin-talks');
    expect(idOf(timeline.eventAt(at('2025-12-02T14:30:00+03:00')))).toBe('lunch-savva');
  });

  it('lets a short event that starts inside a longer one take over: Dublin during the Moscow lunch', () => {
    expect(idOf(timeline.eventAt(at('2025-12-02T15:30:00+03:00')))).toBe('zelensky-arrives-dublin');
  });

  it('is otherwise the last one started', () => {
    expect(idOf(timeline.eventAt(at('2025-11-25T12:00:00Z')))).toBe('geneva-talks');
  });

  it('is the first event before the story starts', () => {
    expect(timeline.eventAt(at('2020-01-01T00:00:00Z'))).toBe(0);
  });
});

describe('Timeline.positionOf', () => {
  it('moves the envoys along the flight from Florida, as an estimate', () => {
    const p = timeline.positionOf('us-envoys', at('2025-12-02T06:00:00Z'));
    expect(p.state).toBe('moving');
    if (p.state !== 'moving') return;
    expect(p.leg.leg.id).toBe('leg-florida-vnukovo');
    expect(p.progress).toBeGreaterThan(0.3);
    expect(p.progress).toBeLessThan(0.6);
    expect(p.estimated).toBe(true);
  });

  it('walks them from the Metropol towards Red Square after lunch', () => {
    const p = timeline.positionOf('us-envoys', at('2025-12-02T17:00:00+03:00'));
    expect(p.state).toBe('moving');
    if (p.state === 'moving') expect(p.leg.from.id).toBe('metropol');
  });

  it('places them at the Kremlin during the talks', () => {
    const p = timeline.positionOf('us-envoys', at('2025-12-02T22:00:00+03:00'));
    expect(p).toMatchObject({ state: 'at-place', known: true });
    if (p.state === 'at-place') expect(p.place.id).toBe('kremlin-senate');
  });

  it('has no position for Putin and Ushakov before the talks, and has one during them', () => {
    expect(timeline.positionOf('kremlin', at('2025-11-20T00:00:00Z')).state).toBe('unknown');
    expect(timeline.positionOf('kremlin', at('2025-12-02T22:00:00+03:00')).state).toBe('at-place');
  });

  it('keeps a traveller where they last arrived, marked as estimated', () => {
    const p = timeline.positionOf('umerov', at('2025-12-03T12:00:00Z'));
    expect(p).toMatchObject({ state: 'at-place', estimated: true, known: false });
  });
});

describe('Timeline.legProgress', () => {
  it('runs from 0 to 1 over the leg, and stays 0 for a leg that did not happen', () => {
    expect(timeline.legProgress('leg-florida-vnukovo', at('2025-12-01T00:00:00Z'))).toBe(0);
    const mid = timeline.legProgress('leg-florida-vnukovo', at('2025-12-02T06:00:00Z'));
    expect(mid).toBeGreaterThan(0);
    expect(mid).toBeLessThan(1);
    expect(timeline.legProgress('leg-florida-vnukovo', at('2025-12-02T12:00:00Z'))).toBe(1);
    expect(timeline.legProgress('leg-vnukovo-europe-planned', at('2025-12-04T00:00:00Z'))).toBe(0);
  });
});

describe('Unknown positions (issue 14)', () => {
  it('never puts Umerov in mid-Atlantic: on a leg with unreported times he is last known at the Florida talks', () => {
    const p = timeline.positionOf('umerov', at('2025-12-01T12:00:00Z'));
    expect(p).toMatchObject({ state: 'en-route' });
    if (p.state !== 'en-route') return;
    expect(p.place.id).toBe('shell-bay-club');
    expect(drawnPosition(p)).toEqual({ coordinates: placeAnchor(journey.places.get('shell-bay-club')!), mark: 'last-known' });
    expect(positionLabel('Umerov', p)).toMatch(/^Umerov, last known at Shell Bay Club.*; on the way to Dublin Airport, position not known$/);
  });

  it('draws the envoys at Vnukovo, where they were last known, on the flight whose arrival was not reported', () => {
    const p = timeline.positionOf('us-envoys', at('2025-12-03T08:00:00+03:00'));
    expect(p.state).toBe('en-route');
    expect(drawnPosition(p)?.coordinates).toEqual(placeAnchor(journey.places.get('vnukovo')!));
    expect(timeline.legProgress('leg-vnukovo-washington', at('2025-12-03T08:00:00+03:00')), 'the whole span shows, with no tip').toBe(1);
  });

  it('gives no point for a traveller in an area (an airport in Florida), nor before anything is known', () => {
    const place = journey.places.get('florida-airport')!;
    expect(drawnPosition({ traveller: 'us-envoys', state: 'at-place', place, coordinates: placeAnchor(place)!, estimated: true, known: true })).toBeUndefined();
    expect(drawnPosition(timeline.positionOf('umerov', at('2025-11-01T00:00:00Z')))).toBeUndefined();
  });

  it('still draws a moving point on a leg with clock times at both ends', () => {
    expect(drawnPosition(timeline.positionOf('us-envoys', at('2025-12-02T08:00:00Z')))?.mark).toBe('estimated');
  });
});
