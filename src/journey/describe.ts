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
 * "Witkoff and Kushner, between Hotel Metropol and Red Square (estimated)".
 */
export function positionLabel(name: string, position: TravellerPosition): string {
  const estimated = 'estimated' in position && position.estimated ? ' (estimated)' : '';
  switch (position.state) {
    case 'moving':
      return `${name}, between ${shortPlaceName(position.leg.from)} and ${shortPlaceName(position.leg.to)}${estimated}`;
    case 'at-place':
      return `${name}, ${position.known ? 'at' : 'last known at'} ${shortPlaceName(position.place)}${estimated}`;
    case 'unknown':
      return `${name}, position not known yet`;
  }
}
