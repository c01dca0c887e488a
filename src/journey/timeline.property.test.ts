/**
 * Property tests of the time engine over generated journeys (fast-check
 * picks the sizes and seeds; the generator is in test/support).
 */
import { distance } from '@turf/turf';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateJourney } from '../../test/support/generate-journey.ts';
import { placeAnchor } from './geometry.ts';
import { buildJourney } from './model.ts';
import { Timeline } from './timeline.ts';
import { validateJourney } from './validate.ts';

const journeyArb = fc.record({
  events: fc.integer({ min: 2, max: 60 }),
  travellers: fc.integer({ min: 1, max: 6 }),
  seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
});

function setUp(options: { events: number; travellers: number; seed: number }) {
  const generated = generateJourney(options);
  const result = validateJourney(generated.file);
  if (!result.ok) throw new Error(`generated journey invalid: ${JSON.stringify(result.problems.slice(0, 3))}`);
  const journey = buildJourney(result.journey);
  return { ...generated, journey, timeline: new Timeline(journey) };
}

const km = (a: readonly number[], b: readonly number[]) => distance(a as [number, number], b as [number, number], { units: 'kilometers' });

describe('Timeline properties', () => {
  it('a position at departure is the origin, and at arrival the destination', () => {
    fc.assert(
      fc.property(journeyArb, (options) => {
        const { journey, timeline, truth } = setUp(options);
        for (const leg of truth.legs) {
          const atDeparture = timeline.positionOf(leg.traveller, leg.depart);
          const atArrival = timeline.positionOf(leg.traveller, leg.arrive);
          expect(atDeparture.state).toBe('moving');
          expect(atArrival.state).toBe('moving');
          if (atDeparture.state !== 'moving' || atArrival.state !== 'moving') return;
          expect(km(atDeparture.coordinates, placeAnchor(journey.places.get(leg.from)!)!)).toBeLessThan(0.01);
          expect(km(atArrival.coordinates, placeAnchor(journey.places.get(leg.to)!)!)).toBeLessThan(0.01);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('position is continuous in time along a leg', () => {
    fc.assert(
      fc.property(journeyArb, fc.double({ min: 0, max: 0.999, noNaN: true }), (options, f) => {
        const { timeline, truth, journey } = setUp(options);
        const leg = truth.legs[Math.floor(f * truth.legs.length)]!;
        const line = journey.legs.find((l) => l.leg.id === leg.id)!.line!;
        const totalKm = line.geometry.coordinates.reduce((sum, c, i, all) => (i ? sum + km(all[i - 1]!, c) : 0), 0);
        const t = leg.depart + f * (leg.arrive - leg.depart);
        const dt = (leg.arrive - leg.depart) / 1000;
        const a = timeline.positionOf(leg.traveller, t);
        const b = timeline.positionOf(leg.traveller, Math.min(t + dt, leg.arrive));
        if (a.state !== 'moving' || b.state !== 'moving') throw new Error('expected to be moving');
        // A thousandth of the time moves at most a few thousandths of the way.
        expect(km(a.coordinates, b.coordinates)).toBeLessThanOrEqual(totalKm / 1000 * 3 + 1e-6);
      }),
      { numRuns: 60 },
    );
  });

  it('the current event never moves backwards as time goes forward', () => {
    fc.assert(
      fc.property(journeyArb, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 2, maxLength: 40 }), (options, fractions) => {
        const { timeline } = setUp(options);
        const times = fractions.map((f) => timeline.start - 3_600_000 + f * (timeline.end - timeline.start + 7_200_000)).sort((a, b) => a - b);
        const indexes = times.map((t) => timeline.eventAt(t));
        for (let i = 1; i < indexes.length; i++) expect(indexes[i]).toBeGreaterThanOrEqual(indexes[i - 1]!);
      }),
      { numRuns: 60 },
    );
  });

  it('lookups agree with a brute-force reference', () => {
    fc.assert(
      fc.property(journeyArb, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 25 }), (options, fractions) => {
        const { timeline, journey, truth } = setUp(options);
        for (const f of fractions) {
          const t = timeline.start - 3_600_000 + f * (timeline.end - timeline.start + 7_200_000);
          // Current event: the last one whose start is at or before t.
          let expected = 0;
          journey.events.forEach((e, i) => {
            if (e.start <= t) expected = i;
          });
          expect(timeline.eventAt(t)).toBe(expected);
          // Positions: scan everything the generator placed.
          for (const traveller of journey.travellers.keys()) {
            const got = timeline.positionOf(traveller, t);
            const leg = truth.legs.find((l) => l.traveller === traveller && l.depart <= t && t <= l.arrive);
            const stay = truth.stays.find((s) => s.traveller === traveller && s.from <= t && t <= s.to);
            const past = [...truth.legs.filter((l) => l.traveller === traveller && l.arrive < t).map((l) => ({ at: l.arrive, place: l.to })), ...truth.stays.filter((s) => s.traveller === traveller && s.to < t).map((s) => ({ at: s.to, place: s.place }))].sort((a, b) => a.at - b.at).pop();
            if (leg) {
              expect(got.state).toBe('moving');
              if (got.state === 'moving') expect(got.leg.leg.id).toBe(leg.id);
            } else if (stay) {
              expect(got).toMatchObject({ state: 'at-place', known: true });
              if (got.state === 'at-place') expect(got.place.id).toBe(stay.place);
            } else if (past) {
              expect(got).toMatchObject({ state: 'at-place', known: false });
              if (got.state === 'at-place') expect(got.place.id).toBe(past.place);
            } else expect(got.state).toBe('unknown');
          }
        }
      }),
      { numRuns: 40 },
    );
  });
});
