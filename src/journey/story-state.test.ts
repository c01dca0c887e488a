import { describe, expect, it } from 'vitest';
import { generateJourney } from '../../test/support/generate-journey.ts';
import { buildJourney, type Journey } from './model.ts';
import { storyClock } from './story-clock.ts';
import { OVERVIEW_ID, hashOf, openStory, transition, type StoryAction, type StoryContext, type StoryState } from './story-state.ts';
import { validateJourneyText } from './validate.ts';

/**
 * A fictional journey unlike the default one: the South Pacific, two zones
 * either side of the date line, two events at one instant, and a flight
 * across the antimeridian.
 */
const PACIFIC = {
  type: 'FeatureCollection',
  journey: { formatVersion: '1.0', id: 'pacific', title: 'A delegation in Suva and Apia (fictional)', summary: 'Made up for tests.', language: 'en', updated: '2026-03-01' },
  travellers: [
    { id: 'envoy', name: 'Example Envoy', kind: 'person', role: 'A fictional envoy', color: '#1f5fbf' },
    { id: 'minister', name: 'Example Minister', kind: 'person', role: 'A fictional minister', color: '#8a3b12' },
  ],
  sources: [{ id: 'wire', publisher: 'Example Wire', title: 'Delegation tours the Pacific', url: 'https://example.org/wire', date: '2026-03-01', language: 'en' }],
  events: [
    { id: 'arrive-suva', title: 'Arrival in Suva', summary: 'Landed.', place: 'suva', participants: ['envoy'], start: { at: '2026-03-01T09:00:00+12:00', qualifier: 'exact' }, status: 'confirmed', sources: ['wire'] },
    { id: 'talks', title: 'Talks in Suva', summary: 'Talks.', place: 'suva-office', participants: ['envoy', 'minister'], start: { at: '2026-03-01T11:00:00+12:00', qualifier: 'exact' }, status: 'reported', sources: ['wire'] },
    { id: 'statement', title: 'A statement in Apia', summary: 'Same instant, elsewhere.', place: 'apia', participants: ['minister'], start: { at: '2026-03-01T12:00:00+13:00', qualifier: 'exact' }, status: 'reported', sources: ['wire'] },
    { id: 'arrive-apia', title: 'Arrival in Apia', summary: 'Landed after crossing the date line.', place: 'apia', participants: ['envoy'], start: { at: '2026-03-02T18:30:00+13:00', qualifier: 'exact' }, status: 'confirmed', sources: ['wire'] },
  ],
  features: [
    { type: 'Feature', id: 'suva', geometry: { type: 'Point', coordinates: [178.56, -18.04] }, properties: { kind: 'place', names: { en: 'Nausori Airport' }, precision: 'building', timeZone: 'Pacific/Fiji' } },
    { type: 'Feature', id: 'suva-office', geometry: { type: 'Point', coordinates: [178.44, -18.14] }, properties: { kind: 'place', names: { en: 'Government Buildings, Suva' }, precision: 'building', timeZone: 'Pacific/Fiji' } },
    { type: 'Feature', id: 'apia', geometry: { type: 'Point', coordinates: [-171.76, -13.83] }, properties: { kind: 'place', names: { en: 'Apia' }, precision: 'city', timeZone: 'Pacific/Apia' } },
    {
      type: 'Feature',
      id: 'flight',
      geometry: null,
      properties: { kind: 'leg', from: 'suva-office', to: 'apia', travellers: ['envoy'], mode: 'flight', status: 'confirmed', depart: { at: '2026-03-02T14:00:00+12:00', qualifier: 'exact' }, arrive: { at: '2026-03-02T18:30:00+13:00', qualifier: 'exact' }, sources: ['wire'] },
    },
  ],
};

function contextOf(text: string): StoryContext {
  const result = validateJourneyText(text);
  if (!result.ok) throw new Error(`test journey invalid: ${JSON.stringify(result.problems.slice(0, 3))}`);
  const journey: Journey = buildJourney(result.journey);
  return { journey, clock: storyClock(journey) };
}

const ctx = contextOf(JSON.stringify(PACIFIC));
const at = (id: string) => ctx.journey.events.find((e) => e.event.id === id)!;
/** The overview, where a journey opens without a link. */
const overviewOpened = openStory(ctx).state;
/** The first step, where most tests start. */
const opened = transition(overviewOpened, ctx, { type: 'step', index: 0 }).state;
const run = (state: StoryState, ...actions: StoryAction[]) => actions.reduce((s, a) => transition(s, ctx, a).state, state);

