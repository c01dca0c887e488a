/**
 * Everything time needs for one journey, built once when it loads: the time
 * engine, the slider's compressed scale, and the zone most events happen in.
 */
import type { Journey } from './model.ts';
import { StoryScale } from './story-scale.ts';
import { Timeline } from './timeline.ts';

export interface StoryClock {
  readonly timeline: Timeline;
  readonly scale: StoryScale;
  /** The zone most events happen in: it labels the days on the slider. */
  readonly mainZone: string;
}

/** Builds the clock of a journey. */
export function storyClock(journey: Journey): StoryClock {
  const timeline = new Timeline(journey);
  const scale = new StoryScale(
    journey.events.map((e) => ({ from: e.start, to: e.end ?? e.start })),
    journey.legs.map((l) => ({ from: l.depart, to: l.arrive })),
  );
  const counts = new Map<string, number>();
  for (const e of journey.events) counts.set(e.place.properties.timeZone, (counts.get(e.place.properties.timeZone) ?? 0) + 1);
  const mainZone = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'UTC';
  return { timeline, scale, mainZone };
}
