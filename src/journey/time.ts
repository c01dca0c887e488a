/**
 * Journey times: turning a qualified ISO 8601 time into an instant, and into
 * words a reader understands ("about 16:30 MSK").
 *
 * Representative instants, used to order and place uncertain times:
 * - exact, about, after, before: the written instant itself (an "after 17:00"
 *   is placed at 17:00; the qualifier says it may be later);
 * - date, or unknown with a date alone: 12:00 on that day in the place's
 *   time zone (UTC when no zone is given), the middle of the day.
 */
import type { JourneyTime, TimeQualifier } from './schema.ts';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

const SHAPES = {
  offset: { timeZoneName: 'longOffset' },
  zoneName: { timeZoneName: 'short' },
  longDate: { day: 'numeric', month: 'long', year: 'numeric' },
  dayMonth: { day: 'numeric', month: 'long' },
  shortDay: { day: 'numeric', month: 'short' },
  clock: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  isoDay: { year: 'numeric', month: '2-digit', day: '2-digit' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

// Building an Intl.DateTimeFormat costs far more than using one (tens of
// microseconds against one or two), and a journey asks for the same few
// zones and shapes thousands of times. So each is built once.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** A shared formatter for a locale, a zone and a shape. */
function formatter(locale: string, timeZone: string, shape: keyof typeof SHAPES): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${shape}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { timeZone, ...SHAPES[shape] });
    formatters.set(key, f);
  }
  return f;
}

/**
 * Minutes east of UTC for a time zone at an instant, from the platform's
 * time zone data.
 *
 * @example zoneOffsetMinutes('Europe/Moscow', Date.UTC(2025, 11, 2)) // 180
 */
export function zoneOffsetMinutes(timeZone: string, epochMs: number): number {
  const name = formatter('en-GB', timeZone, 'offset')
    .formatToParts(epochMs)
    .find((p) => p.type === 'timeZoneName')?.value;
  const match = name?.match(/GMT([+-])(\d{2}):(\d{2})/);
  if (!match) return 0; // "GMT" alone means UTC+0
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/**
 * The representative instant of a journey time, in ms since the epoch, or NaN
 * if the text is not a real date.
 *
 * @param time A validated journey time.
 * @param timeZone The place's IANA zone, used for dates without a clock time.
 * @example instantOf({ at: '2025-12-02T16:30:00+03:00', qualifier: 'about' }) // Date.UTC(2025, 11, 2, 13, 30)
 */
export function instantOf(time: Pick<JourneyTime, 'at'>, timeZone = 'UTC'): number {
  const dateOnly = DATE_ONLY.exec(time.at);
  if (!dateOnly) return Date.parse(time.at);
  const [, y, m, d] = dateOnly.map(Number) as [number, number, number, number];
  const noonUtc = Date.UTC(y, m - 1, d, 12);
  if (new Date(noonUtc).getUTCDate() !== d) return Number.NaN; // 2025-02-30 and friends
  return noonUtc - zoneOffsetMinutes(timeZone, noonUtc) * 60_000;
}

/** True when the time carries a clock time, not just a day. */
export function hasClockTime(time: JourneyTime): boolean {
  return !DATE_ONLY.test(time.at) && time.qualifier !== 'date';
}

// Intl often gives "GMT+3" where readers know a name. Only well-established
// abbreviations go here.
const ZONE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  'Europe/Moscow': 'MSK',
  UTC: 'UTC',
  'Etc/UTC': 'UTC',
};

/**
 * A short name for a zone at an instant: MSK, EET, CET, EST, GMT, or GMT+3.
 *
 * @example zoneAbbreviation('Europe/Kyiv', Date.UTC(2025, 11, 2)) // 'EET'
 */
export function zoneAbbreviation(timeZone: string, epochMs: number): string {
  const known = ZONE_ABBREVIATIONS[timeZone];
  if (known) return known;
  let fallback = '';
  for (const locale of ['en-GB', 'en-US']) {
    const name = formatter(locale, timeZone, 'zoneName')
      .formatToParts(epochMs)
      .find((p) => p.type === 'timeZoneName')?.value;
    if (!name) continue;
    if (!/^GMT[+-]/.test(name)) return name;
    fallback ||= name;
  }
  return fallback || timeZone;
}

const QUALIFIER_WORDS: Readonly<Record<TimeQualifier, string>> = {
  exact: '',
  about: 'about ',
  after: 'after ',
  before: 'before ',
  between: 'between ',
  date: '',
  unknown: '',
};

export interface FormattedTime {
  /** The day in the place's zone: "2 December 2025". */
  readonly date: string;
  /** The clock time with its qualifier and zone: "about 16:30 MSK", or "time not known". */
  readonly time: string;
  /** Both: "2 December 2025, about 16:30 MSK". */
  readonly full: string;
  /** The same instant in another zone (the reader's), or undefined for date-only times. */
  readonly elsewhere?: string;
  /** A machine-readable value for `<time datetime>`. */
  readonly datetime: string;
}

/**
 * Formats a journey time for a reader.
 *
 * @param time The journey time.
 * @param placeZone The IANA zone of the place where it happens.
 * @param secondZone Another zone to give the same instant in (the reader's, or the place's when displaying another zone).
 * @param locale The display locale.
 * @param displayZone The zone to show the time in; the place's by default.
 * @param secondLabel What the second zone is, for the reader: "in your time", "local time".
 * @example formatTime({ at: '2025-12-02T16:30:00+03:00', qualifier: 'about' }, 'Europe/Moscow').full
 * // '2 December 2025, about 16:30 MSK'
 */
