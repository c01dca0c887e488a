import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
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
