/**
 * The rules of the context layer (`context-schema.ts`) that its schema can't
 * express: bounds that run west to east and south to north, a caption
 * that tells readers, on the map, that the layer is schematic, and a size
 * that fits street scale.
 */
import { problem, type Problem } from './problem.ts';

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object';

/** Checks the `context` member as written (anything: the schema reports its shape). */
export function checkContext(context: unknown): Problem[] {
  if (!isObject(context)) return [];
  const problems: Problem[] = [];
  const bounds = isObject(context.detail) ? context.detail.bounds : undefined;
  if (Array.isArray(bounds) && bounds.length === 4 && bounds.every((b) => typeof b === 'number')) {
    const [w, s, e, nth] = bounds as number[];
    if (!(w! < e!) || !(s! < nth!)) {
      problems.push(problem('error', ['context', 'detail', 'bounds'], 'The bounds are [west, south, east, north]: west below east and south below north', 'Swap the numbers that are the wrong way round.'));
    }
  }
  const features = Array.isArray(context.features) ? context.features : [];
  const captioned = features.some((f) => isObject(f) && isObject(f.properties) && f.properties.kind === 'caption');
  if (features.length > 0 && !captioned) {
    problems.push(problem('warning', ['context', 'features'], 'No caption says on the map that this layer is schematic', 'Add a point of kind "caption" labelled, e.g., "Schematic, not to scale" where readers at street scale will see it.'));
  }
  // Street scale: a context wider than about 50 km is not one (a line drawn across a continent by mistake).
  const positions: number[][] = [];
  const collect = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number' && typeof c[1] === 'number') {
      if (Math.abs(c[0]) <= 180 && Math.abs(c[1]) <= 90) positions.push(c as number[]);
    }
    else if (Array.isArray(c)) c.forEach(collect);
  };
  for (const f of features) if (isObject(f) && isObject(f.geometry) && ['Point', 'LineString', 'Polygon'].includes(f.geometry.type as string)) collect(f.geometry.coordinates);
  const span = (k: 0 | 1) => (positions.length ? Math.max(...positions.map((p) => p[k]!)) - Math.min(...positions.map((p) => p[k]!)) : 0);
  if (span(0) > 0.7 || span(1) > 0.45) {
    problems.push(problem('warning', ['context', 'features'], `The context spans ${span(0).toFixed(1)}° by ${span(1).toFixed(1)}°: it is drawn from street scale (zoom 12), about a city centre`, 'Zoom the map in to the streets before drawing, or delete the feature drawn too large.'));
  }
  return problems;
}
