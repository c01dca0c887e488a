/**
 * The time engine: for any instant, which event is current, where each
 * traveller is, and how much of each leg has been travelled. Pure: no DOM,
 * no map. Indexes are built once; each lookup is a binary search, O(log n)
 * in the number of events and legs.
 *
 * Events place their participants at their place from start to end, except
 * events whose start is only bounded from above ("before") or unknown: they
 * say when something was said or known, not where someone was.
 *
 * Representative instants come from `time.ts` (`instantOf`). A position is
 * **estimated** when any time that places it is not qualified "exact", or
 * when it is inferred between two known moments (a traveller is taken to
 * stay where they last arrived until their next known move). A leg with no
 * clock time at one end gives no position along it: the traveller is
 * "en-route", last known at its start (issue 14).
 */
import { along, length } from '@turf/turf';
import type { Position } from 'geojson';
import { placeAnchor } from './geometry.ts';
import type { Journey, StoryLeg } from './model.ts';
import type { JourneyTime, PlaceFeature } from './schema.ts';

export type TravellerPosition =
  | {
      readonly traveller: string;
      readonly state: 'at-place';
      readonly place: PlaceFeature;
      readonly coordinates: Position;
      readonly estimated: boolean;
      /** True while an event places them there; false when inferred from their last arrival. */
      readonly known: boolean;
    }
  | {
      readonly traveller: string;
      readonly state: 'moving';
      readonly leg: StoryLeg;
      readonly coordinates: Position;
      /** 0 at departure, 1 at arrival. */
      readonly progress: number;
      readonly estimated: boolean;
    }
  | {
      /**
       * On a leg whose departure or arrival has no clock time (an arrival
       * that was not reported): where on it they are is not known, so no
       * point is given. `place` is where they were last known (the leg's
       * start), `coordinates` its anchor (undefined when it has none).
       */
      readonly traveller: string;
      readonly state: 'en-route';
      readonly leg: StoryLeg;
      readonly place: PlaceFeature;
      readonly coordinates: Position | undefined;
    }
  | { readonly traveller: string; readonly state: 'unknown' };

interface Stay {
  readonly from: number;
  readonly to: number;
  readonly place: PlaceFeature;
  readonly exact: boolean;
}
interface Move {
  /** The effective window: legs sharing a window are chained one after another. */
  readonly from: number;
  readonly to: number;
  readonly leg: StoryLeg;
  readonly lengthKm: number;
  readonly exact: boolean;
  /** Both ends have a clock time, so a point along the line stands for a moment. */
  readonly timed: boolean;
}
interface Track {
  readonly stays: readonly Stay[];
  readonly moves: readonly Move[];
}

const isExact = (t: JourneyTime | undefined) => t === undefined || t.qualifier === 'exact';
/** A time that says a moment of the day: not a date alone, not "unknown". */
const hasClock = (t: JourneyTime) => t.qualifier !== 'unknown' && t.qualifier !== 'date' && t.at.includes('T');

