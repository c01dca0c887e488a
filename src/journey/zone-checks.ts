/**
 * Checks of written times against their places' time zones (issue 14):
 *
 * - **Offsets.** A time written with a numeric UTC offset (`+03:00`) states
 *   the place's clock, so the offset must be the one the place's zone had at
 *   that moment, daylight saving time included (the platform's IANA data, via
 *   `Intl`). A time written with `Z` states the instant in UTC, as wire
 *   reports often give it ("about 01:00 UTC"), and is accepted at any place.
 * - **Local days.** A date alone is the day at the place, in its zone. When
 *   one time of an event (start, end) or of a leg (departure, arrival) is a
 *   date alone, the two must be able to run forward: the latest moment the
 *   later one allows may not come before the earliest moment the earlier one
 *   allows. So "3 December" in Magadan (UTC+11) with an end at
 *   2025-12-02T23:00:00Z, which is 3 December 10:00 there, passes; an end
 *   on 2 December local time is an error that says which day it is there.
 *
 * Pure functions; errors only.
 */
import { formatOffset } from './hints.ts';
import type { Item } from './parse-items.ts';
import { problem, type PathPart, type Problem } from './problem.ts';
import { DATETIME_PATTERN, DATE_PATTERN, type JourneyEvent, type JourneyTime, type LegFeature, type PlaceInput } from './schema.ts';
import { dayOf, zoneOffsetMinutes } from './time.ts';

const OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?([+-])(\d{2}):(\d{2})$/;

/** What the zone checks read: the items that parsed, and each place's zone where it has one. */
export interface ZoneCheckItems {
  readonly events: readonly Item<JourneyEvent>[];
  readonly features: readonly Item<PlaceInput | LegFeature>[];
  /** The place's IANA zone (given or inferred), or undefined when it has none. */
  readonly zoneOf: (placeId: string) => string | undefined;
}

/**
 * The offset the zone's clock had at a wall-clock time there, in minutes
 * east of UTC; both offsets of an hour that happens twice (the autumn change).
 */
function offsetsAtWallClock(timeZone: string, wallClockAsUtc: number): number[] {
  // The offsets in force half a day either side cover both sides of any clock change.
  const candidates = new Set([-1, 0, 1].map((k) => zoneOffsetMinutes(timeZone, wallClockAsUtc + k * 12 * 60 * 60 * 1000)));
  return [...candidates].filter((o) => zoneOffsetMinutes(timeZone, wallClockAsUtc - o * 60_000) === o);
}

/** " (daylight saving time)" or " (standard time)" for a zone that changes its clocks; '' for one that doesn't. */
function seasonOf(timeZone: string, year: number, offset: number): string {
  const january = zoneOffsetMinutes(timeZone, Date.UTC(year, 0, 15));
  const july = zoneOffsetMinutes(timeZone, Date.UTC(year, 6, 15));
  if (january === july) return '';
  return offset > Math.min(january, july) ? ' (daylight saving time)' : ' (standard time)';
}

/** "10 August 2026", the day of a wall-clock time. */
const dayWords = (y: number, m: number, d: number) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(Date.UTC(y, m - 1, d));

/**
 * The problem with a written offset, if it is not the zone's at that moment.
 *
 * @param at The time as written: "2026-08-10T14:00:00+01:00".
 * @param timeZone The place's IANA zone.
 * @returns The message and hint, or undefined when the offset is right, or is `Z`, or there is none.
 * @example offsetProblem('2026-08-10T14:00:00+01:00', 'Europe/Berlin')?.hint
 * // 'Write "2026-08-10T14:00:00+02:00" if 14:00 is the time there, or give the moment in UTC with "Z" if the source gives it in UTC.'
 */
export function offsetProblem(at: string, timeZone: string): { message: string; hint: string } | undefined {
  const match = OFFSET.exec(at);
  if (!match) return undefined;
  const [y, mo, d, h, mi, s] = match.slice(1, 7).map((x) => Number(x ?? 0)) as [number, number, number, number, number, number];
  const written = (match[7] === '-' ? -1 : 1) * (Number(match[8]) * 60 + Number(match[9]));
  const wallClock = Date.UTC(y, mo - 1, d, h, mi, s);
  if (Number.isNaN(wallClock)) return undefined;
  const right = offsetsAtWallClock(timeZone, wallClock);
  if (right.length === 0 || right.includes(written)) return undefined; // no zone data, or the offset is right
  const offset = right[0]!;
  const fixed = at.replace(/[+-]\d{2}:\d{2}$/, formatOffset(offset));
  return {
    message: `The UTC offset ${formatOffset(written)} is not that of ${timeZone} on ${dayWords(y, mo, d)}, which is ${formatOffset(offset)}${seasonOf(timeZone, y, offset)}`,
    hint: `Write "${fixed}" if ${match[4]}:${match[5]} is the time there, or give the moment in UTC with "Z" if the source gives it in UTC.`,
  };
}

