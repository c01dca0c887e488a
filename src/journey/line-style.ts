/**
 * How a status is drawn, on the interactive map and the static one alike:
 * solid for what happened (confirmed, reported), dashed for what was only
 * announced or planned, dotted for what is inferred (no source says it, the
 * others imply it), faint and crossed for what did not happen.
 */
import type { EventStatus } from './schema.ts';

export type LineStyle = 'solid' | 'dashed' | 'dotted' | 'struck';

/** The line style of a status. */
export function lineStyleFor(status: EventStatus): LineStyle {
  if (status === 'did-not-happen') return 'struck';
  if (status === 'planned' || status === 'announced') return 'dashed';
  if (status === 'inferred') return 'dotted';
  return 'solid';
}
