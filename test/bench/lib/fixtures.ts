/**
 * Data the benchmark serves: the baseline's route (drawn from the default
 * journey, so both pages draw the same lines and frame the same box) and the
 * synthetic journeys of the scale runs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Position } from 'geojson';
import { buildJourney, type Journey } from '../../../src/journey/model.ts';
import { validateJourneyText } from '../../../src/journey/validate.ts';
import { generateJourney } from '../../support/generate-journey.ts';
import type { BaselineRoute } from '../baseline/main.ts';

export const DEFAULT_JOURNEY_FILE = 'data/journeys/moscow-2025-12-02.json';

export function loadJourneyFile(root: string, file = DEFAULT_JOURNEY_FILE): Journey {
  const result = validateJourneyText(readFileSync(join(root, file), 'utf8'));
  if (!result.ok) throw new Error(`${file} is not valid: ${result.problems[0]?.path} ${result.problems[0]?.message}`);
  return buildJourney(result.journey);
}

/**
 * The baseline's route: every drawn leg as one line layer, the first step's
 * box (what the app shows first), and one path through the legs that
 * happened, in departure order, for the marker to follow.
 */
export function baselineRoute(journey: Journey): BaselineRoute {
  const drawn = journey.legs.filter((l) => l.line);
  const travelled = drawn
    .filter((l) => !['did-not-happen', 'planned'].includes(l.leg.properties.status))
    .sort((a, b) => a.depart - b.depart);
  const path: Position[] = travelled.flatMap((l) => l.line!.geometry.coordinates);
  const first = journey.events[0];
  if (!first) throw new Error('The journey has no events');
  return {
    legs: { type: 'FeatureCollection', features: drawn.map((l) => ({ type: 'Feature', properties: {}, geometry: l.line!.geometry })) },
    frame: first.frame,
    path,
  };
}

export interface SyntheticFile {
  readonly events: number;
  readonly travellers: number;
  /** The file's name under the served data folder. */
  readonly name: string;
  readonly text: string;
  readonly bytes: number;
}

/** A seeded synthetic journey, in time order, as the text of its file. */
export function syntheticFile(events: number, travellers: number, seed = 20251202): SyntheticFile {
  const text = JSON.stringify(generateJourney({ events, travellers, seed, sortEvents: true }).file);
  return { events, travellers, name: `synthetic-e${events}-t${travellers}.json`, text, bytes: Buffer.byteLength(text) };
}

export function writeSynthetic(dir: string, file: SyntheticFile): void {
  writeFileSync(join(dir, file.name), file.text);
}
