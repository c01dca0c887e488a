/**
 * The rules of the context layer (`context-schema.ts`) that its schema can't
 * express: bounds that run west to east and south to north, and a caption
 * that tells readers, on the map, that the layer is schematic.
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
  return problems;
}
