/**
 * Property tests of the validator: whatever it is given (any JSON, things
 * shaped like journeys, real journeys broken at random), it never throws,
 * reports every problem at a path into the file, keeps at most 100 of a kind
 * (issue 15), and takes time linear in the size of the file; and every file
 * it accepts builds a journey that the time engine answers for.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateJourney } from '../../test/support/generate-journey.ts';
import { buildJourney } from './model.ts';
import { PROBLEMS_PER_KIND } from './problem.ts';
import { EVENT_STATUSES, LEG_MODES, PRECISIONS, TIME_QUALIFIERS, type JourneyFile } from './schema.ts';
import { Timeline } from './timeline.ts';
import { validateJourney, validateJourneyText, type ValidationResult } from './validate.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Step = string | number;

/** The steps of a path as `formatPath` writes it: `$.events[3]["zh-Hans"]` → ['events', 3, 'zh-Hans']. */
function parsePath(path: string): Step[] {
  const steps: Step[] = [];
  const step = /\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;
  step.lastIndex = 1;
  while (step.lastIndex < path.length) {
    const at = step.lastIndex;
    const match = step.exec(path);
    if (!match) throw new Error(`"${path}" is not a JSONPath from formatPath (at ${at})`);
    steps.push(match[1] ?? (match[2] !== undefined ? Number(match[2]) : (JSON.parse(match[3]!) as string)));
  }
  return steps;
}

/** The value at `steps`, or undefined when a step is missing. */
function valueAt(value: unknown, steps: readonly Step[]): unknown {
  let here = value;
  for (const step of steps) {
    if (here === null || typeof here !== 'object' || !Object.hasOwn(here, step)) return undefined;
    here = (here as Record<Step, unknown>)[step];
  }
  return here;
}

/**
 * The validator's contract: either the journey (with no errors among the
 * problems) or a non-empty list with an error; every problem has a severity,
 * a message and a JSONPath whose steps, all but the last, exist in the input
 * (the last may name a field that is missing).
 */
function expectContract(input: unknown, result: ValidationResult): void {
  const report = () => JSON.stringify(result.problems.slice(0, 5));
  if (result.ok) {
    expect(result.journey).toBeTypeOf('object');
    expect(result.problems.filter((p) => p.severity === 'error'), report()).toEqual([]);
    expectTimeEngine(result.journey);
  } else {
    expect(result.problems.some((p) => p.severity === 'error'), report()).toBe(true);
  }
  for (const p of result.problems) {
    expect(p.path).toMatch(/^\$/);
    expect(p.message, p.path).toBeTypeOf('string');
    expect(p.message.length, p.path).toBeGreaterThan(0);
    expect(['error', 'warning']).toContain(p.severity);
    if (p.hint !== undefined) expect(p.hint, p.path).toBeTypeOf('string');
    const steps = parsePath(p.path);
    if (steps.length > 0) expect(valueAt(input, steps.slice(0, -1)), `${p.path}: ${p.message}`).toBeTypeOf('object');
  }
  const ofKind = new Map<string, number>();
  for (const { severity, message } of result.problems) ofKind.set(`${severity} ${message}`, (ofKind.get(`${severity} ${message}`) ?? 0) + 1);
  for (const [kind, count] of ofKind) expect(count, `at most ${PROBLEMS_PER_KIND} of "${kind}"`).toBeLessThanOrEqual(PROBLEMS_PER_KIND);
}

/** An accepted file builds a journey, and the time engine answers at its start, its end, between and outside them. */
function expectTimeEngine(file: JourneyFile): void {
  const journey = buildJourney(file);
  const timeline = new Timeline(journey);
  const { start, end } = timeline;
  for (const t of [start, end, (start + end) / 2, start - 86_400_000, end + 86_400_000, Number.NaN]) {
    const index = timeline.eventAt(t);
    expect(index, `eventAt(${t})`).toBeGreaterThanOrEqual(0);
    expect(index, `eventAt(${t})`).toBeLessThan(Math.max(1, journey.events.length));
    const positions = timeline.positionsAt(t);
    expect(positions.map((p) => p.traveller)).toEqual([...journey.travellers.keys()]);
    for (const p of positions) if (p.state !== 'unknown' && p.coordinates) expect(p.coordinates.every(Number.isFinite), `${p.traveller} at ${t}`).toBe(true);
  }
}

