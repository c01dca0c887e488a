import { describe, expect, it } from 'vitest';
import { validateJourney } from '../../journey/validate.ts';
import { blankDraft, duplicateEvent, freshId, itemsOf, nearbyZone, newEvent, newLeg, newPlace, newSource, newTraveller, renameId, slug, toFile, type Draft } from './draft.ts';
import { insertItem, setAt } from './json-path.ts';

/** A small draft built the way the forms build one. */
function sample(): Draft {
  let d = blankDraft();
  d = setAt(d, ['journey'], { formatVersion: '1.0', id: 'trip', title: 'A trip', summary: 'Two places.' });
  d = insertItem(d, ['travellers'], { ...newTraveller(d), name: 'Envoy', role: 'An envoy' });
  d = insertItem(d, ['sources'], { ...newSource(d), publisher: 'Wire', title: 'Report', url: 'https://example.org/r' });
  d = insertItem(d, ['features'], { ...newPlace(d, [10, 50], 'Airport', 'Europe/Berlin') });
  d = insertItem(d, ['features'], { ...newPlace(d, [10.1, 50.1], 'Ministry', 'Europe/Berlin') });
  d = insertItem(d, ['events'], { ...newEvent(d), title: 'Lands', summary: 'It lands.', start: { at: '2026-01-15T09:40:00+01:00', qualifier: 'exact' } });
  const leg = newLeg(d);
  d = insertItem(d, ['features'], setAt(setAt(leg, ['properties', 'depart'], { at: '2026-01-15T10:00:00+01:00', qualifier: 'exact' }), ['properties', 'arrive'], { at: '2026-01-15T10:30:00+01:00', qualifier: 'exact' }));
  return d;
}

describe('the draft', () => {
  it('new items fill in the journey around them, and blank optional texts are left out of the file', () => {
    const result = validateJourney(toFile(sample()));
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('a blank draft is invalid only for what its editor must write', () => {
    const result = validateJourney(toFile(blankDraft()));
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.path)).toEqual(expect.arrayContaining(['$.journey.title', '$.travellers', '$.events']));
  });

  it('makes ids from names, and fresh ones', () => {
    expect(slug('Kremlin Senate, Moscow')).toBe('kremlin-senate-moscow');
    expect(slug('Київ')).toBe('');
    expect(freshId('place', new Set(['place-1']))).toBe('place-2');
    expect(freshId('Airport', new Set(), false)).toBe('airport');
    expect(freshId('Airport', new Set(['airport']), false)).toBe('airport-2');
  });

  it('renaming an id renames every reference to it', () => {
    const d = renameId(sample(), 'place', 'airport', 'tegel');
    expect(itemsOf(d, 'places')[0]?.item.id).toBe('tegel');
    expect(itemsOf(d, 'events')[0]?.item.place).toBe('tegel');
    expect((itemsOf(d, 'legs')[0]?.item.properties as { from: string }).from).toBe('tegel');
    const t = renameId(d, 'traveller', 'traveller-1', 'envoy');
    expect(itemsOf(t, 'events')[0]?.item.participants).toEqual(['envoy']);
    expect(validateJourney(toFile(renameId(t, 'source', 'wire-1', 'wire'))).ok).toBe(true);
  });

  it('duplicates an event right after it, with a fresh id', () => {
    const d = duplicateEvent(sample(), 0);
    const events = itemsOf(d, 'events').map((e) => e.item);
    expect(events.map((e) => e.id)).toEqual(['event-1', 'event-1-copy']);
    expect(events[1]?.title).toBe('Lands (copy)');
    expect(validateJourney(toFile(d)).ok).toBe(true);
  });

  it('a new place clicked beside a place with a zone takes its zone; one far from any does not', () => {
    const d = sample();
    expect(nearbyZone(d, [10.05, 50.05])).toBe('Europe/Berlin');
    expect(nearbyZone(d, [12, 50])).toBe('');
    expect(nearbyZone(blankDraft(), [10, 50])).toBe('');
  });
});
