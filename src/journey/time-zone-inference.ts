/**
 * The time zone of every place: the one the file gives, or one inferred for
 * a place that leaves it out, without a time zone boundary database (which
 * would weigh megabytes).
 *
 * The rule, in order:
 * 1. **A nearby place.** The zone of the closest other place in the same
 *    journey that gives its zone explicitly and lies within
 *    {@link NEARBY_KM} km (anchor to anchor: a point, or the centre of an
 *    outline). Time zone borders are rarely that close to two places of one
 *    story, and the validator's warning names the zone so the author can
 *    check. Inferred zones are never used to infer others.
 * 2. **The offsets written at the place.** When every time at the place
 *    (events there, legs leaving from it, legs arriving at it) has the same
 *    UTC offset in whole hours, the fixed-offset zone for it: `+03:00` gives
 *    `Etc/GMT-3` (the IANA sign is inverted), `Z` or `+00:00` gives `UTC`.
 *    A fixed offset knows nothing of daylight saving time, so this is a
 *    fallback.
 * 3. Otherwise nothing: the validator reports an error.
 */
import { bbox, distance } from '@turf/turf';
import type { Position } from 'geojson';
import { problem, type Problem } from './problem.ts';
import { DATETIME_PATTERN, type JourneyEvent, type LegFeature, type PlaceInput } from './schema.ts';

/** How far a place with a zone may be from one without, to lend it its zone. */
export const NEARBY_KM = 50;

/** A place that gives its zone explicitly. */
export interface ZonedPlace {
  readonly id: string;
  readonly anchor: Position | undefined;
  readonly timeZone: string;
}

export type ZoneInference =
  | { readonly ok: true; readonly timeZone: string; readonly from: 'nearby'; readonly place: string; readonly km: number }
  | { readonly ok: true; readonly timeZone: string; readonly from: 'offset'; readonly offset: string }
  /** `reason` says in plain language why no zone could be inferred. */
  | { readonly ok: false; readonly reason: string };

/**
 * Where a place is, for distances: its point, or the centre of its outline's
 * bounding box (the same anchor the map uses); undefined without geometry.
 */
export function anchorOf(geometry: PlaceInput['geometry']): Position | undefined {
  if (!geometry) return undefined;
  if (geometry.type === 'Point') return geometry.coordinates;
  const [w, s, e, n] = bbox(geometry);
  return [(w + e) / 2, (s + n) / 2];
}

/**
 * The IANA zone for a fixed UTC offset in whole hours, or undefined.
 *
 * @example fixedOffsetZone('+03:00') // 'Etc/GMT-3'
 * @example fixedOffsetZone('Z') // 'UTC'
 * @example fixedOffsetZone('+05:30') // undefined: no Etc zone has half hours
 */
export function fixedOffsetZone(offset: string): string | undefined {
  if (offset === 'Z') return 'UTC';
  const match = /^([+-])(\d{2}):(\d{2})$/.exec(offset);
  if (!match || match[3] !== '00') return undefined;
  const hours = Number(match[2]);
  if (hours === 0) return 'UTC';
  const east = match[1] === '+';
  if ((east && hours > 14) || (!east && hours > 12)) return undefined;
  return `Etc/GMT${east ? '-' : '+'}${hours}`;
}

/** "+03:00" from "2025-12-02T16:30:00+03:00", "+00:00" for "Z"; undefined for a date alone. */
export function offsetOf(at: string): string | undefined {
  const match = /T.*(Z|[+-]\d{2}:\d{2})$/.exec(at);
  if (!match) return undefined;
  return match[1] === 'Z' || match[1] === '-00:00' ? '+00:00' : match[1];
}

/**
 * Infers a place's time zone by the rule in this module's description.
 *
 * @param anchor Where the place is, from `anchorOf`.
 * @param zoned The journey's places that give their zone explicitly.
 * @param times The `at` of every time written at this place.
 * @example inferTimeZone([37.62, 55.75], [{ id: 'kremlin', anchor: [37.6178, 55.7517], timeZone: 'Europe/Moscow' }], [])
 * // { ok: true, timeZone: 'Europe/Moscow', from: 'nearby', place: 'kremlin', km: 0 }
 */
export function inferTimeZone(anchor: Position | undefined, zoned: readonly ZonedPlace[], times: readonly string[]): ZoneInference {
  if (anchor) {
    let best: { place: ZonedPlace; km: number } | undefined;
    const [, lat] = anchor as [number, number];
    for (const place of zoned) {
      // A degree of latitude is 111 km everywhere: a cheap test before the real distance.
      if (!place.anchor || Math.abs((place.anchor[1] as number) - lat) * 111 > NEARBY_KM) continue;
      const km = distance(anchor, place.anchor, { units: 'kilometers' });
      if (km <= NEARBY_KM && (!best || km < best.km)) best = { place, km };
    }
    if (best) return { ok: true, timeZone: best.place.timeZone, from: 'nearby', place: best.place.id, km: Math.round(best.km) };
  }
  const offsets = [...new Set(times.map(offsetOf).filter((o) => o !== undefined))];
  const nearby = anchor ? `No place within ${NEARBY_KM} km gives its time zone` : 'The place has no position to look for nearby places from';
  if (offsets.length === 0) return { ok: false, reason: `${nearby}, and no time at this place has a UTC offset to go by.` };
  if (offsets.length > 1) {
    return { ok: false, reason: `${nearby}, and the times at this place have different UTC offsets (${offsets.join(', ')}), so no fixed offset fits.` };
  }
  const offset = offsets[0]!;
  const timeZone = fixedOffsetZone(offset);
  if (!timeZone) return { ok: false, reason: `${nearby}, and the UTC offset of its times (${offset}) is not a whole number of hours.` };
  return { ok: true, timeZone, from: 'offset', offset };
}

