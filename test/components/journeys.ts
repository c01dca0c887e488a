/**
 * Real journeys for the component tests, built the way the app builds them:
 * the files in data/journeys/ through the validator and `buildJourney`.
 */
import moscowFile from '../../data/journeys/moscow-2025-12-02.json';
import minimalFile from '../../data/journeys/minimal.json';
import dateLineFile from '../fixtures/date-line-journey.json';
import pacificFile from '../fixtures/pacific-date-line.json';
import { buildJourney, type Journey } from '../../src/journey/model.ts';
import type { JourneyFile } from '../../src/journey/schema.ts';
import { validateJourney } from '../../src/journey/validate.ts';

/** A journey file from data/journeys/, validated. Throws with the problems if it isn't valid. */
export function journeyFile(name: 'moscow' | 'minimal'): JourneyFile {
  const result = validateJourney(structuredClone(name === 'moscow' ? moscowFile : minimalFile));
  if (!result.ok) throw new Error(`data/journeys/${name} is not valid: ${result.problems.map((p) => p.message).join('; ')}`);
  return result.journey;
}

/** The journey in data/journeys/, as the story sees it. */
export function loadJourney(name: 'moscow' | 'minimal'): Journey {
  return buildJourney(journeyFile(name));
}

/** One of our own test journeys across the date line (test/fixtures/), validated and built. */
export function loadFixture(name: 'date-line' | 'pacific'): Journey {
  const result = validateJourney(structuredClone(name === 'date-line' ? dateLineFile : pacificFile));
  if (!result.ok) throw new Error(`test/fixtures/${name} is not valid: ${result.problems.map((p) => p.message).join('; ')}`);
  return buildJourney(result.journey);
}

/** Collects the events of one type that reach `target` (they bubble and are composed). */
export function recordEvents<K extends keyof GlobalEventHandlersEventMap>(target: EventTarget, type: K): GlobalEventHandlersEventMap[K][] {
  const seen: GlobalEventHandlersEventMap[K][] = [];
  target.addEventListener(type, (e) => seen.push(e as GlobalEventHandlersEventMap[K]));
  return seen;
}