describe('openStory', () => {
  it('opens on the overview of the whole journey, at its start, not playing, with nothing announced or recorded', () => {
    expect(openStory(ctx)).toEqual({ state: { index: 0, time: ctx.clock.scale.start, zone: 'local', playing: false, overview: true, notice: undefined }, effects: [] });
    expect(opened).toEqual({ index: 0, time: at('arrive-suva').start, zone: 'local', playing: false, overview: false, notice: undefined });
  });

  it('opens on the overview for a link that only sets the zone', () => {
    expect(openStory(ctx, { event: undefined, time: undefined, zone: 'utc' }).state).toMatchObject({ overview: true, zone: 'utc' });
  });

  it('opens where a link says: an event, a moment, a zone', () => {
    const { state, effects } = openStory(ctx, { event: 'arrive-apia', time: undefined, zone: 'utc' });
    expect(state).toMatchObject({ index: at('arrive-apia').index, time: at('arrive-apia').start, zone: 'utc', notice: undefined });
    expect(effects).toEqual([]);
  });

  it('says so when a link names an event the journey lacks, instead of silently opening step 1', () => {
    const { state, effects } = openStory(ctx, { event: 'no-such-event', time: undefined, zone: 'local' });
    expect(state.index).toBe(0);
    expect(state.notice).toBe('This journey has no event “no-such-event”, so it opens at “Arrival in Suva” instead.');
    expect(effects).toEqual([{ type: 'announce', text: state.notice }]);
  });

  it('with an unknown event and a time, the time decides the step, and the notice names it', () => {
    const { state } = openStory(ctx, { event: 'gone', time: at('arrive-apia').start + 60_000, zone: 'local' });
    expect(state.index).toBe(at('arrive-apia').index);
    expect(state.notice).toMatch(/no event “gone”, so it opens at “Arrival in Apia”/);
  });

  it('clamps a linked time to the journey', () => {
    const { state } = openStory(ctx, { event: undefined, time: Date.UTC(1990, 0, 1), zone: 'local' });
    expect(state.time).toBe(ctx.clock.scale.start);
    expect(openStory(ctx, { event: undefined, time: Date.UTC(2099, 0, 1), zone: 'local' }).state.time).toBe(ctx.clock.scale.end);
  });

  it('opens on the overview when the link says #event=overview', () => {
    const { state } = openStory(ctx, { event: OVERVIEW_ID, time: undefined, zone: 'local' });
    expect(state).toMatchObject({ overview: true, index: 0, time: ctx.clock.scale.start });
  });
});

describe('step', () => {
  it('goes to the step at its start, announces it and adds a history entry', () => {
    const { state, effects } = transition(opened, ctx, { type: 'step', index: 3 });
    expect(state).toMatchObject({ index: 3, time: at('arrive-apia').start });
    expect(effects).toEqual([
      { type: 'announce', text: expect.stringMatching(/^Step 4 of 4: Arrival in Apia/) },
      { type: 'history', mode: 'push', hash: { event: 'arrive-apia', time: undefined, zone: 'local' } },
    ]);
  });

  it('reaches both events that share an instant, each by its own index', () => {
    const talks = run(opened, { type: 'step', index: at('talks').index });
    const statement = run(talks, { type: 'step', index: at('statement').index });
    expect(talks.index).toBe(at('talks').index);
    expect(statement.index).toBe(at('statement').index);
    expect(statement.time).toBe(talks.time);
    // The instant is the same, so the step is what tells them apart in links.
    expect(hashOf(talks, ctx).event).toBe('talks');
    expect(hashOf(statement, ctx).event).toBe('statement');
  });

  it('stops playback', () => {
    const playing = run(opened, { type: 'play' });
    expect(playing.playing).toBe(true);
    expect(run(playing, { type: 'step', index: 2 }).playing).toBe(false);
  });

  it('ignores a step past the end; before the first step is the overview', () => {
    expect(transition(opened, ctx, { type: 'step', index: 4 })).toEqual({ state: opened, effects: [] });
    expect(transition(opened, ctx, { type: 'step', index: -1 }).state.overview).toBe(true);
  });

  it('choosing the current step again records nothing and keeps the same state object', () => {
    expect(transition(opened, ctx, { type: 'step', index: 0 })).toEqual({ state: opened, effects: [] });
    expect(transition(opened, ctx, { type: 'step', index: 0 }).state).toBe(opened);
  });

  it('by id: a known event, or a notice for an unknown one that changes nothing else', () => {
    expect(run(opened, { type: 'event', eventId: 'talks' }).index).toBe(at('talks').index);
    const { state, effects } = transition(opened, ctx, { type: 'event', eventId: 'nope' });
    expect(state).toEqual({ ...opened, notice: 'This journey has no event “nope”.' });
    expect(effects).toEqual([{ type: 'announce', text: 'This journey has no event “nope”.' }]);
    expect(run(state, { type: 'step', index: 1 }).notice).toBeUndefined();
  });
});

