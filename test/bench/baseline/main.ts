/**
 * The baseline: bare MapLibre, no app code. The same basemap style and files
 * as the app, its URLs resolved the same way, the worker URL set the same
 * way, and the same route (precomputed by the benchmark from the default
 * journey) drawn as one line layer. Marks `baseline-map-idle` when the map
 * first settles with everything drawn.
 *
 * `window.benchPlay(seconds)` then animates one marker along the route with
 * `setData` on every animation frame, the floor the app's playback is
 * compared with; `window.benchSeek(fraction)` moves it once (the floor for
 * a scrub of the app's slider).
 *
 * Query: `route` (URL of the route file), `w` and `h` (map size in CSS
 * pixels, to match the app's map), `padding` (around the framed box), and
 * `camera` ("lng,lat,zoom": the app's opening view, read from its map, which
 * then replaces the framed box so both pages open on the same view and load
 * the same tiles). `basemap` names another style (the untiled baseline's).
 */
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import type { GeoJSONSource, StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Feature, FeatureCollection, LineString, Point, Position } from 'geojson';
import { resolveStyleUrls } from '../../../src/map/maplibre/basemap.ts';

/** What the benchmark writes for the baseline: see test/bench/lib/fixtures.ts. */
export interface BaselineRoute {
  /** The legs, drawn as one line layer. */
  readonly legs: FeatureCollection<LineString>;
  /** The box the app frames first: [west, south, east, north]. */
  readonly frame: [number, number, number, number];
  /** The path the marker follows, in order. */
  readonly path: readonly Position[];
}

declare global {
  interface Window {
    benchPlay?: (seconds: number) => void;
    benchStop?: () => void;
    benchSeek?: (fraction: number) => void;
  }
}

setWorkerUrl(workerUrl);

const params = new URLSearchParams(location.search);
const container = document.getElementById('map') as HTMLElement;
if (params.get('w')) container.style.width = `${params.get('w')}px`;
if (params.get('h')) container.style.height = `${params.get('h')}px`;

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { credentials: 'omit' });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

const styleUrl = new URL(params.get('basemap') ?? 'basemap/style.json', document.baseURI).href;
const [lng, lat, zoom] = (params.get('camera') ?? '').split(',').map(Number);
const camera = params.get('camera') && [lng, lat, zoom].every(Number.isFinite) ? { center: [lng!, lat!] as [number, number], zoom: zoom! } : undefined;
const [style, route] = await Promise.all([
  fetchJson<StyleSpecification>(styleUrl).then((s) => resolveStyleUrls(s, styleUrl)),
  fetchJson<BaselineRoute>(params.get('route') ?? 'bench-data/route.json'),
]);

const map = new MapLibreMap({
  container,
  style,
  ...(camera ?? { bounds: route.frame, fitBoundsOptions: { padding: Number(params.get('padding') ?? 80) } }),
  attributionControl: false,
  fadeDuration: 0,
});

map.once('load', () => {
  map.addSource('route', { type: 'geojson', data: route.legs });
  map.addLayer({ id: 'route', type: 'line', source: 'route', paint: { 'line-color': '#c2410c', 'line-width': 3 } });
  map.addSource('marker', { type: 'geojson', data: pointAt(0) });
  map.addLayer({
    id: 'marker',
    type: 'circle',
    source: 'marker',
    paint: { 'circle-radius': 7, 'circle-color': '#c2410c', 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2 },
  });
  map.once('idle', () => performance.mark('baseline-map-idle'));
});

// Cumulative planar lengths along the path, for constant-speed interpolation.
const cumulative: number[] = [0];
for (let i = 1; i < route.path.length; i++) {
  const [x0, y0] = route.path[i - 1] as [number, number];
  const [x1, y1] = route.path[i] as [number, number];
  cumulative.push((cumulative[i - 1] as number) + Math.hypot(x1 - x0, y1 - y0));
}
const total = cumulative[cumulative.length - 1] || 1;

function pointAt(fraction: number): Feature<Point> {
  const target = fraction * total;
  let lo = 0;
  let hi = cumulative.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((cumulative[mid] as number) <= target) lo = mid;
    else hi = mid;
  }
  const a = route.path[lo] as [number, number];
  const b = (route.path[hi] ?? a) as [number, number];
  const span = (cumulative[hi] as number) - (cumulative[lo] as number);
  const t = span > 0 ? (target - (cumulative[lo] as number)) / span : 0;
  return { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t] } };
}

let frameId = 0;
window.benchPlay = (seconds: number) => {
  cancelAnimationFrame(frameId);
  const source = map.getSource('marker') as GeoJSONSource;
  const start = performance.now();
  const tick = (now: number) => {
    source.setData(pointAt((((now - start) / 1000) % seconds) / seconds));
    frameId = requestAnimationFrame(tick);
  };
  frameId = requestAnimationFrame(tick);
};
window.benchStop = () => cancelAnimationFrame(frameId);
window.benchSeek = (fraction: number) => (map.getSource('marker') as GeoJSONSource).setData(pointAt(fraction));