const NUM_RUNS = 300;
/** Seeded, so a run is repeatable; a failure prints the seed and path to replay it. */
const SEED = 20251202;
/** Generous: the suite runs files in parallel on shared machines. */
const TIMEOUT_MS = 60_000;

describe('validateJourney on any JSON', () => {
  it('never throws, and reports every problem at a path into the input', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expectContract(value, validateJourney(value));
        // What JSON.parse gives back (no -0, no null prototypes) goes through the text entry point.
        const text = JSON.stringify(value);
        expectContract(JSON.parse(text), validateJourneyText(text));
      }),
      { numRuns: NUM_RUNS, seed: SEED },
    );
  }, TIMEOUT_MS);

  // Shaped like a journey: most values are valid, so many files get past the schema to the
  // references, times, zones and story checks; now and then a value is anything at all, or missing.
  const anything = fc.jsonValue({ maxDepth: 2 });
  const or = <T,>(arb: fc.Arbitrary<T>) => fc.oneof({ weight: 100, arbitrary: arb }, { weight: 1, arbitrary: anything });
  const mostly = (valid: fc.Arbitrary<unknown>, other: fc.Arbitrary<unknown>) => or(fc.oneof({ weight: 20, arbitrary: valid }, { weight: 1, arbitrary: other }));
  /** An object whose entries are now and then left out. */
  const shaped = (entries: Record<string, fc.Arbitrary<unknown>>) =>
    fc.tuple(fc.record(entries), fc.nat({ max: 200 })).map(([record, drop]) => {
      const keys = Object.keys(record);
      if (drop < keys.length) delete (record as Record<string, unknown>)[keys[drop]!];
      return record;
    });
  const idOf = (...ids: string[]) => mostly(fc.constantFrom(...ids), fc.oneof(fc.constantFrom('x', 'Bad Id', ''), fc.string({ maxLength: 12 })));
  const listOf = <T,>(item: fc.Arbitrary<T>, maxLength = 2) => or(fc.array(item, { minLength: 1, maxLength }));
  const [traveller, source, place, event] = [idOf('t1', 't2'), idOf('s1', 's2'), idOf('p1', 'p2', 'p3'), idOf('e1', 'e2', 'e3')];
  const text = mostly(fc.constantFrom('A title', '**b** _i_ [l](https://e.org)', 'x'), fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('See [x](javascript:alert(1))', '[', '**', ' ')));
  const time = or(
    fc.oneof(
      { weight: 8, arbitrary: fc.tuple(fc.constantFrom('exact', 'about', 'after', 'before'), fc.integer({ min: 1, max: 28 }), fc.constantFrom('Z', '+03:00', '-05:30')).map(([qualifier, day, offset]) => ({ at: `2025-12-${String(day).padStart(2, '0')}T10:00:00${offset}`, qualifier })) },
      { weight: 2, arbitrary: fc.tuple(fc.constantFrom('date', 'unknown'), fc.integer({ min: 1, max: 28 })).map(([qualifier, day]) => ({ at: `2025-12-${String(day).padStart(2, '0')}`, qualifier })) },
      {
        weight: 1,
        arbitrary: shaped({
          at: fc.oneof(fc.constantFrom('2025-02-30', '2025-12-02T16:30:00', '2025-12-02T24:00:00Z', '0000-01-01', '9999-99-99T99:99', '2025-12-02T10:00+14:00'), fc.string({ maxLength: 30 })),
          qualifier: fc.constantFrom(...TIME_QUALIFIERS, 'roughly'),
          note: text,
        }),
      },
    ),
  );
  const coordinate = fc.double({ min: -400, max: 400, noNaN: true });
  const position = mostly(fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -90, max: 90, noNaN: true })), fc.tuple(coordinate, coordinate));
  const near = fc.tuple(fc.double({ min: 37, max: 37.3, noNaN: true }), fc.double({ min: 55.5, max: 55.8, noNaN: true }));
  const geometry = mostly(
    fc.oneof(
      fc.constant(null),
      fc.record({ type: fc.constant('Point'), coordinates: fc.oneof(near, position) }),
      near.map(([x, y]) => ({ type: 'Polygon', coordinates: [[[x, y], [x + 0.1, y], [x, y + 0.1], [x, y]]] })),
    ),
    fc.oneof(
      fc.record({ type: fc.constant('Polygon'), coordinates: or(fc.array(fc.array(position, { maxLength: 6 }), { maxLength: 2 })) }),
      fc.record({ type: fc.constantFrom('LineString', 'Circle'), coordinates: or(fc.array(position, { maxLength: 4 })) }),
    ),
  );
  const placeFeature = shaped({
    type: or(fc.constant('Feature')),
    id: place,
    geometry,
    properties: or(
      shaped({
        kind: or(fc.constant('place')),
        names: mostly(fc.record({ en: text }), fc.dictionary(fc.string({ maxLength: 5 }), text, { maxKeys: 3 })),
        precision: mostly(fc.constantFrom('exact', 'building', 'city'), fc.constantFrom(...PRECISIONS, 'vague')),
        timeZone: mostly(fc.constantFrom('Europe/Moscow', 'UTC', 'Etc/GMT-3'), fc.constantFrom('Europe/Atlantis', '', 'europe/moscow')),
        sources: listOf(source),
      }),
    ),
  });
  const legFeature = shaped({
    type: or(fc.constant('Feature')),
    id: idOf('l1', 'l2'),
    geometry: mostly(fc.constant(null), fc.record({ type: fc.constant('LineString'), coordinates: or(fc.array(position, { maxLength: 4 })) })),
    properties: or(
      shaped({
        kind: or(fc.constant('leg')),
        from: place,
        to: place,
        travellers: listOf(traveller),
        mode: mostly(fc.constantFrom(...LEG_MODES), fc.constant('train')),
        status: mostly(fc.constantFrom(...EVENT_STATUSES), fc.constant('rumoured')),
        depart: time,
        arrive: time,
        sources: listOf(source),
      }),
    ),
  });
  const journeyEvent = shaped({
    id: event,
    title: text,
    summary: text,
    place,
    participants: listOf(traveller),
    start: time,
    end: time,
    status: mostly(fc.constantFrom(...EVENT_STATUSES), fc.constant('rumoured')),
    sources: listOf(source),
    quotes: listOf(shaped({ text, speaker: text, source })),
    outcome: shaped({ summary: text, sources: listOf(source), event }),
  });
  const journeyLike = shaped({
    type: or(fc.constant('FeatureCollection')),
    journey: or(shaped({ formatVersion: or(fc.constant('1.0')), id: idOf('j'), title: text, summary: text, updated: mostly(fc.constant('2025-12-02'), fc.constant('2025-04-31')) })),
    travellers: listOf(shaped({ id: traveller, name: text, kind: mostly(fc.constant('person'), fc.constant('robot')), role: text, color: mostly(fc.constant('#1f5fbf'), fc.constant('blue')) })),
    sources: listOf(shaped({ id: source, publisher: text, title: text, url: mostly(fc.constant('https://example.org/a'), fc.constantFrom('javascript:alert(1)', 'ftp://x')), date: mostly(fc.constant('2025-12-02'), fc.constantFrom('2025-02-30', '02/12/2025')) })),
    events: listOf(journeyEvent, 4),
    features: or(fc.array(fc.oneof(placeFeature, legFeature), { maxLength: 6 })),
  });

  it('never throws on things shaped like journeys, and reports every problem at a path into the input', () => {
    fc.assert(
      fc.property(journeyLike, (value) => expectContract(value, validateJourney(value))),
      { numRuns: NUM_RUNS, seed: SEED },
    );
  }, TIMEOUT_MS);
});