describe('scrub', () => {
  it('moves the time, the step follows it, and the entry is replaced, not added', () => {
    const t = at('arrive-apia').start - 3_600_000;
    const { state, effects } = transition(opened, ctx, { type: 'scrub', time: t });
    // Two events share 11:00; the later in story order is current after it.
    expect(state).toMatchObject({ time: t, index: at('statement').index });
    expect(effects).toEqual([
      { type: 'announce', text: expect.stringMatching(/^Step 3 of 4: A statement in Apia/) },
      { type: 'history', mode: 'replace', hash: { event: 'statement', time: t, zone: 'local' } },
    ]);
  });

  it('does not announce when the step stays the same', () => {
    const { effects } = transition(opened, ctx, { type: 'scrub', time: opened.time + 60_000 });
    expect(effects.map((e) => e.type)).toEqual(['history']);
  });

  it('clamps to the ends, and ignores a time that is not a number', () => {
    expect(run(opened, { type: 'scrub', time: -1e15 }).time).toBe(ctx.clock.scale.start);
    expect(run(opened, { type: 'scrub', time: 1e15 }).time).toBe(ctx.clock.scale.end);
    expect(transition(opened, ctx, { type: 'scrub', time: Number.NaN }).state).toBe(opened);
  });

  it('stops playback', () => {
    expect(run(opened, { type: 'play' }, { type: 'scrub', time: opened.time + 1 }).playing).toBe(false);
  });
});

describe('play, tick and pause', () => {
  it('nothing plays on its own: a tick while paused changes nothing', () => {
    expect(transition(opened, ctx, { type: 'tick', time: opened.time + 1000 }).state).toBe(opened);
  });

  it('ticks move the time without touching history, and announce a new step', () => {
    const playing = run(opened, { type: 'play' });
    const { state, effects } = transition(playing, ctx, { type: 'tick', time: at('talks').start });
    expect(state).toMatchObject({ playing: true, index: at('statement').index });
    expect(effects).toEqual([{ type: 'announce', text: expect.stringMatching(/^Step 3 of 4/) }]);
  });

  it('stops at the end', () => {
    const state = run(opened, { type: 'play' }, { type: 'tick', time: ctx.clock.scale.end + 5000 });
    expect(state).toMatchObject({ playing: false, time: ctx.clock.scale.end, index: 3 });
  });

  it('plays from the start again once at the end', () => {
    const atEnd = run(opened, { type: 'scrub', time: ctx.clock.scale.end });
    const { state, effects } = transition(atEnd, ctx, { type: 'play' });
    expect(state).toMatchObject({ playing: true, time: ctx.clock.scale.start, index: 0 });
    expect(effects[0]).toMatchObject({ type: 'announce' });
  });

  it('pause stops, and pausing when paused is a no-op', () => {
    expect(run(opened, { type: 'play' }, { type: 'pause' }).playing).toBe(false);
    expect(transition(opened, ctx, { type: 'pause' }).state).toBe(opened);
  });
});

describe('restore', () => {
  it('follows the URL without adding history, and stops playback', () => {
    const playing = run(opened, { type: 'play' });
    const { state, effects } = transition(playing, ctx, { type: 'restore', hash: { event: 'talks', time: undefined, zone: 'reader' } });
    expect(state).toMatchObject({ index: at('talks').index, zone: 'reader', playing: false });
    expect(effects).toEqual([]);
  });

  it('an event and a time: the event wins, so both events at one instant can be linked to', () => {
    const t = at('talks').start;
    expect(run(opened, { type: 'restore', hash: { event: 'talks', time: t, zone: 'local' } }).index).toBe(at('talks').index);
    expect(run(opened, { type: 'restore', hash: { event: 'statement', time: t, zone: 'local' } }).index).toBe(at('statement').index);
  });

  it('a hash with nothing in it goes back to the overview, where the story opens', () => {
    const later = run(opened, { type: 'step', index: 3 });
    expect(run(later, { type: 'restore', hash: { event: undefined, time: undefined, zone: 'local' } })).toEqual(overviewOpened);
  });
});

describe('place', () => {
  it('opens the first event at a stop, then the next one there', () => {
    const first = run(opened, { type: 'place', placeId: 'apia' });
    expect(first.index).toBe(at('statement').index);
    expect(run(first, { type: 'place', placeId: 'apia' }).index).toBe(at('arrive-apia').index);
  });

  it('ignores a place with no events', () => {
    expect(transition(opened, ctx, { type: 'place', placeId: 'nowhere' }).state).toBe(opened);
  });
});