/** The index of the last item whose `from` is at or before `t`, or -1. */
export function lastStartedAt<T>(items: readonly T[], t: number, from: (item: T) => number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (from(items[mid] as T) <= t) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * Legs that happened, per traveller, in order, with overlapping windows
 * resolved: when several legs share a reported window (a walk "after 16:30,
 * before 19:40" in two parts), the window is shared out between them in
 * proportion to their length, so the traveller moves through them in turn.
 */
function buildMoves(legs: readonly StoryLeg[]): Move[] {
  const sorted = legs
    .filter((l) => l.line && l.leg.properties.status !== 'did-not-happen' && l.leg.properties.status !== 'planned')
    .filter((l) => Number.isFinite(l.depart) && Number.isFinite(l.arrive))
    .sort((a, b) => a.depart - b.depart || a.arrive - b.arrive);
  const moves: Move[] = [];
  for (let i = 0; i < sorted.length; ) {
    // A group: legs whose windows overlap the first one's.
    const first = sorted[i] as StoryLeg;
    let j = i + 1;
    let groupEnd = first.arrive;
    while (j < sorted.length && (sorted[j] as StoryLeg).depart < groupEnd) {
      groupEnd = Math.max(groupEnd, (sorted[j] as StoryLeg).arrive);
      j++;
    }
    const group = sorted.slice(i, j);
    const start = Math.max(first.depart, moves.length ? (moves[moves.length - 1] as Move).to : -Infinity);
    const lengths = group.map((l) => Math.max(length(l.line!, { units: 'kilometers' }), 1e-6));
    const total = lengths.reduce((a, b) => a + b, 0);
    const span = Math.max(groupEnd - start, 0);
    let at = start;
    group.forEach((leg, k) => {
      const share = group.length === 1 ? span : (span * (lengths[k] as number)) / total;
      moves.push({
        from: at,
        to: at + share,
        leg,
        lengthKm: lengths[k] as number,
        exact: group.length === 1 && isExact(leg.leg.properties.depart) && isExact(leg.leg.properties.arrive),
        timed: hasClock(leg.leg.properties.depart) && hasClock(leg.leg.properties.arrive),
      });
      at += share;
    });
    i = j;
  }
  return moves;
}

export class Timeline {
  readonly journey: Journey;
  /** The first and last instants of the story. */
  readonly start: number;
  readonly end: number;
  readonly #starts: readonly number[];
  readonly #ends: readonly number[];
  readonly #tracks: ReadonlyMap<string, Track>;
  readonly #legMoves: ReadonlyMap<string, Move>;

  constructor(journey: Journey) {
    this.journey = journey;
    const events = journey.events;
    this.#starts = events.map((e) => e.start);
    this.#ends = events.map((e) => e.end ?? e.start);

    const tracks = new Map<string, Track>();
    const legMoves = new Map<string, Move>();
    for (const traveller of journey.travellers.keys()) {
      const stays: Stay[] = events
        .filter((e) => e.event.participants.includes(traveller) && e.place.geometry)
        .filter((e) => !['did-not-happen', 'planned'].includes(e.event.status) && !['before', 'unknown'].includes(e.event.start.qualifier))
        .map((e) => ({ from: e.start, to: e.end ?? e.start, place: e.place, exact: isExact(e.event.start) && isExact(e.event.end) }));
      const moves = buildMoves(journey.legs.filter((l) => l.leg.properties.travellers.includes(traveller)));
      for (const m of moves) if (!legMoves.has(m.leg.leg.id)) legMoves.set(m.leg.leg.id, m);
      tracks.set(traveller, { stays, moves });
    }
    this.#tracks = tracks;
    this.#legMoves = legMoves;

    const instants = [...this.#starts, ...this.#ends, ...[...legMoves.values()].flatMap((m) => [m.from, m.to])].filter(Number.isFinite);
    // A loop, not Math.min(...instants): a journey at its caps has 60,000 instants, too many arguments for one call (issue 15).
    this.start = instants.reduce((min, t) => Math.min(min, t), Infinity);
    this.end = instants.reduce((max, t) => Math.max(max, t), -Infinity);
  }

  /**
   * The current event at `t`: the last one started (the one in progress when
   * events don't overlap); the first event before the story begins. When a
   * short event starts inside a longer one (Zelensky lands in Dublin during
   * the Moscow lunch), the later start wins until the next event starts. So
   * the current event only ever moves forward as time does.
   */
  eventAt(t: number): number {
    return Math.max(lastStartedAt(this.#starts, t, (s) => s), 0);
  }

  /** Where a traveller is at `t`. */
  positionOf(traveller: string, t: number): TravellerPosition {
    const track = this.#tracks.get(traveller);
    if (!track) return { traveller, state: 'unknown' };
    const m = lastStartedAt(track.moves, t, (x) => x.from);
    const move = track.moves[m];
    if (move && t <= move.to && !move.timed) {
      return { traveller, state: 'en-route', leg: move.leg, place: move.leg.from, coordinates: placeAnchor(move.leg.from) };
    }
    if (move && t <= move.to) {
      const progress = move.to > move.from ? (t - move.from) / (move.to - move.from) : 1;
      const point = along(move.leg.line!, progress * move.lengthKm, { units: 'kilometers' });
      return { traveller, state: 'moving', leg: move.leg, coordinates: point.geometry.coordinates, progress, estimated: !move.exact };
    }
    const s = lastStartedAt(track.stays, t, (x) => x.from);
    const stay = track.stays[s];
    if (stay && t <= stay.to) {
      return { traveller, state: 'at-place', place: stay.place, coordinates: placeAnchor(stay.place)!, estimated: !stay.exact, known: true };
    }
    // Between known moments: where they last arrived.
    const lastPlace = move && (!stay || move.to >= stay.to) ? move.leg.to : stay?.place;
    const anchor = lastPlace && placeAnchor(lastPlace);
    if (!lastPlace || !anchor) return { traveller, state: 'unknown' };
    return { traveller, state: 'at-place', place: lastPlace, coordinates: anchor, estimated: true, known: false };
  }

  /** Every traveller's position at `t`, in the journey's traveller order. */
  positionsAt(t: number): TravellerPosition[] {
    return [...this.journey.travellers.keys()].map((id) => this.positionOf(id, t));
  }

  /**
   * How much of a leg has been travelled at `t`, 0 to 1; 0 for legs that
   * never happened. A leg without clock times at both ends is all or
   * nothing: while it may be under way the whole span shows, with no tip.
   */
  legProgress(legId: string, t: number): number {
    const move = this.#legMoves.get(legId);
    if (!move) return 0;
    if (!move.timed) return t <= move.from ? 0 : 1;
    if (t <= move.from) return 0;
    if (t >= move.to) return 1;
    return (t - move.from) / (move.to - move.from);
  }
}
