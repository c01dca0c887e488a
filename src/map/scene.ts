/**
 * What every map draws, computed once: the scene. The interactive MapLibre
 * map, the static SVG map (no WebGL) and the printed map all draw the same
 * scene, so none of them decides on its own which legs belong to a step,
 * which place is highlighted, or how far the journey has got.
 *
 * Pure: no DOM, no MapLibre, no projection. Pixels are each renderer's own
 * business.
 */
import type { Polygon, Position } from 'geojson';
import { placeAnchor, type BBox } from '../journey/geometry.ts';
import { lineStyleFor } from '../journey/line-style.ts';
import type { Journey, StoryEvent, StoryLeg } from '../journey/model.ts';
import type { PlaceFeature } from '../journey/schema.ts';
import { greatCircleKm, type Focus } from './camera.ts';

/**
 * How much of a leg has been travelled (0 to 1) at the current time, as
 * `Timeline.legProgress` answers it for one instant.
 */
export type LegProgress = (legId: string) => number;

/**
 * Where a vague place may lie: the outline of a region, or a circle around
 * an approximate point. Each renderer turns the circle into its own shape
 * (a polygon for MapLibre, a d3-geo circle for the SVG).
 */
export type PlaceArea =
  | { readonly kind: 'outline'; readonly polygon: Polygon }
  | { readonly kind: 'circle'; readonly center: readonly [number, number]; readonly radiusMeters: number };

/** A place drawn as an area, and whether it is the current step's. */
export interface SceneArea {
  readonly placeId: string;
  readonly area: PlaceArea;
  readonly current: boolean;
}

/** A leg part-way travelled at the current time; its first `progress` (0 to 1, exclusive) is drawn solid. */
export interface LegUnderWay {
  readonly legId: string;
  readonly progress: number;
}

/** Everything a renderer needs to know about what to draw, for one step at one moment. */
export interface Scene {
  readonly journey: Journey;
  /** The step shown; undefined for the whole journey. */
  readonly step: StoryEvent | undefined;
  /** The box the view frames: the step's frame, or the whole journey. */
  readonly frame: BBox;
  /**
   * What the camera must show (see map/camera.ts): the step's place and
   * legs, or every stop and leg for the whole journey. The same object while
   * the step (and playing) stays the same, so renderers move the camera only
   * when it changes.
   */
  readonly focus: Focus;
  /** The legs of the step, drawn wider: those arriving at or leaving its place with one of its participants. */
  readonly activeLegs: ReadonlySet<string>;
  /** The highlighted place (the step's); undefined for the whole journey. */
  readonly currentPlace: string | undefined;
  /** Every place drawn as an area, the current one marked. */
  readonly areas: readonly SceneArea[];
  /**
   * The drawn legs not yet fully travelled at the current time (drawn
   * faint). Empty when no time is given: the whole journey shows.
   */
  readonly pendingLegs: ReadonlySet<string>;
  /** The legs under way at the current time whose travelled part is drawn solid over the faint whole. */
  readonly underWay: readonly LegUnderWay[];
  /**
   * A key for `underWay`: the same key means the same travelled lines (to
   * 1 part in 10,000), so a renderer can leave them alone.
   */
  readonly underWayKey: string;
  /** Place ids whose names to show, most important first: the current place, then the others in story order. */
  readonly labels: readonly string[];
}

/**
 * The scene for a step of a journey, at a moment of it.
 *
 * @param journey The journey model.
 * @param step The step shown, or undefined for the whole journey.
 * @param progress How far each leg has got at the current time; omitted, every leg counts as travelled.
 * @returns What to draw; a new object each call, never mutating its inputs.
 * @example
 * const timeline = new Timeline(journey);
 * const scene = sceneFor(journey, journey.events[2], (legId) => timeline.legProgress(legId, t));
 * scene.activeLegs.has('leg-florida-vnukovo');
 */
export function sceneFor(journey: Journey, step: StoryEvent | undefined, progress?: LegProgress, options: { playing?: boolean } = {}): Scene {
  const currentPlace = step?.place.id;
  const underWay = progress ? legsUnderWay(journey, progress) : [];
  const order = storyOrder(journey);
  return {
    journey,
    step,
    frame: step?.frame ?? journey.bounds,
    focus: focusFor(journey, step, options.playing ?? false),
    activeLegs: activeLegIds(journey, step),
    currentPlace,
    areas: placeAreas(journey, currentPlace),
    pendingLegs: progress ? pendingLegs(journey, progress) : new Set(),
    underWay,
    underWayKey: underWayKey(underWay),
    labels: currentPlace ? [currentPlace, ...order.filter((id) => id !== currentPlace)] : order,
  };
}

