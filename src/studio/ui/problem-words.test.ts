import { describe, expect, it } from 'vitest';
import type { Problem } from '../../journey/problem.ts';
import { blankDraft, type Draft } from '../draft/draft.ts';
import { fieldWord, firstToFix, forEditors, whereLabel } from './problem-words.ts';

const draft: Draft = {
  ...blankDraft(),
  travellers: [{ id: 'amina', name: 'Amina Odhiambo' }],
  events: [{ id: 'e1', title: 'Breakfast', start: { at: '', qualifier: 'exact' } }, { id: 'e2', title: '' }],
  features: [
    { type: 'Feature', id: 'nairobi', geometry: null, properties: { kind: 'place', names: { en: 'Nairobi' } } },
    { type: 'Feature', id: 'addis', geometry: null, properties: { kind: 'place', names: { en: 'Addis Ababa' } } },
    { type: 'Feature', id: 'leg-1', geometry: null, properties: { kind: 'leg', from: 'nairobi', to: 'addis' } },
  ],
};
const error = (path: string): Problem => ({ path, message: 'wrong', severity: 'error' });

describe('problems in an editor’s words', () => {
  it('say where in the forms a path is', () => {
    expect(whereLabel(draft, ['journey', 'title'])).toBe('The journey');
    expect(whereLabel(draft, ['events', 0, 'start', 'at'])).toBe('Event 1: Breakfast');
    expect(whereLabel(draft, ['events', 1, 'title'])).toBe('Event 2');
    expect(whereLabel(draft, ['features', 1, 'properties', 'timeZone'])).toBe('Place 2: Addis Ababa');
    expect(whereLabel(draft, ['features', 2, 'properties', 'depart'])).toBe('Leg 1: Nairobi → Addis Ababa');
    expect(whereLabel(draft, ['sources'])).toBe('Sources');
    expect(fieldWord(['journey', 'summary'])).toBe('summary');
    expect(fieldWord(['features', 2, 'properties', 'depart', 'at'])).toBe('departed');
    expect(fieldWord(['context', 'features', 0, 'properties', 'label'])).toBe('label');
    expect(fieldWord(['sources'])).toBe('');
  });

  it('say that a time is not written yet, instead of the format’s rule', () => {
    const withEmptyLeg = { ...draft, features: [...(draft.features as object[]), { type: 'Feature', id: 'leg-2', geometry: null, properties: { kind: 'leg', from: '', to: 'addis' } }] } as Draft;
    const [empty, other, from, to] = forEditors(withEmptyLeg, [error('$.events[0].start.at'), error('$.events[1].title'), error('$.features[3].properties.from'), error('$.features[3].properties.to')]);
    expect(empty?.message).toMatch(/^No day written yet/);
    expect(other?.message).toBe('wrong');
    expect(from?.message).toMatch(/^Not chosen yet: choose the place it left from/);
    expect(to?.message).toBe('wrong');
  });

  it('fix first the first error in the order of the forms, and no warning', () => {
    const problems = [error('$.events[1].title'), error('$.features[2].properties.depart.at'), error('$.features[1].properties.timeZone'), { ...error('$.journey.title'), severity: 'warning' as const }];
    expect(firstToFix(draft, problems)?.path).toBe('$.features[1].properties.timeZone');
    expect(firstToFix(draft, [problems[3]!])).toBeUndefined();
  });
});