export function formatTime(
  time: JourneyTime,
  placeZone: string,
  secondZone?: string,
  locale = 'en-GB',
  displayZone = placeZone,
  secondLabel = 'in your time',
): FormattedTime {
  const instant = instantOf(time, placeZone);
  if (!hasClockTime(time)) {
    // A day without a clock time belongs to the place: it is not converted.
    const date = formatter(locale, placeZone, 'longDate').format(instant);
    const words = time.qualifier === 'unknown' ? 'time not known' : 'time of day not known';
    return { date, time: words, full: `${date} (${words})`, datetime: time.at.slice(0, 10) };
  }
  const date = formatter(locale, displayZone, 'longDate').format(instant);
  const clock = (zone: string) => formatter(locale, zone, 'clock').format(instant);
  const qualifier = time.qualifier === 'unknown' ? 'time uncertain, placed at ' : QUALIFIER_WORDS[time.qualifier];
  // "between 14:06 and 16:30": the span from `at` to `until`.
  const until = time.qualifier === 'between' && time.until ? Date.parse(time.until) : Number.NaN;
  const upTo = (zone: string) => (Number.isNaN(until) ? '' : ` and ${formatter(locale, zone, 'clock').format(until)}`);
  const text = `${qualifier}${clock(displayZone)}${upTo(displayZone)} ${zoneAbbreviation(displayZone, instant)}`;
  let elsewhere: string | undefined;
  if (secondZone && secondZone !== displayZone) {
    const day = (zone: string) => formatter(locale, zone, 'shortDay').format(instant);
    const otherDay = day(secondZone) === day(displayZone) ? '' : ` (${day(secondZone)})`;
    elsewhere = `${QUALIFIER_WORDS[time.qualifier]}${clock(secondZone)}${upTo(secondZone)} ${zoneAbbreviation(secondZone, instant)}${otherDay} ${secondLabel}`;
  }
  return { date, time: text, full: `${date}, ${text}`, elsewhere, datetime: new Date(instant).toISOString() };
}

/**
 * A calendar day as words: "2 December 2025" from "2025-12-02".
 *
 * @example formatDay('2025-12-02') // '2 December 2025'
 */
export function formatDay(isoDay: string, locale = 'en-GB'): string {
  return formatter(locale, 'UTC', 'longDate').format(Date.parse(isoDay));
}

/**
 * The city a zone is named for, as readers say it: "Moscow" for
 * Europe/Moscow, "New York" for America/New_York; "UTC" for UTC.
 */
export function zoneCity(timeZone: string): string {
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return 'UTC';
  // IANA's fixed-offset zones invert the sign: Etc/GMT-3 is UTC+3.
  const fixed = /^Etc\/GMT([+-])(\d{1,2})$/.exec(timeZone);
  if (fixed) return `UTC${fixed[1] === '-' ? '+' : '−'}${fixed[2]}`;
  return (timeZone.split('/').pop() ?? timeZone).replace(/_/g, ' ');
}

/**
 * An instant as a person would say it, in a place's zone and in UTC:
 * "2 December 2025, 16:30 Moscow time (13:30 UTC)".
 *
 * @example describeInstant(Date.UTC(2025, 11, 2, 13, 30), 'Europe/Moscow')
 */
export function describeInstant(epochMs: number, timeZone: string, locale = 'en-GB'): string {
  const date = formatter(locale, timeZone, 'longDate').format(epochMs);
  const clock = (zone: string) => formatter(locale, zone, 'clock').format(epochMs);
  const city = zoneCity(timeZone);
  if (city === 'UTC') return `${date}, ${clock('UTC')} UTC`;
  const utcDay = formatter(locale, 'UTC', 'dayMonth').format(epochMs);
  const localDay = formatter(locale, timeZone, 'dayMonth').format(epochMs);
  const utc = utcDay === localDay ? `${clock('UTC')} UTC` : `${clock('UTC')} UTC, ${utcDay}`;
  return `${date}, ${clock(timeZone)} ${city} time (${utc})`;
}

/**
 * The local midnights between two instants in a zone, for day labels on a
 * time track.
 *
 * @example localMidnights(Date.UTC(2025, 11, 1, 12), Date.UTC(2025, 11, 3), 'Europe/Moscow')
 * // [the instants of 2 Dec 00:00 MSK and 3 Dec 00:00 MSK]
 */
export function localMidnights(start: number, end: number, timeZone: string): number[] {
  const out: number[] = [];
  const parts = (t: number) => {
    const p = formatter('en-CA', timeZone, 'isoDay').formatToParts(t);
    const get = (type: string) => Number(p.find((x) => x.type === type)?.value);
    return [get('year'), get('month'), get('day')] as const;
  };
  let [y, m, d] = parts(start);
  for (let guard = 0; guard < 400; guard++) {
    const utcMidnight = Date.UTC(y, m - 1, d + 1);
    const midnight = utcMidnight - zoneOffsetMinutes(timeZone, utcMidnight) * 60_000;
    if (midnight > end) break;
    if (midnight > start) out.push(midnight);
    const next = new Date(utcMidnight);
    [y, m, d] = [next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()];
  }
  return out;
}
