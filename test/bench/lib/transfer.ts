/**
 * What a reader downloads before the first map (issue 19): every response
 * the page (and MapLibre's worker) received until a moment, weighed as the
 * built file gzipped at level 9, as a static host that compresses would send
 * it. The benchmark's own server sends files uncompressed, so sizes are
 * computed from the files, not from the wire.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';

/** Bytes before the first map, gzip: all of it, and the basemap's part (style, tiles, GeoJSON). */
export interface TransferFigures {
  readonly totalGzip: number;
  readonly basemapGzip: number;
  readonly basemapFiles: number;
  readonly files: number;
  /** The basemap's paths, for the results file. */
  readonly basemapPaths: readonly string[];
}

const cache = new Map<string, number>();
const gzipSize = (file: string) => {
  let size = cache.get(file);
  if (size === undefined) {
    size = statSync(file).size === 0 ? 0 : gzipSync(readFileSync(file), { level: 9 }).byteLength;
    cache.set(file, size);
  }
  return size;
};

/** Starts recording the URLs of finished responses; `take()` returns those so far. */
export function recordResponses(page: Page): { take(): string[] } {
  const urls: string[] = [];
  page.on('requestfinished', (request) => urls.push(request.url()));
  return { take: () => [...urls] };
}

/**
 * Weighs responses by the files they came from: a URL on `origin` is looked
 * up under `dist` (mounts map other path prefixes to folders). A URL that is
 * no file there (a data: URL, a 404) weighs nothing.
 */
export function weigh(urls: readonly string[], origin: string, dist: string, mounts: Readonly<Record<string, string>> = {}): TransferFigures {
  let totalGzip = 0;
  let basemapGzip = 0;
  let files = 0;
  let basemapFiles = 0;
  const basemapPaths: string[] = [];
  for (const url of new Set(urls)) {
    if (!url.startsWith(origin)) continue;
    const path = decodeURIComponent(new URL(url).pathname);
    const prefix = Object.keys(mounts).find((p) => path.startsWith(p));
    const file = prefix ? join(mounts[prefix] as string, path.slice(prefix.length)) : join(dist, path === '/' ? 'index.html' : path.slice(1));
    if (!existsSync(file) || statSync(file).isDirectory()) continue;
    const size = gzipSize(file);
    totalGzip += size;
    files++;
    if (path.includes('/basemap/')) {
      basemapGzip += size;
      basemapFiles++;
      basemapPaths.push(path);
    }
  }
  return { totalGzip, basemapGzip, basemapFiles, files, basemapPaths };
}