/**
 * The legs of a step: those arriving at or leaving its place with one of its
 * participants.
 *
 * @param journey The journey model.
 * @param step The step; undefined gives no legs.
 * @returns Leg ids.
 * @example activeLegIds(journey, step).has('leg-metropol-red-square') // true on the walk
 */
export function activeLegIds(journey: Journey, step: StoryEvent | undefined): Set<string> {
  if (!step) return new Set();
  const participants = new Set(step.event.participants);
  return new Set(
    journey.legs
      .filter((l) => (l.to.id === step.place.id || l.from.id === step.place.id) && l.leg.properties.travellers.some((t) => participants.has(t)))
      .map((l) => l.leg.id),
  );
}

/**
 * The drawn legs not yet fully travelled at the current time.
 *
 * @param journey The journey model.
 * @param progress How far each leg has got.
 * @returns Leg ids.
 * @example pendingLegs(journey, (id) => timeline.legProgress(id, timeline.start - 1)) // every drawn leg
 */
export function pendingLegs(journey: Journey, progress: LegProgress): Set<string> {
  const out = new Set<string>();
  for (const { leg, line } of journey.legs) if (line && progress(leg.id) < 1) out.add(leg.id);
  return out;
}

/**
 * The drawn legs part-way travelled whose travelled part shows: those drawn
 * solid (something planned or that did not happen is never "travelled").
 *
 * @param journey The journey model.
 * @param progress How far each leg has got.
 * @returns In the journey's leg order.
 * @example legsUnderWay(journey, () => 0.5) // every solid leg, halfway
 */
export function legsUnderWay(journey: Journey, progress: LegProgress): LegUnderWay[] {
  const out: LegUnderWay[] = [];
  for (const { leg, line } of journey.legs) {
    const p = progress(leg.id);
    if (line && p > 0 && p < 1 && lineStyleFor(leg.properties.status) === 'solid') out.push({ legId: leg.id, progress: p });
  }
  return out;
}

/**
 * A key for legs under way: their ids and how far along each is, to 1 part
 * in 10,000.
 *
 * @param underWay As `legsUnderWay` gives them.
 * @returns '' when nothing is under way.
 * @example underWayKey([{ legId: 'a', progress: 0.5 }]) // 'a:5000;'
 */
export function underWayKey(underWay: readonly LegUnderWay[]): string {
  let key = '';
  for (const { legId, progress } of underWay) key += `${legId}:${Math.round(progress * 10_000)};`;
  return key;
}

/**
 * Where a place may lie when it is vague: its outline, or the circle of an
 * approximate point. Precise places, and approximate ones without a radius,
 * have none: they are drawn as points.
 *
 * @param place A place of the journey.
 * @returns The area, or undefined.
 * @example placeArea(redSquare) // { kind: 'circle', center: [37.62, 55.75], radiusMeters: 150 }
 */
export function placeArea(place: PlaceFeature): PlaceArea | undefined {
  const g = place.geometry;
  const p = place.properties;
  if (g?.type === 'Polygon') return { kind: 'outline', polygon: g };
  if (g?.type === 'Point' && p.precision === 'approximate' && p.radiusMeters) {
    const [lon, lat] = g.coordinates as Position;
    return { kind: 'circle', center: [lon as number, lat as number], radiusMeters: p.radiusMeters };
  }
  return undefined;
}

/**
 * Every place drawn as an area, in the journey's place order.
 *
 * @param journey The journey model.
 * @param currentPlace The highlighted place's id, if any.
 * @returns One entry per vague place.
 * @example placeAreas(journey, 'red-square').find((a) => a.current)?.placeId // 'red-square'
 */
export function placeAreas(journey: Journey, currentPlace: string | undefined): SceneArea[] {
  const out: SceneArea[] = [];
  for (const place of journey.places.values()) {
    const area = placeArea(place);
    if (area) out.push({ placeId: place.id, area, current: place.id === currentPlace });
  }
  return out;
}