const readJourney = (name: string) => JSON.parse(readFileSync(new URL(`../../data/journeys/${name}`, import.meta.url), 'utf8')) as Json;

/** Every path in a JSON value, the root first. */
function pathsIn(value: Json, prefix: Step[] = [], out: Step[][] = []): Step[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((item, i) => pathsIn(item, [...prefix, i], out));
  else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) pathsIn(item, [...prefix, key], out);
  return out;
}

const LISTS = ['travellers', 'sources', 'events', 'features'] as const;

/** One way to break a journey; `pick` and `other` choose where, modulo what there is to choose from. */
type Mutation =
  | { op: 'delete' | 'typo'; pick: number }
  | { op: 'replace'; pick: number; value: Json }
  | { op: 'swap-coordinates'; pick: number }
  | { op: 'duplicate-item' | 'copy-id'; list: (typeof LISTS)[number]; pick: number; other: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constantFrom('delete' as const, 'typo' as const), pick: fc.nat() }),
  fc.record({
    op: fc.constant('replace' as const),
    pick: fc.nat(),
    value: fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.string({ maxLength: 8 }), fc.constant(null), fc.boolean(), fc.constant([]), fc.constant({}), fc.jsonValue({ maxDepth: 2 })) as fc.Arbitrary<Json>,
  }),
  fc.record({ op: fc.constant('swap-coordinates' as const), pick: fc.nat() }),
  fc.record({ op: fc.constantFrom('duplicate-item' as const, 'copy-id' as const), list: fc.constantFrom(...LISTS), pick: fc.nat(), other: fc.nat() }),
);

