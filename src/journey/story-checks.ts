/**
 * Checks on the story as a whole, beyond single items: events that begin
 * before their traveller has arrived, and a file whose events are not in time
 * order. Both are warnings: the journey still opens. Pure functions.
 */
import { problem, type Problem } from './problem.ts';
import type { JourneyEvent, JourneyTime, LegFeature } from './schema.ts';
import { dayOf, instantOf, storyStarts } from './time.ts';

/** An "about" time stands for anything within this much of the written time. */
export const ABOUT_MARGIN_MS = 30 * 60 * 1000;

/**
 * The earliest and latest instants a journey time allows, or undefined when
 * it says nothing usable (qualifier "unknown", or not a real date):
 * exact → the instant; about → ± {@link ABOUT_MARGIN_MS}; after → from the
 * instant on; before → up to it; between → from the instant to `until`; a date alone → that whole day in the zone.
 *
 * @example timeBounds({ at: '2025-12-02T16:30:00+03:00', qualifier: 'after' }, 'Europe/Moscow')
 * // [Date.UTC(2025, 11, 2, 13, 30), Infinity]
 */
export function timeBounds(time: JourneyTime, timeZone: string): [number, number] | undefined {
  if (time.qualifier === 'unknown') return undefined;
  const instant = instantOf(time, timeZone);
  if (Number.isNaN(instant)) return undefined;
  const day = dayOf(time, timeZone);
  if (day) return [day.from, day.to - 1];
  switch (time.qualifier) {
    case 'exact':
      return [instant, instant];
    case 'about':
      return [instant - ABOUT_MARGIN_MS, instant + ABOUT_MARGIN_MS];
    case 'after':
      return [instant, Infinity];
    case 'before':
      return [-Infinity, instant];
    case 'between': {
      const until = time.until === undefined ? Number.NaN : Date.parse(time.until);
      return [instant, Number.isNaN(until) ? Infinity : until];
    }
  }
}

/** What the story checks read: the items that parsed, at their indexes in the file. */
export interface StoryItems {
  readonly events: readonly (JourneyEvent | undefined)[];
  readonly legs: readonly LegFeature[];
  /** The zone of a place (given or inferred); 'UTC' if unknown. */
  readonly zoneOf: (placeId: string) => string;
  /** A traveller's name for messages; the id if unknown. */
  readonly nameOf: (travellerId: string) => string;
}

/**
 * Events that start before their traveller has arrived at the event's place.
 *
 * The rule: for an event at place P and each participant T, take the legs of
 * T that arrive at P (legs that did not happen don't count). The first of
 * them by arrival is "the leg". If T also has a leg leaving P no later than
 * that arrival, T was at P from the start and nothing is reported. Otherwise,
 * if the event must have started before the leg can have arrived (the
 * latest start the event's time allows is before the earliest arrival the
 * leg's time allows; see {@link timeBounds}), that is a warning on the
 * event's start. Uncertain times never trigger it: "after 14:06" can't be
 * shown to be before anything. Events that did not happen are skipped. One
 * warning per event, for its first participant that triggers the rule.
 */
export function checkEventsAfterArrival({ events, legs, zoneOf, nameOf }: StoryItems): Problem[] {
  // Indexed once by traveller and place, so the check stays linear at the format's caps.
  const firstArrival = new Map<string, { leg: LegFeature; instant: number }>();
  const firstDeparture = new Map<string, number>();
  const key = (traveller: string, place: string) => `${traveller}\u0000${place}`;
  for (const leg of legs) {
    const p = leg.properties;
    if (p.status === 'did-not-happen') continue;
    const arrive = instantOf(p.arrive, zoneOf(p.to));
    const depart = instantOf(p.depart, zoneOf(p.from));
    for (const traveller of p.travellers) {
      const at = key(traveller, p.to);
      if (!Number.isNaN(arrive) && arrive < (firstArrival.get(at)?.instant ?? Infinity)) firstArrival.set(at, { leg, instant: arrive });
      const from = key(traveller, p.from);
      if (!Number.isNaN(depart) && depart < (firstDeparture.get(from) ?? Infinity)) firstDeparture.set(from, depart);
    }
  }

  const problems: Problem[] = [];
  events.forEach((event, i) => {
    if (!event || event.status === 'did-not-happen') return;
    const eventBounds = timeBounds(event.start, zoneOf(event.place));
    if (!eventBounds) return;
    for (const traveller of event.participants) {
      const first = firstArrival.get(key(traveller, event.place));
      if (!first) continue;
      const startedHere = (firstDeparture.get(key(traveller, event.place)) ?? Infinity) <= first.instant;
      if (startedHere) continue;
      const arrival = timeBounds(first.leg.properties.arrive, zoneOf(event.place));
      if (!arrival || eventBounds[1] >= arrival[0]) continue;
      problems.push(
        problem(
          'warning',
          ['events', i, 'start', 'at'],
          `This event starts (${event.start.at}) before ${nameOf(traveller)} arrives at "${event.place}" on leg "${first.leg.id}" (${first.leg.properties.arrive.at})`,
          `Check the event's start and the leg's arrival. If ${nameOf(traveller)} was already at "${event.place}", add the leg that brought them there earlier.`,
        ),
      );
      return;
    }
  });
  return problems;
}

/**
 * A file whose events are not in order of their start times. The app sorts
 * by start (see `buildJourney`), so this only makes the file harder to
 * follow: one warning, at the first event that starts before the one written
 * just before it.
 */
export function checkFileOrder({ events, zoneOf }: Pick<StoryItems, 'events' | 'zoneOf'>): Problem[] {
  // The same instants the app orders by (storyStarts): a date alone keeps its place in the file within its day.
  const written = [...events.entries()].filter((entry): entry is [number, JourneyEvent] => entry[1] !== undefined);
  const starts = storyStarts(written.map(([, event]) => ({ start: event.start, timeZone: zoneOf(event.place) })));
  let previous: { index: number; event: JourneyEvent; start: number } | undefined;
  for (const [k, [index, event]] of written.entries()) {
    const start = starts[k] as number;
    if (Number.isNaN(start)) continue;
    if (previous && start < previous.start) {
      return [
        problem(
          'warning',
          ['events', index],
          `Events are out of time order: "${event.id}" (events[${index}]) starts before "${previous.event.id}" (events[${previous.index}]), which comes earlier in the file`,
          `The app sorts events by start time, so readers see "${event.id}" first. Sort the file the same way to keep it easy to follow.`,
        ),
      ];
    }
    previous = { index, event, start };
  }
  return [];
}
