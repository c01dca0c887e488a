/** Words and line styles for statuses, shared by the card, the itinerary and the legend. */
import type { EventStatus } from '../journey/schema.ts';

const LABELS: Readonly<Record<EventStatus, string>> = {
  confirmed: 'Confirmed',
  reported: 'Reported',
  inferred: 'Inferred',
  announced: 'Announced',
  planned: 'Planned',
  'did-not-happen': 'Did not happen',
};

/** The status as a reader would say it: "Did not happen". */
export function statusLabel(status: EventStatus): string {
  return LABELS[status];
}
