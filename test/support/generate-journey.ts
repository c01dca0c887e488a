/**
 * A seeded generator of valid synthetic journeys, for property tests and
 * benchmarks: `events` events shared among `travellers` travellers, each
 * moving from place to place along legs that never overlap in time.
 */
import type { JourneyFile, LegFeature, PlaceFeature } from '../../src/journey/schema.ts';

/** A small, fast, seeded PRNG (mulberry32): the same seed gives the same journey. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratedJourney {
  readonly file: JourneyFile;
  /** What the generator put where, for reference checks. */
  readonly truth: {
    readonly legs: readonly { id: string; traveller: string; from: string; to: string; depart: number; arrive: number }[];
    readonly stays: readonly { traveller: string; place: string; from: number; to: number }[];
  };
}

const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
const MIN = 60_000;

export interface GenerateOptions {
  readonly events: number;
  readonly travellers: number;
  readonly seed: number;
  /**
   * Write events in time order, as a tidy file would be (the benchmark uses
   * this). By default they come round-robin by traveller, which a story
   * check reports as out of order.
   */
  readonly sortEvents?: boolean;
}

export function generateJourney(options: GenerateOptions): GeneratedJourney {
  const rand = random(options.seed);
  const placeCount = Math.max(4, Math.ceil(options.events / 4));
  const places: PlaceFeature[] = Array.from({ length: placeCount }, (_, i) => ({
    type: 'Feature',
    id: `p${i}`,
    geometry: { type: 'Point', coordinates: [Math.round((rand() * 340 - 170) * 1e4) / 1e4, Math.round((rand() * 140 - 70) * 1e4) / 1e4] },
    properties: { kind: 'place', names: { en: `Place ${i}` }, precision: 'building', timeZone: 'UTC' },
  }));
  const travellers = Array.from({ length: options.travellers }, (_, i) => ({
    id: `t${i}`,
    name: `Traveller ${i}`,
    kind: 'person' as const,
    role: 'Synthetic',
    color: `#${(((i * 2654435761) >>> 8) & 0xffffff).toString(16).padStart(6, '0')}`,
  }));
  const clock = travellers.map(() => Date.UTC(2025, 0, 1) + Math.floor(rand() * 600) * MIN);
  const where = travellers.map(() => Math.floor(rand() * placeCount));
  const events: JourneyFile['events'][number][] = [];
  const legs: LegFeature[] = [];
  const truth: { legs: GeneratedJourney['truth']['legs'][number][]; stays: GeneratedJourney['truth']['stays'][number][] } = { legs: [], stays: [] };

  for (let i = 0; i < options.events; i++) {
    const k = i % options.travellers;
    const traveller = travellers[k]!.id;
    const start = clock[k]!;
    const end = start + (10 + Math.floor(rand() * 170)) * MIN;
    const place = places[where[k]!]!;
    events.push({
      id: `e${i}`,
      title: `Event ${i}`,
      summary: `Synthetic event ${i}.`,
      place: place.id,
      participants: [traveller],
      start: { at: iso(start), qualifier: rand() < 0.7 ? 'exact' : 'about' },
      end: { at: iso(end), qualifier: 'exact' },
      status: 'reported',
      sources: ['s0'],
    });
    truth.stays.push({ traveller, place: place.id, from: start, to: end });
    // Then travel to another place.
    let next = Math.floor(rand() * placeCount);
    if (next === where[k]) next = (next + 1) % placeCount;
    const depart = end + (5 + Math.floor(rand() * 60)) * MIN;
    const arrive = depart + (30 + Math.floor(rand() * 600)) * MIN;
    const id = `l${i}`;
    legs.push({
      type: 'Feature',
      id,
      geometry: null,
      properties: {
        kind: 'leg',
        from: place.id,
        to: places[next]!.id,
        travellers: [traveller],
        mode: rand() < 0.5 ? 'flight' : 'car',
        status: 'reported',
        depart: { at: iso(depart), qualifier: 'exact' },
        arrive: { at: iso(arrive), qualifier: 'exact' },
        sources: ['s0'],
      },
    });
    truth.legs.push({ id, traveller, from: place.id, to: places[next]!.id, depart, arrive });
    where[k] = next;
    clock[k] = arrive + (5 + Math.floor(rand() * 120)) * MIN;
  }

  // A stable sort by start keeps the same journey (and the same random draws), in time order.
  if (options.sortEvents) events.sort((a, b) => Date.parse(a.start.at) - Date.parse(b.start.at));

  return {
    file: {
      type: 'FeatureCollection',
      journey: { formatVersion: '1.0', id: `synthetic-${options.seed}`, title: 'Synthetic journey', summary: 'Generated for tests.' },
      travellers,
      sources: [{ id: 's0', publisher: 'Generator', title: 'Synthetic data', url: 'https://example.org/synthetic', date: '2025-01-01' }],
      events,
      features: [...places, ...legs],
    },
    truth,
  };
}
