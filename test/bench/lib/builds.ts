/**
 * The benchmark's builds, made with Vite's API from the project's own
 * vite.config.ts, into dist-bench/ so that dist/ (which the browser tests
 * serve) is never touched.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';

export interface AppBuildOptions {
  /** Hidden source maps (no comment in the code, so sizes are unchanged), to attribute profiled time to sources. */
  readonly sourcemap?: boolean;
  /** Leave maplibre-gl (module, stylesheet, worker) out, to weigh the app's own code alone. */
  readonly withoutMaplibre?: boolean;
}

const MAPLIBRE = [/^maplibre-gl(\/|$)/];

/**
 * Runs a build as `npm run build` would: in production. Vitest sets
 * NODE_ENV=test, and Vite keeps a NODE_ENV it finds, which would build Lit's
 * development code (4 kB more) into what the budget tests weigh.
 */
async function productionBuild(run: () => Promise<unknown>): Promise<void> {
  const before = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await run();
  } finally {
    if (before === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = before;
  }
}

/** Builds the app, exactly as `npm run build` does, into `outDir`. */
export async function buildApp(root: string, outDir: string, options: AppBuildOptions = {}): Promise<void> {
  await productionBuild(() => build({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      sourcemap: options.sourcemap ? 'hidden' : false,
      // Sizes are measured by the benchmark itself.
      reportCompressedSize: false,
      // Both spellings: vite.config.ts may use either, and they are merged key by key.
      ...(options.withoutMaplibre ? { rollupOptions: { external: MAPLIBRE }, rolldownOptions: { external: MAPLIBRE } } : {}),
    },
  }));
}

/** Builds the bare-MapLibre baseline page (test/bench/vite.baseline.config.ts) into dist-bench/baseline. */
export async function buildBaseline(root: string): Promise<void> {
  // Hidden source maps, as for the app, so profiled time splits the same way.
  await productionBuild(() => build({
    configFile: join(root, 'test/bench/vite.baseline.config.ts'),
    logLevel: 'warn',
    build: { reportCompressedSize: false, sourcemap: 'hidden' },
  }));
}

/**
 * The second baseline (issue 19): the baseline page with the basemap as it
 * was before tiles, one GeoJSON file per layer whatever the view, written by
 * `npm run basemap -- --untiled` into a copy of dist-bench/baseline. Run after
 * `buildBaseline`.
 */
export function buildUntiledBaseline(root: string): void {
  const from = join(root, 'dist-bench/baseline');
  const to = join(root, 'dist-bench/baseline-untiled');
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
  rmSync(join(to, 'basemap'), { recursive: true, force: true });
  execFileSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/build-basemap.ts'), '--untiled', join(to, 'basemap')], { cwd: root, stdio: 'ignore' });
}