/** Place ids in the order the story visits them, each once. */
function storyOrder(journey: Journey): string[] {
  return [...new Set(journey.events.map((e) => e.place.id))];
}

const sharesTraveller = (leg: StoryLeg, step: StoryEvent) => leg.leg.properties.travellers.some((t) => step.event.participants.includes(t));

/** How far the journey's nearest other stop (a place drawn as a point) is from a place, in metres; undefined when it has none. */
function nearestStopMeters(journey: Journey, place: PlaceFeature, anchor: Position): number | undefined {
  let nearest = Infinity;
  for (const other of journey.places.values()) {
    const at = other.id !== place.id && other.properties.precision !== 'region' ? placeAnchor(other) : undefined;
    if (at) nearest = Math.min(nearest, 1000 * greatCircleKm(anchor as [number, number], at as [number, number]));
  }
  return Number.isFinite(nearest) ? nearest : undefined;
}

/** A leg's line, thinned to at most this many points, is enough to frame it. */
const FOCUS_POINTS_PER_LEG = 24;
const focusCache = new WeakMap<Journey, Map<string, Focus>>();

/**
 * What the camera must show for a step: its place (with its precision), the
 * legs its view holds and those its participants are under way on at its
 * start (so that their badges are in view); while playing, also every leg under way before
 * the next step, so that two travellers moving at once are framed together
 * rather than in turn. A step with its own `view` carries it (the camera
 * goes there). Without a step, every stop and leg: the overview.
 * Cached per journey, so the same step gives the same object.
 *
 * @example focusFor(journey, journey.events[4], false).place?.precision // 'exact'
 */
export function focusFor(journey: Journey, step: StoryEvent | undefined, playing: boolean): Focus {
  let cache = focusCache.get(journey);
  if (!cache) focusCache.set(journey, (cache = new Map()));
  const key = step ? `${step.index}:${playing}` : 'overview';
  const cached = cache.get(key);
  if (cached) return cached;
  let focus: Focus;
  if (!step) {
    const points: Position[] = [];
    for (const place of journey.places.values()) points.push(...placePoints(place));
    for (const leg of journey.legs) points.push(...legPoints(leg));
    focus = { points };
  } else {
    const anchor = placeAnchor(step.place);
    const legs = new Set<StoryLeg>(step.frameLegs);
    // A participant under way at the step (a flight over a strait) is shown with its badge: its leg is in view too.
    for (const leg of journey.legs) if (leg.line && leg.depart < step.start && leg.arrive > step.start && sharesTraveller(leg, step)) legs.add(leg);
    if (playing) {
      const until = journey.events[step.index + 1]?.start ?? step.end ?? step.start;
      for (const leg of journey.legs) if (leg.line && leg.depart < until && leg.arrive > step.start) legs.add(leg);
    }
    const points = [...(anchor ? placePoints(step.place) : framePoints(step.frame))];
    for (const leg of legs) points.push(...legPoints(leg));
    const p = step.place.properties;
    focus = anchor && p.precision !== 'region'
      ? { place: { point: anchor, precision: p.precision, radiusMeters: p.radiusMeters, nearestStopMeters: nearestStopMeters(journey, step.place, anchor) }, points }
      : { points: [...points, ...(anchor ? [anchor] : [])] };
    const view = step.event.view;
    if (view) focus = { ...focus, view: { center: [view.center[0], view.center[1]], zoom: view.zoom } };
  }
  cache.set(key, focus);
  return focus;
}

/** A place's point, or the corners of its outline's box. */
function placePoints(place: PlaceFeature): Position[] {
  const g = place.geometry;
  if (!g) return [];
  if (g.type === 'Point') return [g.coordinates];
  return g.coordinates.flat().filter((_, i, all) => i % Math.max(1, Math.floor(all.length / FOCUS_POINTS_PER_LEG)) === 0);
}

function legPoints(leg: StoryLeg): Position[] {
  const coordinates = leg.line?.geometry.coordinates ?? [];
  const every = Math.max(1, Math.floor(coordinates.length / FOCUS_POINTS_PER_LEG));
  return coordinates.filter((_, i) => i % every === 0 || i === coordinates.length - 1);
}

function framePoints([w, s, e, n]: BBox): Position[] {
  return [[w, s], [e, n]];
}
