/**
 * The importers, loaded when an editor first imports a file (papaparse and
 * @tmcw/togeojson stay out of the studio's first download).
 */
export { describeCsvProblem, importEventsCsv } from '../import/csv-events.ts';
export { routeFromXml } from '../import/route-file.ts';
