import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { placeAnchor, type BBox } from './geometry.ts';
import { buildJourney, eventsAt, nextEventAt, type Journey } from './model.ts';
import type { JourneyFile, LegFeature, PlaceFeature } from './schema.ts';
import { isDateOnly, legInstants, storyStarts } from './time.ts';
import { validateJourneyText } from './validate.ts';
import { generateJourney, random } from '../../test/support/generate-journey.ts';

const result = validateJourneyText(readFileSync(new URL('../../data/journeys/moscow-2025-12-02.json', import.meta.url), 'utf8'));
if (!result.ok) throw new Error('the default journey must be valid');
const journey: Journey = buildJourney(result.journey);
const step = (id: string) => journey.events.find((e) => e.event.id === id)!;
const contains = ([w, s, e, n]: BBox, [x, y]: [number, number]) => x >= w && x <= e && y >= s && y <= n;
const widthKm = ([w, , e, n]: BBox) => (e - w) * 111.32 * Math.cos((n * Math.PI) / 180);

describe('buildJourney', () => {
  it('puts events in story order by their representative start', () => {
    const starts = journey.events.map((e) => e.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(journey.events.map((e) => e.index)).toEqual(journey.events.map((_, i) => i));
  });

  it('gives every leg whose ends have a position a line', () => {
    for (const leg of journey.legs) expect(leg.line, leg.leg.id).toBeDefined();
  });

  it('frames the landing with the flight in from Florida', () => {
    const frame = step('landing-vnukovo').frame;
    expect(contains(frame, [37.2615, 55.5915])).toBe(true);
    const florida = placeAnchor(journey.places.get('florida-airport')!) as [number, number];
    expect(contains(frame, florida)).toBe(true);
    expect(widthKm(frame)).toBeGreaterThan(3000);
  });

  it('frames the walk at street scale, from the Metropol to Red Square', () => {
    const frame = step('walk-red-square').frame;
    expect(contains(frame, [37.62139, 55.75833])).toBe(true);
    expect(contains(frame, [37.6208, 55.7539])).toBe(true);
    expect(widthKm(frame)).toBeLessThan(2);
  });

  it('frames the flight home from the departure', () => {
    expect(widthKm(step('departure-vnukovo').frame)).toBeGreaterThan(3000);
  });

  it('finds the events at a place', () => {
    expect(eventsAt(journey, 'vnukovo').map((e) => e.event.id)).toEqual(['landing-vnukovo', 'departure-vnukovo']);
  });

  it('opens the first event at a stop, then the next one on each visit', () => {
    const [landing, departure] = eventsAt(journey, 'vnukovo');
    expect(nextEventAt(journey, 'vnukovo', 0)?.event.id).toBe(landing!.event.id);
    expect(nextEventAt(journey, 'vnukovo', landing!.index)?.event.id).toBe(departure!.event.id);
    expect(nextEventAt(journey, 'vnukovo', departure!.index)?.event.id).toBe(landing!.event.id);
  });
});

describe('leg arrivals known only to the day', () => {
  // Brute force, as buildJourney did before its index: every event at the destination, one by one.
  function scannedArrivals(file: JourneyFile): number[] {
    const zone = (id: string) => (file.features.find((f) => f.id === id) as PlaceFeature).properties.timeZone;
    const starts = storyStarts(file.events.map((e) => ({ start: e.start, timeZone: zone(e.place) })));
    return file.features
      .filter((f): f is LegFeature => f.properties.kind === 'leg')
      .map((leg) => {
        const { from, to, depart, arrive, travellers } = leg.properties;
        const [leaves] = legInstants(depart, zone(from), arrive, zone(to));
        let by = Infinity;
        if (isDateOnly(arrive))
          file.events.forEach((e, i) => {
            const s = starts[i] as number;
            if (e.place === to && s > leaves && s < by && e.participants.some((t) => travellers.includes(t))) by = s;
          });
        return legInstants(depart, zone(from), arrive, zone(to), Number.isFinite(by) ? by : undefined)[1];
      });
  }

  it('end by the travellers’ first event at the destination after leaving, as a scan of every event finds it', () => {
    for (const seed of [1, 2, 3]) {
      const { file } = generateJourney({ events: 300, travellers: 4, seed, sortEvents: seed !== 2 });
      const rand = random(seed * 31);
      // Half the arrivals known only to the day; a third of the events shared with another traveller.
      const features = file.features.map((f) =>
        f.properties.kind === 'leg' && rand() < 0.5 ? { ...f, properties: { ...f.properties, arrive: { at: f.properties.arrive.at.slice(0, 10), qualifier: 'date' as const } } } : f,
      ) as JourneyFile['features'];
      const events = file.events.map((e) => (rand() < 0.3 ? { ...e, participants: [...new Set([...e.participants, `t${Math.floor(rand() * 4)}`])] } : e));
      const changed: JourneyFile = { ...file, features, events };
      const built = buildJourney(changed);
      expect(built.legs.filter((l) => isDateOnly(l.leg.properties.arrive)).length, 'some arrivals are date-only').toBeGreaterThan(10);
      expect(built.legs.map((l) => l.arrive)).toEqual(scannedArrivals(changed));
    }
  });
});
