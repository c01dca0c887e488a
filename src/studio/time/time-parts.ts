/**
 * The studio's time input: a journey time (`at` with its UTC offset) made
 * from what an editor knows — a day, a clock time, how sure it is, and the
 * zone the source gave it in — and the same moment shown in the place's
 * local time, the reader's and UTC. Pure; zone data from the platform
 * (journey/time.ts).
 */
import type { TimeQualifier } from '../../journey/schema.ts';
import { zoneAbbreviation, zoneOffsetMinutes } from '../../journey/time.ts';

/** What the form holds for one time. */
export interface TimeParts {
  /** YYYY-MM-DD, or '' when not written yet. */
  readonly date: string;
  /** HH:MM, or '' (a date alone). */
  readonly clock: string;
  readonly qualifier: TimeQualifier;
  /** The IANA zone the clock time is in (usually the place's); 'UTC' writes Z. */
  readonly zone: string;
  /** For `between`: the latest clock time, HH:MM on the same day. */
  readonly untilClock?: string;
}

/** Qualifiers that take no clock time. */
export const DATE_ONLY_QUALIFIERS: readonly TimeQualifier[] = ['date', 'unknown'];

/** `+03:00` for 180 minutes east of UTC, `-05:00` for 300 west. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * The offset a zone has at a local wall-clock time (daylight saving time
 * included), as the validator expects it to be written.
 *
 * @example offsetAt('Europe/Moscow', '2025-12-02', '13:46') // '+03:00'
 */
export function offsetAt(zone: string, date: string, clock: string): string {
  if (zone === 'UTC' || zone === 'Etc/UTC') return 'Z';
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [h, min] = clock.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, m - 1, d, h, min);
  // The offset at the guess, then at the instant it gives (a change of offset near the time).
  const first = zoneOffsetMinutes(zone, wall);
  const offset = zoneOffsetMinutes(zone, wall - first * 60_000);
  return formatOffset(offset);
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const CLOCK = /^\d{2}:\d{2}$/;

/**
 * The `at` (and `until`) a form's parts write, or why they can't yet.
 *
 * @example composeTime({ date: '2025-12-02', clock: '13:46', qualifier: 'exact', zone: 'Europe/Moscow' }) // { at: '2025-12-02T13:46:00+03:00' }
 * @example composeTime({ date: '2025-12-02', clock: '', qualifier: 'date', zone: 'Europe/Moscow' }) // { at: '2025-12-02' }
 */
export function composeTime(parts: TimeParts): { at: string; until?: string } | { error: string } {
  if (!DATE.test(parts.date)) return { error: 'Choose the day' };
  if (DATE_ONLY_QUALIFIERS.includes(parts.qualifier)) return { at: parts.date };
  if (!CLOCK.test(parts.clock)) return { error: 'Write the time (HH:MM), or choose "only the day is known"' };
  if (!parts.zone) return { error: 'Choose the time zone the time is given in' };
  let offset: string;
  try {
    offset = offsetAt(parts.zone, parts.date, parts.clock);
  } catch {
    return { error: `"${parts.zone}" is not a time zone this browser knows` };
  }
  const at = `${parts.date}T${parts.clock}:00${offset}`;
  if (parts.qualifier !== 'between') return { at };
  if (!parts.untilClock || !CLOCK.test(parts.untilClock)) return { error: 'Write the latest time too (HH:MM)' };
  return { at, until: `${parts.date}T${parts.untilClock}:00${offsetAt(parts.zone, parts.date, parts.untilClock)}` };
}

/**
 * A form's parts read back from a journey time: the day and clock as
 * written, in `placeZone` when the offset is that zone's there, 'UTC' for
 * Z, else the place's zone still (the offset written is then wrong, and the
 * validator says so).
 */
export function splitTime(at: string, qualifier: TimeQualifier, placeZone: string, until?: string): TimeParts {
  const date = at.slice(0, 10);
  const clock = at.length > 10 ? at.slice(11, 16) : '';
  const zone = at.endsWith('Z') ? 'UTC' : placeZone || 'UTC';
  const untilClock = until ? until.slice(11, 16) : undefined;
  return untilClock ? { date, clock, qualifier, zone, untilClock } : { date, clock, qualifier, zone };
}

/** The same moment in three zones, for the form to show beside the input. */
export interface TimeReadout {
  readonly local: string;
  readonly reader: string;
  readonly utc: string;
}

const clockIn = (instant: number, zone: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: zone, day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant);

/**
 * A written time shown at the place, for the reader (the browser's zone) and
 * in UTC; undefined for a date alone or a time that doesn't parse.
 *
 * @example readout('2025-12-02T13:46:00+03:00', 'Europe/Moscow', 'America/New_York')?.utc // '2 Dec, 10:46 UTC'
 */
export function readout(at: string, placeZone: string, readerZone: string): TimeReadout | undefined {
  if (at.length <= 10) return undefined;
  const instant = Date.parse(at);
  if (Number.isNaN(instant)) return undefined;
  const zone = placeZone || 'UTC';
  let local: string;
  try {
    local = `${clockIn(instant, zone)} ${zoneAbbreviation(zone, instant)}`;
  } catch {
    local = 'unknown zone';
  }
  return { local, reader: `${clockIn(instant, readerZone)} ${zoneAbbreviation(readerZone, instant)}`, utc: `${clockIn(instant, 'UTC')} UTC` };
}
