/**
 * The parts of the journey format that its pieces share: the caps on a file,
 * texts, positions and geometries. The format itself is in `schema.ts` (and
 * its context layer in `context-schema.ts`).
 */
import * as v from 'valibot';

/**
 * The caps on a journey file, so a hostile or mistaken file can't make the
 * app (or `npm run validate`) do unbounded work. Each message names its limit.
 */
export const LIMITS = {
  events: 10_000,
  features: 20_000,
  travellers: 500,
  sources: 5_000,
  /** Quotes on one event. */
  quotes: 50,
  /** Members of one delegation. */
  members: 200,
  /** Ids in one list: an event's participants or sources, a leg's travellers or sources. */
  references: 500,
  /** Other people present at one event. */
  others: 200,
  /** Names of one place, one per language. */
  names: 50,
  /** Positions in one line, and in one polygon ring. */
  positions: 10_000,
  /** Rings in one polygon (the outline and its holes). */
  rings: 100,
  /** Schematic context features (streets, squares, buildings, rivers: `context.features`). */
  context: 2_000,
} as const;

/** "10,000": how limits are written in messages. */
// Not toLocaleString: it loads ICU's number data, tens of milliseconds at
// start-up for the dozens of limits below.
export const n = (value: number) => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

export const Text = (max: number) =>
  v.pipe(v.string(), v.trim(), v.minLength(1, 'This text must not be empty'), v.maxLength(max, `This text is at most ${max} characters`));

export const LONGITUDE_RANGE = 'Longitude (the first number) must be between -180 and 180';
export const LATITUDE_RANGE = 'Latitude (the second number) must be between -90 and 90';
export const Position = v.pipe(
  v.tuple([
    v.pipe(v.number(), v.minValue(-180, LONGITUDE_RANGE), v.maxValue(180, LONGITUDE_RANGE)),
    v.pipe(v.number(), v.minValue(-90, LATITUDE_RANGE), v.maxValue(90, LATITUDE_RANGE)),
  ]),
  v.description('[longitude, latitude] in WGS84 degrees.'),
);
export const PointGeometry = v.object({ type: v.literal('Point'), coordinates: Position });
export const PolygonGeometry = v.object({
  type: v.literal('Polygon'),
  coordinates: v.pipe(
    v.array(
      v.pipe(
        v.array(Position),
        v.minLength(4, 'A polygon ring has at least 4 positions'),
        v.maxLength(LIMITS.positions, `A polygon ring has at most ${n(LIMITS.positions)} positions`),
      ),
    ),
    v.minLength(1, 'A polygon has at least one ring'),
    v.maxLength(LIMITS.rings, `A polygon has at most ${n(LIMITS.rings)} rings`),
  ),
});
export const LineGeometry = v.object({
  type: v.literal('LineString'),
  coordinates: v.pipe(
    v.array(Position),
    v.minLength(2, 'A line has at least 2 positions'),
    v.maxLength(LIMITS.positions, `A line has at most ${n(LIMITS.positions)} positions`),
  ),
});

export const ZOOM_RANGE = 'A zoom is between 0 (the whole world) and 22';
/** Where the map looks for one step, as an editor framed it: its centre and zoom (the map stays north up). */
export const ViewSchema = v.pipe(
  v.object({
    center: Position,
    zoom: v.pipe(v.number(), v.minValue(0, ZOOM_RANGE), v.maxValue(22, ZOOM_RANGE)),
  }),
  v.description(
    'Optional: where the map looks for this step, instead of framing its place and legs: [longitude, latitude] at the centre of what the reader sees, and a zoom (MapLibre\'s, 0 to 22). The zoom is kept within the basemap\'s detail there.',
  ),
);
