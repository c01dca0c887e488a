/**
 * Hints for validation problems: the likely fix, in plain language. Pure
 * functions; the validator decides when to ask for one.
 */
import { zoneOffsetMinutes } from './time.ts';

/**
 * The Levenshtein edit distance: how many single-character insertions,
 * deletions or substitutions turn one string into the other.
 *
 * @example levenshtein('kremlin-senat', 'kremlin-senate') // 1
 */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The candidate closest to `value`, if it is close enough to be a likely typo:
 * at most a third of the value's length in edits (at least 1, at most 4).
 * Ties go to the first candidate.
 *
 * @example closestMatch('vnukova', ['vnukovo', 'kremlin']) // 'vnukovo'
 * @example closestMatch('atlantis', ['vnukovo', 'kremlin']) // undefined
 */
export function closestMatch(value: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.min(4, Math.max(1, Math.floor(value.length / 3)));
  let best: string | undefined;
  let bestDistance = Infinity;
  const folded = value.toLowerCase();
  for (const candidate of candidates) {
    // Skip candidates whose length alone rules them out: the distance is at least the length difference.
    if (Math.abs(candidate.length - value.length) > limit) continue;
    const distance = levenshtein(folded, candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return bestDistance <= limit ? best : undefined;
}

/**
 * A hint for an id that names nothing: the closest existing id, or the list
 * of ids when it is short.
 *
 * @param id The unknown id.
 * @param known The ids that exist, of the same kind.
 * @param label What they are: "place", "traveller"…
 * @example unknownIdHint('kremlin-senat', ['kremlin', 'kremlin-senate'], 'place') // 'Did you mean "kremlin-senate"?'
 */
export function unknownIdHint(id: string, known: ReadonlySet<string>, label: string): string | undefined {
  const match = closestMatch(id, known);
  if (match !== undefined) return `Did you mean "${match}"?`;
  if (known.size === 0) return `This file has no ${label}s with an id yet.`;
  if (known.size <= 8) return `The ${label} ids in this file are: ${[...known].map((k) => `"${k}"`).join(', ')}.`;
  return undefined;
}

/**
 * A hint for a position whose latitude is out of range but would be valid the
 * other way round: `[55.75, 137.62]` was probably meant as `[137.62, 55.75]`.
 *
 * @param position The position as written.
 * @example swappedPositionHint([55.75, 137.62])
 * // 'GeoJSON writes [longitude, latitude], and these look swapped. Did you mean [55.75, 137.62] → [137.62, 55.75]?'
 */
export function swappedPositionHint(position: unknown): string | undefined {
  if (!Array.isArray(position) || position.length < 2) return undefined;
  const [first, second] = position as unknown[];
  if (typeof first !== 'number' || typeof second !== 'number') return undefined;
  if (Math.abs(second) <= 90 || Math.abs(second) > 180 || Math.abs(first) > 90) return undefined;
  return `GeoJSON writes [longitude, latitude], and these look swapped. Did you mean [${first}, ${second}] → [${second}, ${first}]?`;
}

/** A date and clock time without a UTC offset. */
const LOCAL_DATETIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?$/;

/** True when `at` is a date and clock time with no UTC offset: `2025-12-02T16:30:00`. */
export function lacksOffset(at: unknown): at is string {
  return typeof at === 'string' && LOCAL_DATETIME.test(at);
}

/**
 * "+03:00" for 180 minutes east of UTC.
 *
 * @example formatOffset(-300) // '-05:00'
 */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * A hint for a time written without a UTC offset: the same time with the
 * offset the place's zone had then, or a placeholder when the zone is unknown.
 *
 * @param at The time as written, e.g. "2025-12-02T16:30:00".
 * @param timeZone The place's IANA zone, if known.
 * @example missingOffsetHint('2025-12-02T16:30:00', 'Europe/Moscow')
 * // 'Add the UTC offset the place had then (Europe/Moscow): "2025-12-02T16:30:00+03:00".'
 */
export function missingOffsetHint(at: string, timeZone?: string): string | undefined {
  const match = LOCAL_DATETIME.exec(at);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s] = match.map(Number) as number[];
  const wallClock = Date.UTC(y!, mo! - 1, d!, h!, mi!, Number.isNaN(s) ? 0 : s);
  if (timeZone !== undefined && !Number.isNaN(wallClock)) {
    // The offset at the wall-clock time read as UTC is a first guess; the offset at the instant it gives is the answer.
    const guess = zoneOffsetMinutes(timeZone, wallClock);
    const offset = zoneOffsetMinutes(timeZone, wallClock - guess * 60_000);
    return `Add the UTC offset the place had then (${timeZone}): "${at}${formatOffset(offset)}".`;
  }
  return `Add the place's UTC offset as +HH:MM or -HH:MM, e.g. "${at}+HH:MM", or "${at}Z" for UTC.`;
}

/**
 * A hint for an unknown IANA time zone: the closest real one.
 *
 * @example timeZoneHint('Europe/Moskow') // 'Did you mean "Europe/Moscow"?'
 */
export function timeZoneHint(zone: string): string {
  const supported = (Intl as { supportedValuesOf?: (key: 'timeZone') => string[] }).supportedValuesOf?.('timeZone') ?? [];
  const match = closestMatch(zone, ['UTC', ...supported]);
  return match !== undefined
    ? `Did you mean "${match}"?`
    : 'Use a name from the IANA time zone database, e.g. "Europe/Moscow" or "America/New_York".';
}