/** Applies a mutation in place. */
function mutate(root: { value: Json }, m: Mutation): void {
  const parentOf = (path: Step[]) => valueAt(root.value, path.slice(0, -1)) as Record<Step, Json> | Json[];
  const setAt = (path: Step[], value: Json) => {
    if (path.length === 0) root.value = value;
    else (parentOf(path) as Record<Step, Json>)[path.at(-1)!] = value;
  };
  const choose = <T,>(items: readonly T[], pick: number): T | undefined => items[pick % Math.max(1, items.length)];
  switch (m.op) {
    case 'delete': {
      const path = choose(pathsIn(root.value).slice(1), m.pick);
      if (!path) return;
      const parent = parentOf(path);
      if (Array.isArray(parent)) parent.splice(path.at(-1) as number, 1);
      else delete parent[path.at(-1)!];
      return;
    }
    case 'replace': {
      setAt(choose(pathsIn(root.value), m.pick)!, m.value);
      return;
    }
    case 'typo': {
      const path = choose(pathsIn(root.value).filter((p) => typeof valueAt(root.value, p) === 'string'), m.pick);
      if (!path) return;
      const text = valueAt(root.value, path) as string;
      const i = m.pick % (text.length + 1);
      setAt(path, text.slice(0, i) + 'x' + text.slice(i + 1));
      return;
    }
    case 'swap-coordinates': {
      const isPosition = (v: unknown) => Array.isArray(v) && v.length === 2 && v.every((n) => typeof n === 'number');
      const path = choose(pathsIn(root.value).filter((p) => isPosition(valueAt(root.value, p))), m.pick);
      if (path) (valueAt(root.value, path) as number[]).reverse();
      return;
    }
    case 'duplicate-item':
    case 'copy-id': {
      const list = valueAt(root.value, [m.list]);
      if (!Array.isArray(list) || list.length === 0) return;
      const from = m.pick % list.length;
      if (m.op === 'duplicate-item') {
        list.splice(m.other % (list.length + 1), 0, structuredClone(list[from]!));
        return;
      }
      const to = list[m.other % list.length];
      const id = valueAt(list[from], ['id']);
      if (to !== null && typeof to === 'object' && !Array.isArray(to) && id !== undefined) to.id = id as Json;
    }
  }
}

