/**
 * Journey times: what an uncertain time stands for, and the words a reader
 * understands ("about 16:30 Moscow time (MSK)").
 *
 * The one rule (documented in data/journeys/README.md, "What a time stands
 * for"), used by the validator, the engine and the UI alike:
 * - exact, about, after, before: the written instant itself (an "after 17:00"
 *   is placed at 17:00; the qualifier says it may be later);
 * - a date alone (qualifier "date", or "unknown" with a date): the whole
 *   local day in the place's zone (UTC when no zone is given), see `dayOf`.
 *   Where one instant is needed (to order events, to place them on the time
 *   track), it is the middle of the part of that day that the file's order
 *   leaves free: after the event written just before it, before the next
 *   timed event written after it (`storyStarts`); a leg's date-only arrival
 *   comes after its departure and by the traveller's first event there
 *   (`legInstants`). So events known only to the day keep their order in the
 *   file within that day, and no invented clock time reorders them. That
 *   instant is never shown as a clock time.
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

/** The first instant of a calendar day in a zone (its local midnight). */
function localMidnight(y: number, m: number, d: number, timeZone: string): number {
  const utc = Date.UTC(y, m - 1, d);
  // Twice: the offset at the guess, then at the local midnight itself (a DST change near midnight).
  const guess = utc - zoneOffsetMinutes(timeZone, utc) * 60_000;
  return utc - zoneOffsetMinutes(timeZone, guess) * 60_000;
}

/** A span of time, [from, to) in ms since the epoch. */
export interface TimeSpan {
  readonly from: number;
  readonly to: number;
}

/** True when the time is written as a date alone ("2025-12-02"): it stands for that local day. */
export function isDateOnly(time: Pick<JourneyTime, 'at'>): boolean {
  return DATE_ONLY.test(time.at);
}

/**
 * The local day a date-only time stands for, in the place's zone; undefined
 * for a time with a clock time, or a date that doesn't exist.
 *
 * @example dayOf({ at: '2025-12-02', qualifier: 'date' }, 'Europe/Moscow')
 * // { from: Date.UTC(2025, 11, 1, 21), to: Date.UTC(2025, 11, 2, 21) }
 */
export function dayOf(time: Pick<JourneyTime, 'at'>, timeZone = 'UTC'): TimeSpan | undefined {
  const dateOnly = DATE_ONLY.exec(time.at);
  if (!dateOnly) return undefined;
  const [, y, m, d] = dateOnly.map(Number) as [number, number, number, number];
  if (new Date(Date.UTC(y, m - 1, d)).getUTCDate() !== d) return undefined; // 2025-02-30 and friends
  return { from: localMidnight(y, m, d, timeZone), to: localMidnight(y, m, d + 1, timeZone) };
}

/** What the file's order says around a date-only time: it comes after `after` and before `before` (ms), where those fall in its day. */
export interface TimeContext {
  readonly after?: number;
  readonly before?: number;
}

/**
 * The instant that stands for a journey time, in ms since the epoch, or NaN
 * if the text is not a real date. A time with a clock time is that instant;
 * a date alone is the middle of the part of its local day that lies between
 * `context.after` and `context.before` (each ignored when outside the day),
 * so the whole day without context.
 *
 * @param time A validated journey time.
 * @param timeZone The place's IANA zone, used for dates without a clock time.
 * @param context Neighbours in the file's order (see `storyStarts`, `legInstants`).
 * @example instantOf({ at: '2025-12-02T16:30:00+03:00', qualifier: 'about' }) // Date.UTC(2025, 11, 2, 13, 30)
 * @example instantOf({ at: '2025-12-02', qualifier: 'date' }, 'Europe/Moscow', { after: Date.UTC(2025, 11, 2, 1) }) // Date.UTC(2025, 11, 2, 11)
 */
export function instantOf(time: Pick<JourneyTime, 'at'>, timeZone = 'UTC', context: TimeContext = {}): number {
  if (!isDateOnly(time)) return Date.parse(time.at);
  const day = dayOf(time, timeZone);
  if (!day) return Number.NaN;
  const { after = Number.NaN, before = Number.NaN } = context;
  const lo = after >= day.from && after < day.to ? after : day.from;
  const hi = before > lo && before <= day.to ? before : day.to;
  // On a whole minute, the resolution of the story's times, and strictly inside (lo, hi) where there is room.
  const mid = Math.round((lo + hi) / 120_000) * 60_000;
  return hi - lo >= 120_000 ? Math.min(Math.max(mid, lo + 60_000), hi - 60_000) : lo;
}

