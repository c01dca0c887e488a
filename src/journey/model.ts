/**
 * The journey model: a validated journey file, indexed for the app.
 * Events are put in story order (by the instants that stand for their starts,
 * `storyStarts` in time.ts, then file order: events known only to the day keep
 * their place in the file within that day), legs get their lines and instants
 * (`legInstants`), and each event gets the box its step frames.
 * Pure: no DOM, no map.
 */
import type { Feature, LineString } from 'geojson';
import { legLine, padBBox, placeAnchor, placeBBox, unionBBox, type BBox } from './geometry.ts';
import type { JourneyEvent, JourneyFile, LegFeature, PlaceFeature, Source, Traveller } from './schema.ts';
import { instantOf, isDateOnly, legInstants, storyStarts } from './time.ts';

export interface StoryEvent {
  readonly event: JourneyEvent;
  /** Position in story order, from 0. */
  readonly index: number;
  readonly place: PlaceFeature;
  /** Representative start instant (ms). */
  readonly start: number;
  readonly end: number | undefined;
  /** The box the camera frames for this step. */
  readonly frame: BBox;
  /** The drawn legs the step's view holds (those in `frame`): arriving for its start, leaving, or running while it goes on. */
  readonly frameLegs: readonly StoryLeg[];
}

export interface StoryLeg {
  readonly leg: LegFeature;
  readonly from: PlaceFeature;
  readonly to: PlaceFeature;
  readonly depart: number;
  readonly arrive: number;
  /** The drawn line; undefined when an end has no position (an unnamed region). */
  readonly line: Feature<LineString> | undefined;
}

export interface Journey {
  readonly file: JourneyFile;
  readonly places: ReadonlyMap<string, PlaceFeature>;
  readonly travellers: ReadonlyMap<string, Traveller>;
  readonly sources: ReadonlyMap<string, Source>;
  readonly events: readonly StoryEvent[];
  readonly legs: readonly StoryLeg[];
  /** The box holding every drawn place and leg. */
  readonly bounds: BBox;
}

const byId = <T extends { id: string | number }>(items: readonly T[]) => new Map(items.map((item) => [String(item.id), item]));

// A leg joins a step's frame when it arrives at or leaves the step's place
// within this long of the step's start (the landing shows the flight in, the
// departure the flight out), or when it starts or ends there while the step
// is going on (the walk shows its route).
const LEG_FRAME_WINDOW_MS = 60 * 60 * 1000;
// An event at a place with no geometry is framed around where its
// participants set out from, this far around.
const VAGUE_PLACE_MARGIN_M = 1_500_000;

/**
 * Indexes a validated journey file.
 *
 * @param file A journey that passed `validateJourney`: every id it references exists.
 * @example buildJourney(result.journey).events[0].event.title
 */
export function buildJourney(file: JourneyFile): Journey {
  const placeFeatures = file.features.filter((f): f is PlaceFeature => f.properties.kind === 'place');
  const legFeatures = file.features.filter((f): f is LegFeature => f.properties.kind === 'leg');
  const places = byId(placeFeatures);
  const place = (id: string) => places.get(id) as PlaceFeature;

  const starts = storyStarts(file.events.map((e) => ({ start: e.start, timeZone: place(e.place).properties.timeZone })));
  // A leg's date-only arrival is by its travellers' first event at the destination after it leaves.
  // Each traveller's event starts at each place, sorted once, so that each leg finds that event by
  // binary search (O(travellers × log events)) rather than by reading every event at the place.
  const startsByPlace = new Map<string, Map<string, number[]>>();
  file.events.forEach((e, i) => {
    const start = starts[i] as number;
    if (Number.isNaN(start)) return;
    let byTraveller = startsByPlace.get(e.place);
    if (!byTraveller) startsByPlace.set(e.place, (byTraveller = new Map()));
    for (const t of e.participants) {
      const list = byTraveller.get(t);
      if (list) list.push(start);
      else byTraveller.set(t, [start]);
    }
  });
  for (const byTraveller of startsByPlace.values()) for (const list of byTraveller.values()) list.sort((a, b) => a - b);
  const arrivedBy = (leg: LegFeature, depart: number) => {
    if (!isDateOnly(leg.properties.arrive) || Number.isNaN(depart)) return undefined;
    const byTraveller = startsByPlace.get(leg.properties.to);
    let by = Infinity;
    for (const t of leg.properties.travellers) {
      const list = byTraveller?.get(t);
      const first = list?.[firstAfter(list, depart)];
      if (first !== undefined && first < by) by = first;
    }
    return Number.isFinite(by) ? by : undefined;
  };
  const legs: StoryLeg[] = legFeatures.map((leg) => {
    const from = place(leg.properties.from);
    const to = place(leg.properties.to);
    const { depart, arrive } = leg.properties;
    const [leaves] = legInstants(depart, from.properties.timeZone, arrive, to.properties.timeZone);
    const [, arrives] = legInstants(depart, from.properties.timeZone, arrive, to.properties.timeZone, arrivedBy(leg, leaves));
    return { leg, from, to, depart: leaves, arrive: arrives, line: legLine(leg, from, to) };
  });

  // Each line's box once, and each place's legs, so that framing an event
  // looks at the few legs that touch its place, not at all of them.
  const lineBoxes = new Map(legs.flatMap((l) => (l.line ? [[l, lineBBox(l.line)] as const] : [])));
  const legsByPlace = new Map<string, StoryLeg[]>();
  for (const l of legs) {
    for (const id of new Set([l.from.id, l.to.id])) {
      const list = legsByPlace.get(String(id));
      if (list) list.push(l);
      else legsByPlace.set(String(id), [l]);
    }
  }

  const drawn: BBox[] = [...placeFeatures.map(placeBBox).filter((b): b is BBox => b !== undefined), ...lineBoxes.values()];
  const bounds = unionBBox(drawn) ?? [-180, -60, 180, 75];

  const ordered = file.events
    .map((event, fileIndex) => ({ event, fileIndex, start: starts[fileIndex] as number }))
    .sort((a, b) => a.start - b.start || a.fileIndex - b.fileIndex);

  const events: StoryEvent[] = ordered.map(({ event, start }, index) => {
    const at = place(event.place);
    const end = event.end ? instantOf(event.end, at.properties.timeZone, { after: start }) : undefined;
    const framed = frameFor(event, at, start, end ?? start, legsByPlace.get(String(at.id)) ?? [], lineBoxes, bounds);
    return { event, index, place: at, start, end, frame: framed.box, frameLegs: framed.legs };
  });

  return {
    file,
    places,
    travellers: byId(file.travellers),
    sources: byId(file.sources),
    events,
    legs,
    bounds,
  };
}

