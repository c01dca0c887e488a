/**
 * What the canvas map draws from the draft: each place with a point, and
 * each leg's line (its route, or straight between its places), in its
 * first traveller's colour; the context's lines and outlines in grey, and
 * its points and captions as labelled dots, so an editor sees what they
 * draw. Pure.
 */
import { itemsOf, type Draft, type ListKind } from '../draft/draft.ts';
import { getAt, listAt, type Json } from '../draft/json-path.ts';
import type { LngLat } from '../studio-events.ts';

export interface CanvasPlace {
  readonly id: string;
  readonly name: string;
  readonly position: LngLat;
  readonly selected: boolean;
}

/** A context feature that is one position: a building's dot, a caption's words. */
export interface CanvasNote {
  readonly id: string;
  /** Its label, or what it is while it has none ("Building 2, no label yet"). */
  readonly label: string;
  /** A caption is words alone, with no dot. */
  readonly caption: boolean;
  readonly position: LngLat;
}

export interface CanvasLeg {
  readonly id: string;
  readonly coordinates: readonly LngLat[];
  readonly colour: string;
}

const isPosition = (p: Json | undefined): p is [number, number] => Array.isArray(p) && typeof p[0] === 'number' && typeof p[1] === 'number' && Number.isFinite(p[0]) && Number.isFinite(p[1]);

export function canvasData(draft: Draft, selected: { list: ListKind; index: number } | undefined, _placing: string): { places: CanvasPlace[]; legs: CanvasLeg[]; notes: CanvasNote[] } {
  const where = new Map<string, LngLat>();
  const places = itemsOf(draft, 'places').flatMap(({ item }, i) => {
    const position = getAt(item, ['geometry', 'coordinates']);
    if (getAt(item, ['geometry', 'type']) !== 'Point' || !isPosition(position)) return [];
    const id = String(item.id ?? '');
    where.set(id, [position[0], position[1]]);
    const name = String(getAt(item, ['properties', 'names', 'en']) ?? '') || id;
    return [{ id, name, position: [position[0], position[1]] as LngLat, selected: selected?.list === 'places' && selected.index === i }];
  });
  const colours = new Map(itemsOf(draft, 'travellers').map(({ item }) => [String(item.id ?? ''), String(item.color ?? '#555555')]));
  const legs = itemsOf(draft, 'legs').flatMap(({ item }) => {
    const route = listAt(item, ['geometry', 'coordinates']).filter(isPosition);
    const from = where.get(String(getAt(item, ['properties', 'from']) ?? ''));
    const to = where.get(String(getAt(item, ['properties', 'to']) ?? ''));
    const coordinates: LngLat[] = route.length >= 2 ? route.map((p) => [p[0], p[1]] as LngLat) : from && to ? [from, to] : [];
    if (coordinates.length < 2) return [];
    const first = listAt(item, ['properties', 'travellers'])[0];
    return [{ id: String(item.id ?? ''), coordinates, colour: colours.get(String(first ?? '')) ?? '#555555' }];
  });
  // The context's lines and outlines; its points are notes.
  const context = listAt(draft, ['context', 'features']).flatMap((f, i) => {
    const g = getAt(f, ['geometry', 'coordinates']);
    const line = (getAt(f, ['geometry', 'type']) === 'Polygon' && Array.isArray(g) ? listAt(g, [0]) : Array.isArray(g) ? g : []).filter(isPosition);
    return line.length >= 2 ? [{ id: `context-${i}`, coordinates: line.map((p) => [p[0], p[1]] as LngLat), colour: CONTEXT_COLOUR }] : [];
  });
  const notes = listAt(draft, ['context', 'features']).flatMap((f, i) => {
    const at = getAt(f, ['geometry', 'coordinates']);
    if (getAt(f, ['geometry', 'type']) !== 'Point' || !isPosition(at)) return [];
    const kind = String(getAt(f, ['properties', 'kind']) ?? '');
    const label = String(getAt(f, ['properties', 'label']) ?? '').trim() || `${kind ? kind[0]!.toUpperCase() + kind.slice(1) : 'Feature'} ${i + 1}, no label yet`;
    return [{ id: `context-${i}`, label, caption: kind === 'caption', position: [at[0], at[1]] as LngLat }];
  });
  return { places, legs: [...legs, ...context], notes };
}

/** The canvas's colour for context lines: a mid grey, seen on both basemaps. */
export const CONTEXT_COLOUR = '#8a8478';