describe('key', () => {
  it('← → step; End goes to the last event and holds; Home, and ← from the first event, go to the overview, which holds', () => {
    expect(run(opened, { type: 'key', key: 'ArrowRight' }).index).toBe(1);
    expect(run(opened, { type: 'key', key: 'End' }).index).toBe(3);
    expect(run(opened, { type: 'key', key: 'End' }, { type: 'key', key: 'ArrowRight' }).index).toBe(3);
    expect(run(opened, { type: 'key', key: 'End' }, { type: 'key', key: 'Home' })).toMatchObject({ overview: true, index: 0 });
    const back = transition(opened, ctx, { type: 'key', key: 'ArrowLeft' });
    expect(back.state.overview).toBe(true);
    expect(back.effects).toContainEqual({ type: 'history', mode: 'push', hash: { event: OVERVIEW_ID, time: undefined, zone: 'local' } });
    expect(transition(back.state, ctx, { type: 'key', key: 'ArrowLeft' }).state).toBe(back.state);
  });

  it('? asks for the shortcuts', () => {
    expect(transition(opened, ctx, { type: 'key', key: '?' }).effects).toEqual([{ type: 'help' }]);
  });

  it('from the overview, → goes to the first event', () => {
    const overview = run(opened, { type: 'overview' });
    const { state, effects } = transition(overview, ctx, { type: 'key', key: 'ArrowRight' });
    expect(state).toMatchObject({ overview: false, index: 0 });
    expect(effects.map((e) => e.type)).toEqual(['announce', 'history']);
  });
});

describe('zone', () => {
  it('switches the zone and rewrites the entry in place', () => {
    const { state, effects } = transition(opened, ctx, { type: 'zone', zone: 'utc' });
    expect(state.zone).toBe('utc');
    expect(effects).toEqual([{ type: 'history', mode: 'replace', hash: { event: 'arrive-suva', time: undefined, zone: 'utc' } }]);
  });

  it('keeps a scrubbed moment in the rewritten entry', () => {
    const t = opened.time + 120_000;
    const { effects } = transition(run(opened, { type: 'scrub', time: t }), ctx, { type: 'zone', zone: 'reader' });
    expect(effects).toEqual([{ type: 'history', mode: 'replace', hash: { event: 'arrive-suva', time: t, zone: 'reader' } }]);
  });
});

describe('overview', () => {
  it('shows the whole journey from its start, announces it and records #event=overview', () => {
    const { state, effects } = transition(run(opened, { type: 'step', index: 2 }), ctx, { type: 'overview' });
    expect(state).toMatchObject({ overview: true, time: ctx.clock.scale.start, playing: false });
    expect(effects).toEqual([
      { type: 'announce', text: 'Overview of the whole journey: 4 events.' },
      { type: 'history', mode: 'push', hash: { event: OVERVIEW_ID, time: undefined, zone: 'local' } },
    ]);
    expect(hashOf(state, ctx).event).toBe(OVERVIEW_ID);
  });

  it('any step leaves it', () => {
    const overview = run(opened, { type: 'overview' });
    expect(run(overview, { type: 'step', index: 0 }).overview).toBe(false);
    expect(run(overview, { type: 'scrub', time: opened.time }).overview).toBe(false);
  });
});

describe('any sequence of actions', () => {
  it('keeps the state consistent on a generated journey with many travellers', () => {
    const generated = contextOf(JSON.stringify(generateJourney({ events: 60, travellers: 7, seed: 11, sortEvents: true }).file));
    const { scale } = generated.clock;
    let state = openStory(generated).state;
    let seed = 5;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const keys = ['ArrowLeft', 'ArrowRight', 'Home', 'End', '?'] as const;
    for (let i = 0; i < 2000; i++) {
      const r = rand();
      const action: StoryAction =
        r < 0.2 ? { type: 'step', index: Math.floor(rand() * 64) - 2 }
        : r < 0.4 ? { type: 'scrub', time: scale.start + (rand() * 1.2 - 0.1) * (scale.end - scale.start) }
        : r < 0.55 ? { type: 'tick', time: state.time + rand() * 3_600_000 }
        : r < 0.65 ? { type: rand() < 0.5 ? 'play' : 'pause' }
        : r < 0.8 ? { type: 'key', key: keys[Math.floor(rand() * keys.length)]! }
        : r < 0.9 ? { type: 'zone', zone: (['local', 'reader', 'utc'] as const)[Math.floor(rand() * 3)]! }
        : { type: 'overview' };
      state = transition(state, generated, action).state;
      expect(state.index).toBeGreaterThanOrEqual(0);
      expect(state.index).toBeLessThan(generated.journey.events.length);
      expect(state.time).toBeGreaterThanOrEqual(scale.start);
      expect(state.time).toBeLessThanOrEqual(scale.end);
      if (state.playing) expect(state.time).toBeLessThan(scale.end);
    }
  });
});
