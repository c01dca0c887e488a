import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { orderWords, participantWords } from './event-words.ts';
import { buildJourney, type Journey } from './model.ts';
import { validateJourneyText } from './validate.ts';

function load(path: string): Journey {
  const result = validateJourneyText(readFileSync(new URL(path, import.meta.url), 'utf8'));
  if (!result.ok) throw new Error(`${path} must be valid`);
  return buildJourney(result.journey);
}
const moscow = load('../../data/journeys/moscow-2025-12-02.json');
const dateLine = load('../../test/fixtures/date-line-journey.json');
const event = (journey: Journey, id: string) => journey.events.find((e) => e.event.id === id)!;

describe('participantWords', () => {
  it('names the members of a delegation who took part, of their delegation, and others by name', () => {
    const lunch = event(moscow, 'lunch-savva').event;
    expect(lunch.participants.map((id) => participantWords(moscow, lunch, id))).toEqual(['Steve Witkoff (of Witkoff and Kushner)', 'Kirill Dmitriev']);
  });

  it('names a delegation alone where the event names no members', () => {
    const talks = event(moscow, 'kremlin-talks').event;
    expect(participantWords(moscow, talks, 'us-envoys')).toBe('Witkoff and Kushner');
  });

  it('joins several members as a person would', () => {
    const lunch = event(moscow, 'lunch-savva').event;
    expect(participantWords(moscow, { ...lunch, members: { 'us-envoys': ['Steve Witkoff', 'Jared Kushner'] } }, 'us-envoys')).toBe('Steve Witkoff and Jared Kushner (of Witkoff and Kushner)');
  });
});

describe('orderWords', () => {
  it('names the event a time comes after, with its step', () => {
    const talks = event(dateLine, 'talks-magadan');
    expect(orderWords(dateLine, event(dateLine, 'leaves-magadan').event.start)).toBe(`after “Talks in Magadan” (step ${talks.index + 1})`);
  });

  it('says both bounds, and nothing for a time that names no event', () => {
    const start = { at: '2025-12-03T15:00:00+11:00', qualifier: 'about' as const, afterEvent: 'talks-magadan', beforeEvent: 'leaves-magadan' };
    expect(orderWords(dateLine, start)).toMatch(/^after “Talks in Magadan” \(step \d+\) and before “The mission flies east” \(step \d+\)$/);
    expect(orderWords(dateLine, { at: '2025-12-03', qualifier: 'date' })).toBeUndefined();
    expect(orderWords(dateLine, undefined)).toBeUndefined();
  });
});
