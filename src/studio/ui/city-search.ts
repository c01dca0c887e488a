/**
 * Finding a city of the basemap's (public/basemap/cities.geojson, from
 * GeoNames; see src/cli/build-basemap.ts) by what an editor typed: "Moscow",
 * "moscow", or "Moscow (RU)" as the suggestions write it. Pure.
 */

export interface City {
  readonly name: string;
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  readonly population: number;
  readonly position: readonly [number, number];
}

/**
 * The best match: the exact name (and country, when given), the most
 * populous first; else the most populous whose name starts with the text.
 *
 * @example findCity(cities, 'Kyiv (UA)')?.position // [30.5238, 50.4547]
 */
export function findCity(cities: readonly City[], query: string): City | undefined {
  const m = /^(.*?)\s*(?:\(([A-Za-z]{2})\))?\s*$/.exec(query.trim());
  const name = (m?.[1] ?? '').toLowerCase();
  const country = m?.[2]?.toUpperCase();
  if (!name) return undefined;
  const fits = (c: City) => !country || c.country === country;
  const byPopulation = (a: City, b: City) => b.population - a.population;
  const exact = cities.filter((c) => c.name.toLowerCase() === name && fits(c)).sort(byPopulation);
  if (exact[0]) return exact[0];
  return cities.filter((c) => c.name.toLowerCase().startsWith(name) && fits(c)).sort(byPopulation)[0];
}

/** Zones the browser knows. */
const ZONES: readonly string[] = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];

/**
 * The time zone named after a city, as many are (Africa/Nairobi,
 * America/New_York), for a place added from a found city; '' if none is.
 * The editor checks it: a city's zone is not always named after it.
 *
 * @example zoneForCity('Addis Ababa') // 'Africa/Addis_Ababa'
 */
export function zoneForCity(name: string, zones: readonly string[] = ZONES): string {
  const key = name.trim().replace(/\s+/g, '_').toLowerCase();
  if (!key) return '';
  return zones.find((z) => z.split('/').at(-1)!.toLowerCase() === key) ?? '';
}
