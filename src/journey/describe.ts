/**
 * Sentences about a journey, for screen readers and announcements.
 */
import type { Journey, StoryEvent } from './model.ts';
import type { PlaceFeature } from './schema.ts';
import type { TravellerPosition } from './timeline.ts';
import { formatTime } from './time.ts';

/**
 * One sentence that sums up the journey, used as the map region's name.
 *
 * @example journeySummary(journey)
 * // 'Map of Witkoff and Kushner in Moscow: 13 events at 11 places, 23 November 2025 to 3 December 2025.'
 */
export function journeySummary(journey: Journey): string {
  const events = journey.events;
  const first = events[0];
  const last = events[events.length - 1];
  const places = new Set(events.map((e) => e.place.id)).size;
  const span =
    first && last
      ? `, ${formatTime(first.event.start, first.place.properties.timeZone).date} to ${formatTime(last.event.start, last.place.properties.timeZone).date}`
      : '';
  return `Map of ${journey.file.journey.title}: ${events.length} events at ${places} places${span}.`;
}

/** What a screen reader hears when the step changes: the title and the time. */
export function stepAnnouncement(step: StoryEvent): string {
  return `${step.event.title}. ${formatTime(step.event.start, step.place.properties.timeZone).full}.`;
}

/** A place's name without its parenthetical detail: "Hotel Metropol". */
export function shortPlaceName(place: PlaceFeature): string {
  return place.properties.names.en.replace(/\s*\(.*\)\s*$/, '');
}

/**
 * What a traveller's marker says to a screen reader:
 * "Witkoff and Kushner, between Hotel Metropol and Red Square (estimated)",
 * "Umerov, last known at Shell Bay Club; on the way to Dublin Airport,
 * position not known".
 */
export function positionLabel(name: string, position: TravellerPosition): string {
  const estimated = 'estimated' in position && position.estimated ? ' (estimated)' : '';
  switch (position.state) {
    case 'moving':
      return `${name}, between ${shortPlaceName(position.leg.from)} and ${shortPlaceName(position.leg.to)}${estimated}`;
    case 'at-place':
      if (position.place.properties.precision === 'region') return `${name}, somewhere in ${shortPlaceName(position.place)} (an area, not a point)`;
      return `${name}, ${position.known ? 'at' : 'last known at'} ${shortPlaceName(position.place)}${estimated}`;
    case 'en-route': {
      const [from, to] = [shortPlaceName(position.leg.from), shortPlaceName(position.leg.to)];
      return position.place.properties.precision === 'region' || !position.coordinates
        ? `${name}, on the way from ${from} to ${to}; position not known`
        : `${name}, last known at ${from}; on the way to ${to}, position not known`;
    }
    case 'unknown':
      return `${name}, position not known yet`;
  }
}

/** How a traveller's marker is drawn: known, estimated, or where they were last known. */
export type PositionMark = 'known' | 'estimated' | 'last-known';

/**
 * Where to draw a traveller's marker and how, or undefined when nothing
 * can be drawn as a point: their position is unknown, or they are in an
 * area (a region place) or somewhere on a leg with no clock time at one end
 * that starts in one. On such a leg they are drawn where they were last
 * known, never along it (issue 14). One function for every map.
 *
 * @example drawnPosition({ traveller: 'umerov', state: 'unknown' }) // undefined
 */
export function drawnPosition(position: TravellerPosition): { coordinates: readonly number[]; mark: PositionMark } | undefined {
  switch (position.state) {
    case 'unknown':
      return undefined;
    case 'moving':
      return { coordinates: position.coordinates, mark: position.estimated ? 'estimated' : 'known' };
    case 'en-route':
    case 'at-place': {
      if (position.place.properties.precision === 'region') return undefined;
      // Not placeAnchor (geometry.ts brings Turf into the first bundle): the engine gives the anchor.
      const anchor = position.coordinates;
      if (!anchor) return undefined;
      const lastKnown = position.state === 'en-route' || !position.known;
      return { coordinates: anchor, mark: lastKnown ? 'last-known' : position.estimated ? 'estimated' : 'known' };
    }
  }
}