// Creating an Intl.DateTimeFormat is slow (tens of µs), and a file names few zones many times.
const zoneValidity = new Map<string, boolean>();
/** True when the platform knows the IANA zone (names are case-insensitive). */
export function isValidTimeZone(zone: string): boolean {
  let valid = zoneValidity.get(zone);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      valid = true;
    } catch {
      valid = false;
    }
    if (zoneValidity.size > 1000) zoneValidity.clear();
    zoneValidity.set(zone, valid);
  }
  return valid;
}

/**
 * Every place's zone: the one it gives, else one inferred (a warning), else
 * none (an error). A place whose given zone is not a real zone gets no zone
 * here (the validator reports it).
 *
 * @param features The journey's features that parsed, at their indexes in the file (`undefined` for the others).
 * @param events The events that parsed, likewise.
 * @returns Zones by place id, and a warning or error for each place that gives none.
 */
export function resolveTimeZones(
  features: readonly (PlaceInput | LegFeature | undefined)[],
  events: readonly (JourneyEvent | undefined)[],
): { zones: Map<string, string>; problems: Problem[] } {
  const problems: Problem[] = [];
  const places = features.flatMap((f, index) => (f?.properties.kind === 'place' ? [{ place: f as PlaceInput, index }] : []));
  const zones = new Map<string, string>();
  const zoned: ZonedPlace[] = [];
  for (const { place } of places) {
    const zone = place.properties.timeZone;
    if (zone !== undefined && isValidTimeZone(zone)) {
      zones.set(place.id, zone);
      zoned.push({ id: place.id, anchor: anchorOf(place.geometry), timeZone: zone });
    }
  }
  // The times written at each place, indexed once: events there, legs leaving from it and arriving at it.
  const times = new Map<string, string[]>();
  const note = (placeId: string, at: string) => {
    if (!DATETIME_PATTERN.test(at)) return;
    const list = times.get(placeId);
    if (list) list.push(at);
    else times.set(placeId, [at]);
  };
  for (const e of events) {
    if (!e) continue;
    note(e.place, e.start.at);
    if (e.end) note(e.place, e.end.at);
  }
  for (const f of features) {
    if (f?.properties.kind !== 'leg') continue;
    const leg = f as LegFeature;
    note(leg.properties.from, leg.properties.depart.at);
    note(leg.properties.to, leg.properties.arrive.at);
  }

  // Readers are told a place's name, not its id: looked up once, not searched for each inferred place.
  const names = new Map(places.map(({ place }) => [place.id, place.properties.names?.en ?? place.id]));
  const nameOf = (id: string) => names.get(id) ?? id;
  for (const { place, index } of places) {
    if (place.properties.timeZone !== undefined) continue;
    const parts = ['features', index, 'properties', 'timeZone'];
    const inferred = inferTimeZone(anchorOf(place.geometry), zoned, times.get(place.id) ?? []);
    if (!inferred.ok) {
      problems.push(
        problem('error', parts, `Place "${place.id}" has no time zone, and none could be inferred`, `${inferred.reason} Add "timeZone" with its IANA name, e.g. "Europe/Moscow".`),
      );
      continue;
    }
    zones.set(place.id, inferred.timeZone);
    if (inferred.from === 'nearby') {
      problems.push({
        ...problem(
          'warning',
          parts,
          `Place "${place.id}" has no time zone; using "${inferred.timeZone}", the zone of "${inferred.place}" ${inferred.km} km away`,
          `If that is right, add "timeZone": "${inferred.timeZone}" to the place to make it explicit.`,
        ),
        reader: `Times at ${place.properties.names?.en ?? place.id} are shown in the time zone of ${nameOf(inferred.place)}, ${inferred.km} km away: the journey does not give one for it.`,
      });
    } else {
      problems.push({
        ...problem(
          'warning',
          parts,
          `Place "${place.id}" has no time zone; using "${inferred.timeZone}" (UTC${inferred.offset}, with no daylight saving), from the UTC offset of the times at this place`,
          'A fixed offset ignores daylight saving time. Add the place\'s IANA zone, e.g. "Europe/Moscow".',
        ),
        reader: `Times at ${place.properties.names?.en ?? place.id} are shown at UTC${inferred.offset}, as written: the journey gives no time zone for it, so daylight saving time is not applied.`,
      });
    }
  }
  return { zones, problems };
}