describe('validateJourney on journeys broken at random', () => {
  for (const name of ['minimal.json', 'moscow-2025-12-02.json']) {
    const original = readJourney(name);

    it(`${name}: never throws, and reports every problem at a path into the input`, () => {
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
          const root = { value: structuredClone(original) };
          for (const m of mutations) mutate(root, m);
          const before = JSON.stringify(root.value);
          expectContract(root.value, validateJourney(root.value));
          expect(JSON.stringify(root.value), 'the input is not changed').toBe(before);
        }),
        { numRuns: name === 'minimal.json' ? NUM_RUNS : 100, seed: SEED },
      );
    }, TIMEOUT_MS);
  }
});

describe('validateJourney on long lists', () => {
  // Hostile sizes (issue 15): one list of minimal.json filled with up to 3,000 copies of one value,
  // valid or not, past the caps on lists and on the problems kept of a kind.
  const LIST_PATHS: Step[][] = [['events', 1, 'others'], ['events', 0, 'participants'], ['events', 0, 'sources'], ['travellers'], ['sources'], ['events'], ['features'], ['features', 2, 'properties', 'travellers']];
  const original = readJourney('minimal.json');

  it('never throws, keeps at most 100 problems of a kind, and what it accepts builds a journey', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LIST_PATHS),
        fc.integer({ min: 0, max: 3_000 }),
        // Any value, or an item already in the list (valid, with its id copied).
        fc.oneof(fc.constantFrom<Json>('', 'x', 'unknown-id', 'example-envoy', 'example-report', 1, null, {}, []).map((value) => ({ value })), fc.nat().map((pick) => ({ pick }))),
        (path, length, fill) => {
          const value = structuredClone(original);
          const list = valueAt(value, path) as Json[];
          const item = 'value' in fill ? fill.value : list[fill.pick % list.length]!;
          (valueAt(value, path.slice(0, -1)) as Record<Step, Json>)[path.at(-1)!] = Array.from({ length }, () => structuredClone(item));
          expectContract(value, validateJourneyText(JSON.stringify(value)));
        },
      ),
      { numRuns: 40, seed: SEED },
    );
  }, TIMEOUT_MS);
});

describe('validateJourney time', () => {
  // Ratios of medians measured side by side (A B A B), never absolute times, so the
  // test holds on a slow or busy machine. Quadratic growth would be 10× per byte.
  const MAX_RATIO = 3;
  const RUNS = 5;
  const WARM_UP = 1;

  /** A valid generated journey, and the same with every event's place misspelt (an error, with a search for the closest id, per event). */
  const variants: [string, (file: JourneyFile) => JourneyFile, boolean][] = [
    ['a valid file', (file) => file, true],
    ['a file with an unknown place in every event', (file) => ({ ...file, events: file.events.map((e) => ({ ...e, place: `${e.place}x` })) }), false],
  ];

  it.each(variants)(`per byte, for %s, at 5,000 events is within ${MAX_RATIO}× of that at 500`, (_name, change, ok) => {
    const sizes = [500, 5_000].map((events) => {
      const file = change(generateJourney({ events, travellers: 10, seed: 20251202 }).file);
      return { file, bytes: JSON.stringify(file).length, samples: [] as number[] };
    });
    for (let run = 0; run < WARM_UP + RUNS; run++) {
      for (const size of sizes) {
        const t0 = performance.now();
        const result = validateJourney(size.file);
        const ms = performance.now() - t0;
        expect(result.ok).toBe(ok);
        if (run >= WARM_UP) size.samples.push(ms / size.bytes);
      }
    }
    const [small, large] = sizes.map((s) => [...s.samples].sort((a, b) => a - b)[s.samples.length >> 1]!);
    expect(large! / small!, `${(small! * 1e6).toFixed(1)} ns/byte at 500 events, ${(large! * 1e6).toFixed(1)} ns/byte at 5,000`).toBeLessThanOrEqual(MAX_RATIO);
  }, TIMEOUT_MS);
});