/** The index of the first value greater than `x` in an ascending list (its length when there is none). */
function firstAfter(sorted: readonly number[], x: number): number {
  let [lo, hi] = [0, sorted.length];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function lineBBox(line: Feature<LineString>): BBox {
  const xs = line.geometry.coordinates.map((c) => c[0] as number);
  const ys = line.geometry.coordinates.map((c) => c[1] as number);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/**
 * The camera box for an event: its place, with the legs that bring it there
 * or leave from it around its start, or that run while it goes on.
 *
 * @param legs The legs that start or end at the event's place.
 * @param lineBoxes The box of each drawn leg.
 */
function frameFor(
  event: JourneyEvent,
  at: PlaceFeature,
  start: number,
  end: number,
  legs: readonly StoryLeg[],
  lineBoxes: ReadonlyMap<StoryLeg, BBox>,
  all: BBox,
): { box: BBox; legs: StoryLeg[] } {
  const ownBox = placeBBox(at);
  const shares = (l: StoryLeg) => l.leg.properties.travellers.some((t) => event.participants.includes(t));
  if (!ownBox) {
    // No geometry (an unnamed region): frame the places the legs to it leave from.
    const origins = legs
      .filter((l) => l.to.id === at.id && shares(l))
      .map((l) => placeAnchor(l.from))
      .filter((p) => p !== undefined)
      .map((p) => padBBox([p[0] as number, p[1] as number, p[0] as number, p[1] as number], VAGUE_PLACE_MARGIN_M));
    return { box: unionBBox(origins) ?? all, legs: [] };
  }
  const near = (instant: number) => Math.abs(instant - start) <= LEG_FRAME_WINDOW_MS;
  const arrivesForStart = (l: StoryLeg) => (l.to.id === at.id && near(l.arrive)) || (l.from.id === at.id && near(l.depart));
  const duringStep = (l: StoryLeg) => (l.to.id === at.id || l.from.id === at.id) && l.depart < end && l.arrive > start;
  const arriving = legs.filter((l) => l.line && shares(l) && (arrivesForStart(l) || duringStep(l)));
  return { box: unionBBox([ownBox, ...arriving.map((l) => lineBoxes.get(l) as BBox)]) ?? ownBox, legs: arriving };
}

/** The events that happen at a place, in story order. */
export function eventsAt(journey: Journey, placeId: string): StoryEvent[] {
  return journey.events.filter((e) => e.place.id === placeId);
}

/**
 * The event a stop opens: its first, or, when the current step is already
 * there, the next one at the same place (wrapping round).
 */
export function nextEventAt(journey: Journey, placeId: string, currentIndex: number): StoryEvent | undefined {
  const here = eventsAt(journey, placeId);
  const at = here.findIndex((e) => e.index === currentIndex);
  return at >= 0 ? here[(at + 1) % here.length] : here[0];
}
