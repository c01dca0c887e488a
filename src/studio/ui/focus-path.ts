/**
 * From a problem's path to its field: which part of the forms and which item
 * hold it, and the field nearest to it once they are open.
 */
import { featureIndexes, type Draft, type ListKind } from '../draft/draft.ts';
import { formatPath, type PathPart } from '../draft/json-path.ts';

/** The parts of the form column, in the order an editor fills them in. */
export const SECTIONS = [
  ['journey', 'Journey'],
  ['travellers', 'Travellers'],
  ['places', 'Places'],
  ['sources', 'Sources'],
  ['events', 'Events'],
  ['legs', 'Legs'],
  ['context', 'Context'],
  ['code', 'Code'],
  ['publish', 'Publish'],
] as const;
export type Section = (typeof SECTIONS)[number][0];

/** The lists that each have a part of the form column. */
export const LISTS: readonly string[] = ['travellers', 'places', 'sources', 'events', 'legs'];

/** The part of the form column (e.g. "events") and the item in it (an index into that list) a path is in. */
export function whereIs(draft: Draft, parts: readonly PathPart[]): { section?: string; list?: ListKind; index?: number } {
  const [head, index] = parts;
  if (head === 'journey' || parts.length === 0 || head === 'type' || head === '$schema') return { section: 'journey' };
  if (head === 'context') return { section: 'context' };
  if (head === 'features') {
    const kind = featureIndexes(draft, 'place').includes(index as number) ? 'places' : 'legs';
    if (typeof index !== 'number') return { section: kind };
    return { section: kind, list: kind, index: featureIndexes(draft, kind === 'places' ? 'place' : 'leg').indexOf(index) };
  }
  if (typeof head === 'string' && LISTS.includes(head)) return typeof index === 'number' ? { section: head, list: head as ListKind, index } : { section: head };
  return {};
}

/** Focuses the field at the path, or at the nearest path above it that has one. */
export function focusField(root: ParentNode, parts: readonly PathPart[]): void {
  for (let n = parts.length; n >= 0; n--) {
    const key = formatPath(parts.slice(0, n));
    const target = root.querySelector<HTMLElement>(`[data-path=${JSON.stringify(key)}]`);
    if (!target) continue;
    const focusable = target.matches('input, select, textarea, button') ? target : (target.querySelector<HTMLElement>('input, select, textarea, button') ?? target);
    focusable.focus();
    focusable.scrollIntoView({ block: 'center' });
    return;
  }
}
