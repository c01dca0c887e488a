/**
 * What the card and the itinerary say about who took part in an event and
 * where its times sit against other events, from the file's `members`,
 * `afterEvent` and `beforeEvent` (issue 14). Pure; no DOM.
 */
import type { Journey, StoryEvent } from './model.ts';
import type { JourneyEvent, JourneyTime } from './schema.ts';

const list = new Intl.ListFormat('en-GB', { type: 'conjunction' });

/**
 * A participant as the card and the itinerary name them: a delegation of
 * whom the event names members reads as those members, "of" the delegation.
 *
 * @example participantWords(journey, lunch, 'us-envoys') // 'Steve Witkoff (of Witkoff and Kushner)'
 * @example participantWords(journey, lunch, 'dmitriev') // 'Kirill Dmitriev'
 */
export function participantWords(journey: Journey, event: JourneyEvent, id: string): string {
  const name = journey.travellers.get(id)?.name ?? id;
  const members = event.members?.[id];
  return members?.length ? `${list.format(members)} (of ${name})` : name;
}

const stepsById = new WeakMap<Journey, Map<string, StoryEvent>>();

/** An event by id, with its step number: "“Landing at Vnukovo-2” (step 5)". */
function eventWords(journey: Journey, id: string): string {
  let steps = stepsById.get(journey);
  if (!steps) stepsById.set(journey, (steps = new Map(journey.events.map((s) => [s.event.id, s]))));
  const step = steps.get(id);
  return step ? `“${step.event.title}” (step ${step.index + 1})` : `“${id}”`;
}

/**
 * Where a time sits against other events, when the file says so, in words:
 * "after “Landing at Vnukovo-2” (step 5)", "before “Talks” (step 9)", or
 * both; undefined when it names no event.
 *
 * @example orderWords(journey, { at: '2025-12-02T14:06:00+03:00', qualifier: 'after', afterEvent: 'landing-vnukovo' })
 * // 'after “Landing at Vnukovo-2” (step 5)'
 */
export function orderWords(journey: Journey, time: JourneyTime | undefined): string | undefined {
  if (!time) return undefined;
  const after = time.afterEvent && `after ${eventWords(journey, time.afterEvent)}`;
  const before = time.beforeEvent && `before ${eventWords(journey, time.beforeEvent)}`;
  return after && before ? `${after} and ${before}` : after || before || undefined;
}