/**
 * The instants that stand for events' starts, in file order (the rule
 * above): a timed start is its instant; a date-only start sits after the
 * event written just before it and before the next timed event written
 * after it, where those fall in its local day. Sorting by these instants,
 * then by file order, is the story's order. Linear in the number of events.
 *
 * @param items Each event's start and its place's zone, in file order.
 * @example storyStarts([{ start: { at: '2025-12-02T10:00:00Z', qualifier: 'exact' }, timeZone: 'UTC' }, { start: { at: '2025-12-02', qualifier: 'date' }, timeZone: 'UTC' }])
 * // [Date.UTC(2025, 11, 2, 10), Date.UTC(2025, 11, 2, 17)]
 */
export function storyStarts(items: readonly { readonly start: Pick<JourneyTime, 'at'>; readonly timeZone: string }[]): number[] {
  const nextTimed: number[] = new Array<number>(items.length);
  let next = Number.NaN;
  for (let i = items.length - 1; i >= 0; i--) {
    nextTimed[i] = next;
    const item = items[i]!;
    if (!isDateOnly(item.start)) {
      const t = instantOf(item.start);
      if (Number.isFinite(t)) next = t;
    }
  }
  let previous = Number.NaN;
  return items.map((item, i) => {
    const t = instantOf(item.start, item.timeZone, { after: previous, before: nextTimed[i] });
    if (Number.isFinite(t)) previous = t;
    return t;
  });
}

/**
 * A leg's departure and arrival instants (the rule above): a date-only
 * departure comes before a timed arrival; a date-only arrival comes after
 * the departure, and by `arrivedBy` (the traveller's first event at the
 * destination), where those fall in its day. So a leg never ends before it
 * starts unless the file says so, which the validator reports.
 *
 * @example legInstants({ at: '2025-12-03T02:03:00+03:00', qualifier: 'about' }, 'Europe/Moscow', { at: '2025-12-03', qualifier: 'unknown' }, 'America/New_York')
 * // [Date.UTC(2025, 11, 2, 23, 3), Date.UTC(2025, 11, 3, 17)]
 */