/**
 * The earliest and latest instants a time stands for: a date alone is the
 * whole local day (`dayOf`, the one rule of time.ts), a time with a clock
 * time its written instant.
 */
function span(time: JourneyTime, timeZone: string): [number, number] | undefined {
  if (DATE_PATTERN.test(time.at)) {
    const day = dayOf(time, timeZone);
    return day && [day.from, day.to];
  }
  if (!DATETIME_PATTERN.test(time.at)) return undefined;
  const instant = Date.parse(time.at);
  return Number.isNaN(instant) ? undefined : [instant, instant];
}

/** "2 December 2025", the local day of an instant in a zone. */
const localDay = (instant: number, timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone, day: 'numeric', month: 'long', year: 'numeric' }).format(instant);

/**
 * Every time written with an offset that its place's zone did not have then,
 * and every pair of times in one item (one a date alone) that can't run
 * forward once the date is read as the day at its place.
 *
 * @returns Errors, at the path of the `at` that is wrong (the later time of a pair).
 */
export function checkTimesAgainstZones({ events, features, zoneOf }: ZoneCheckItems): Problem[] {
  const problems: Problem[] = [];
  const offset = (time: JourneyTime, placeId: string, parts: PathPart[]) => {
    const zone = zoneOf(placeId);
    const found = zone === undefined ? undefined : offsetProblem(time.at, zone);
    if (found) problems.push(problem('error', [...parts, 'at'], found.message, found.hint));
    const untilFound = zone === undefined || time.until === undefined ? undefined : offsetProblem(time.until, zone);
    if (untilFound) problems.push(problem('error', [...parts, 'until'], untilFound.message, untilFound.hint));
  };
  const forward = (from: JourneyTime, fromPlace: string, to: JourneyTime, toPlace: string, parts: PathPart[], what: [string, string]) => {
    if (!DATE_PATTERN.test(from.at) && !DATE_PATTERN.test(to.at)) return; // both have clock times: validate.ts compares them
    const [fromZone, toZone] = [zoneOf(fromPlace), zoneOf(toPlace)];
    if (fromZone === undefined || toZone === undefined) return;
    const [a, b] = [span(from, fromZone), span(to, toZone)];
    if (!a || !b || b[1] >= a[0]) return;
    const day = (time: JourneyTime, zone: string, s: [number, number]) =>
      DATE_PATTERN.test(time.at) ? `${localDay(s[0], zone)}` : `${localDay(s[0], zone)} in ${zone}`;
    problems.push(
      problem(
        'error',
        [...parts, 'at'],
        `The ${what[1]} (${to.at}) is before the ${what[0]} (${from.at}): ${day(to, toZone, b)} at "${toPlace}" comes before ${day(from, fromZone, a)} at "${fromPlace}"`,
        `A date alone is the day at its place, in its time zone (${fromZone === toZone ? fromZone : `${fromZone} and ${toZone}`}). Check which day the source gives, in whose time.`,
      ),
    );
  };
  events.forEach((event, i) => {
    if (!event) return;
    offset(event.start, event.place, ['events', i, 'start']);
    if (event.end) {
      offset(event.end, event.place, ['events', i, 'end']);
      forward(event.start, event.place, event.end, event.place, ['events', i, 'end'], ['start', 'end']);
    }
  });
  features.forEach((feature, i) => {
    if (feature?.properties.kind !== 'leg') return;
    const p = (feature as LegFeature).properties;
    offset(p.depart, p.from, ['features', i, 'properties', 'depart']);
    offset(p.arrive, p.to, ['features', i, 'properties', 'arrive']);
    forward(p.depart, p.from, p.arrive, p.to, ['features', i, 'properties', 'arrive'], ['departure', 'arrival']);
  });
  return problems;
}
