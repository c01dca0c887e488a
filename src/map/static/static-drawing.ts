/**
 * A whole static map, as plain data in pixels: the overview of the journey
 * and, when the step's area is too small to read on it, a detail view. Drawn
 * from a scene (map/scene.ts), the land outlines and the drawing's width.
 * Pure: no DOM, no network.
 */
import type { GeoProjection } from 'd3-geo';
import type { Position } from 'geojson';
import { shortPlaceName } from '../../journey/describe.ts';
import { placeAnchor, type BBox } from '../../journey/geometry.ts';
import type { Journey, StoryEvent } from '../../journey/model.ts';
import type { Scene } from '../scene.ts';
import { fitBox, journeyBox, landWithin, layoutFor, needsDetail, visibleBox, type LandShape, type Size } from './static-map-geometry.ts';
import { LABEL_SIZE, placeLabels, type Label } from './static-map-labels.ts';
import { boxRect, currentPlace, drawLand, drawLegs, drawPlaces, type DrawnLeg, type DrawnPlace, type Rect } from './static-map-scene.ts';

/** Everything one SVG draws, in its own pixels. */
export interface StaticView {
  readonly size: Size;
  readonly land: string;
  readonly places: readonly DrawnPlace[];
  readonly legs: readonly DrawnLeg[];
  /** The current step's place, when it is in the drawing. */
  readonly current: DrawnPlace | undefined;
  readonly labels: readonly Label[];
  /** A line of text in the top left corner. */
  readonly caption: string | undefined;
  /** On the overview: the area the detail view enlarges. */
  readonly focus: Rect | undefined;
}

/** The parts of the overview that change only with the journey, the land or the width; kept between drawings. */
export interface OverviewBase {
  readonly journey: Journey;
  readonly land: readonly LandShape[];
  readonly width: number;
  /** What the overview frames: everything drawn, the short way round the globe. */
  readonly box: BBox;
  readonly size: Size;
  readonly projection: GeoProjection;
  readonly landPath: string;
  readonly places: readonly DrawnPlace[];
  readonly anchors: readonly Position[];
}

/** A static map: the overview, and the detail view when the step needs one. */
export interface StaticDrawing {
  readonly base: OverviewBase;
  readonly step: StoryEvent | undefined;
  readonly overview: StaticView;
  readonly detail: StaticView | undefined;
}

/** The detail view's area is outlined on the overview only when at least this big; smaller, the current marker shows it. */
const FOCUS_MIN_PX = 24;
/** Where the detail view's caption sits. */
export const CAPTION_X = 10;
export const CAPTION_Y = 20;

/**
 * Draws a scene as a static map.
 *
 * @param scene What to draw (map/scene.ts).
 * @param land The land outlines; empty draws the journey alone.
 * @param width The drawing's width in CSS pixels.
 * @param previous The last drawing, whose overview base is reused when the journey, land and width are the same.
 * @returns The drawing; the same object as `previous` when nothing it depends on changed.
 * @example drawStaticMap(sceneFor(journey, journey.events[0]), [], 640).overview.legs.length
 */
export function drawStaticMap(scene: Scene, land: readonly LandShape[], width: number, previous?: StaticDrawing): StaticDrawing {
  const { journey, step } = scene;
  let base = previous?.base;
  if (!base || base.journey !== journey || base.land !== land || base.width !== width) base = overviewBase(journey, land, width);
  else if (previous && previous.step === step && sameLegs(previous, scene)) return previous;

  const detailed = step && needsDetail(base.box, step.frame, base.anchors);
  const current = currentPlace(step, base.places, base.size);
  // The detail view's area, outlined on the overview when it is big enough to see past the current marker.
  const focus = detailed ? boxRect(step.frame, base.projection, 0) : undefined;
  const overview: StaticView = {
    size: base.size,
    land: base.landPath,
    places: base.places,
    legs: drawLegs(journey, base.projection, base.size, scene.activeLegs),
    current,
    labels: placeLabels(base.places, current, base.size, scene.labels),
    caption: undefined,
    focus: focus && Math.max(focus.width, focus.height) >= FOCUS_MIN_PX ? focus : undefined,
  };
  return { base, step, overview, detail: detailed ? detailView(scene, step, land, width) : undefined };
}

/** Whether a drawing's active legs are the scene's. */
function sameLegs(drawing: StaticDrawing, scene: Scene): boolean {
  const drawn = drawing.overview.legs.filter((l) => l.active);
  return drawn.length === scene.activeLegs.size && drawn.every((l) => scene.activeLegs.has(l.id));
}

function overviewBase(journey: Journey, land: readonly LandShape[], width: number): OverviewBase {
  const size = layoutFor(width).overview;
  const box = journeyBox(journey) ?? journey.bounds;
  const projection = fitBox(box, size, Math.max(24, Math.min(size.width, size.height) * 0.08));
  return {
    journey,
    land,
    width,
    box,
    size,
    projection,
    landPath: drawLand(land, projection),
    places: drawPlaces(journey, projection),
    anchors: [...journey.places.values()].map(placeAnchor).filter((a) => a !== undefined),
  };
}

function detailView(scene: Scene, step: StoryEvent, land: readonly LandShape[], width: number): StaticView {
  const size = layoutFor(width).detail;
  const projection = fitBox(step.frame, size, 28);
  const shown = visibleBox(projection, size);
  const places = drawPlaces(scene.journey, projection);
  const current = currentPlace(step, places, size);
  const caption = `Detail: around ${shortPlaceName(step.place)}`;
  const captionBox = { x: 0, y: 0, width: CAPTION_X + caption.length * LABEL_SIZE.stop * 0.6 + 8, height: CAPTION_Y + 6 };
  return {
    size,
    land: drawLand(shown ? landWithin(land, shown) : land, projection),
    places,
    legs: drawLegs(scene.journey, projection, size, scene.activeLegs),
    current,
    labels: placeLabels(places, current, size, scene.labels, [captionBox]),
    caption,
    focus: undefined,
  };
}
