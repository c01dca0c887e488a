/**
 * Sentences about a journey, for screen readers and announcements.
 */
import type { Journey, StoryEvent } from './model.ts';
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
