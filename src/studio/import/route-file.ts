/**
 * A leg's line from a GPX or KML file (a GPS track, a route drawn in
 * Google Earth), read with @tmcw/togeojson. Needs a DOM parser (the
 * browser's `DOMParser`).
 */
import { gpx, kml } from '@tmcw/togeojson';

type Position = [number, number];

/**
 * The first line in a GPX or KML document as [longitude, latitude]
 * positions (heights dropped, at most `max`, evenly thinned), or why there
 * is none.
 */
export function routeFromXml(text: string, fileName: string, max = 2000): { coordinates: Position[] } | { error: string } {
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  if (doc.getElementsByTagName('parsererror').length) return { error: `${fileName} is not well-formed XML` };
  const isGpx = doc.documentElement.nodeName.toLowerCase() === 'gpx';
  const collection = isGpx ? gpx(doc) : kml(doc);
  for (const feature of collection.features) {
    const g = feature.geometry;
    const lines: number[][][] = g?.type === 'LineString' ? [g.coordinates] : g?.type === 'MultiLineString' ? g.coordinates : [];
    const positions = lines.flat().map((p) => [Math.round((p[0] as number) * 1e5) / 1e5, Math.round((p[1] as number) * 1e5) / 1e5] as Position);
    if (positions.length >= 2) {
      const step = Math.ceil(positions.length / max);
      const thinned = positions.filter((_, i) => i % step === 0 || i === positions.length - 1);
      return { coordinates: thinned };
    }
  }
  return { error: `${fileName} has no line (a ${isGpx ? 'track or route' : 'LineString'}) with two points or more` };
}