export function legInstants(
  depart: Pick<JourneyTime, 'at'>,
  departZone: string,
  arrive: Pick<JourneyTime, 'at'>,
  arriveZone: string,
  arrivedBy?: number,
): [number, number] {
  const from = instantOf(depart, departZone, { before: isDateOnly(arrive) ? undefined : instantOf(arrive) });
  return [from, instantOf(arrive, arriveZone, { after: from, before: arrivedBy })];
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
  /** The same instant in another zone, named as the display zone is ("about 05:46 your time (EST)", "17:30 Apia time (UTC+13)"), or undefined for date-only times. */
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
 * @param secondLocality What the second zone is called after, as `locality` is for the display zone: "your" (the default) for the reader's zone, the place's town for the place's.
 * @param locality What the display zone is called after: the place's town (`placeLocality`), or "your" for the reader's zone; the zone's own city by default.
 * @example formatTime({ at: '2025-12-02T16:30:00+03:00', qualifier: 'about' }, 'Europe/Moscow').full
 * // '2 December 2025, about 16:30 Moscow time (MSK)'
 */
export function formatTime(
  time: JourneyTime,
  placeZone: string,
  secondZone?: string,
  locale = 'en-GB',
  displayZone = placeZone,
  secondLocality: string | undefined = 'your',
  locality?: string,
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
  const text = `${qualifier}${clock(displayZone)}${upTo(displayZone)} ${zoneName(displayZone, instant, locality)}`;
  let elsewhere: string | undefined;
  if (secondZone && secondZone !== displayZone) {
    const day = (zone: string) => formatter(locale, zone, 'shortDay').format(instant);
    const otherDay = day(secondZone) === day(displayZone) ? '' : ` on ${day(secondZone)}`;
    // Named for the place, or for the reader, as the display zone is: never "GMT+13 local time".
    elsewhere = `${QUALIFIER_WORDS[time.qualifier]}${clock(secondZone)}${upTo(secondZone)} ${zoneName(secondZone, instant, secondLocality)}${otherDay}`;
  }
  return { date, time: text, full: `${date}, ${text}`, elsewhere, datetime: new Date(instant).toISOString() };
}

/**
 * The day a journey time falls on, short ("2 Dec"), as the card reads it: a
 * date alone is the place's day, whatever the zone shown; a time with a
 * clock time is the day in the zone shown.
 *
 * @example shortDayOf({ at: '2025-12-02T23:30:00-05:00', qualifier: 'exact' }, 'America/New_York', 'UTC') // '3 Dec'
 */
export function shortDayOf(time: JourneyTime, placeZone: string, displayZone = placeZone, locale = 'en-GB'): string {
  const instant = instantOf(time, placeZone);
  return formatter(locale, hasClockTime(time) ? displayZone : placeZone, 'shortDay').format(instant);
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
 * What a zone is called at an instant, named for the place: "Geneva time
 * (CET)", "Moscow time (MSK)", "Magadan time (UTC+11)"; "UTC" for UTC. The
 * cards, the itinerary and the slider's readout all use it.
 *
 * @param locality The place's town or city (`placeLocality`), or "your" for the reader's zone; the zone's own city by default.
 * @example zoneName('Europe/Zurich', Date.UTC(2025, 10, 23), 'Geneva') // 'Geneva time (CET)'
 */
export function zoneName(timeZone: string, epochMs: number, locality?: string): string {
  const city = zoneCity(timeZone);
  if (city === 'UTC') return 'UTC';
  const short = zoneAbbreviation(timeZone, epochMs).replace(/^GMT(?=[+-])/, 'UTC').replace('-', '−');
  if (short === city) return short;
  return `${locality ?? city} time (${short})`;
}

/**
 * The town or city a place's zone is named after, from the place itself:
 * the zone's city when the place's English name mentions it ("Moscow
 * Kremlin"); a city-sized place's own name ("Kyiv", "Washington" from
 * "Washington, D.C."); else the part of the name after its first comma
 * ("Geneva" from "US Permanent Mission, Geneva (Chambésy)"). Undefined when
 * the name says none (then the zone's city is used).
 */
export function placeLocality(place: { readonly names: { readonly en: string }; readonly precision?: string; readonly timeZone: string }): string | undefined {
  const name = place.names.en.replace(/\s*\([^)]*\)/g, '');
  const city = zoneCity(place.timeZone);
  if (name.includes(city)) return city;
  const parts = name.split(',').map((part) => part.trim()).filter(Boolean);
  if (place.precision === 'city') return parts[0];
  return parts[1];
}

/** What the slider's readout needs to know about the event the time sits on. */
export interface MomentEvent {
  readonly time: JourneyTime;
  /** The place's zone. */
  readonly timeZone: string;
  readonly locality?: string;
}

/**
 * A moment on the time track as a person would say it, never more precisely
 * than the journey knows it:
 * - on an event's start, that event's time with its qualifier: "2 December
 *   2025, about 13:46 Moscow time (MSK), about 10:46 UTC", or its day alone:
 *   "2 December 2025 (time not known)";
 * - between two events known only to the day (`dayOnly`), the day alone;
 * - else the instant: "2 December 2025, 16:30 Moscow time (MSK), 13:30 UTC".
 *
 * @param displayZone The zone the reader reads times in.
 * @param locality What the display zone is called after: the place's locality, or "your".
 * @example describeMoment(Date.UTC(2025, 11, 2, 13, 30), 'Europe/Moscow', { locality: 'Moscow' })
 */
export function describeMoment(
  epochMs: number,
  displayZone: string,
  options: { readonly locality?: string; readonly event?: MomentEvent; readonly dayOnly?: boolean; readonly locale?: string } = {},
): string {
  const { locality, event, dayOnly = false, locale = 'en-GB' } = options;
  if (event) {
    const shown = formatTime(event.time, event.timeZone, undefined, locale, displayZone, undefined, displayZone === event.timeZone && locality !== 'your' ? event.locality : locality);
    if (!hasClockTime(event.time) || displayZone === 'UTC') return shown.full;
    const utc = formatTime(event.time, event.timeZone, undefined, locale, 'UTC');
    return `${shown.full}, ${utc.date === shown.date ? utc.time : utc.full}`;
  }
  const date = formatter(locale, displayZone, 'longDate').format(epochMs);
  if (dayOnly) return date;
  const clock = (zone: string) => formatter(locale, zone, 'clock').format(epochMs);
  const name = zoneName(displayZone, epochMs, locality);
  if (name === 'UTC') return `${date}, ${clock('UTC')} UTC`;
  const utcDay = formatter(locale, 'UTC', 'dayMonth').format(epochMs);
  const localDay = formatter(locale, displayZone, 'dayMonth').format(epochMs);
  const utc = utcDay === localDay ? `${clock('UTC')} UTC` : `${clock('UTC')} UTC, ${utcDay}`;
  return `${date}, ${clock(displayZone)} ${name}, ${utc}`;
}
