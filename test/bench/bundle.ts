/**
 * Bundle: gzip and brotli sizes of the app's build, of the app's own code
 * alone (a build with MapLibre left external) and of the baseline's build.
 */
import { BUDGETS, addSizes, analyseBundle, isStaticMapFallback, ownCodeExact, sourceBreakdown, type BundleReport, type FileSizes, type Sizes, type SourceShare } from './lib/bundle-sizes.ts';

export interface BundleResult {
  readonly app: BundleReport;
  /** Every JS and CSS file of the build without MapLibre: the app's own code, exactly. */
  readonly ownCode: { readonly files: readonly FileSizes[]; readonly total: Sizes };
  /** The same without the no-WebGL fallback map (what the own-code budget counts), and the fallback alone. */
  readonly ownCodeInteractive: Sizes;
  readonly fallback: Sizes;
  /** The baseline's JS and CSS (MapLibre, tree-shaken to what a bare map needs, and its stylesheet). */
  readonly baselineCode: Sizes;
  /** What the eager JS is made of, largest first (from the source maps). */
  readonly eagerSources: readonly SourceShare[];
  readonly budgets: {
    readonly eagerGzip: { readonly value: number; readonly limit: number; readonly met: boolean };
    readonly ownCodeGzip: { readonly value: number; readonly limit: number; readonly met: boolean };
    readonly fallbackGzip: { readonly value: number; readonly limit: number; readonly met: boolean };
  };
}

export function measureBundle(root: string, dists: { app: string; appWithoutMaplibre: string; baseline: string }): BundleResult {
  const app = analyseBundle(dists.app, { root, brotli: true });
  const ownCode = ownCodeExact(dists.appWithoutMaplibre, true);
  const baseline = analyseBundle(dists.baseline, { root, brotli: true });
  const interactive = addSizes(ownCode.files.filter((f) => !isStaticMapFallback(f.file)));
  const fallback = addSizes(ownCode.files.filter((f) => isStaticMapFallback(f.file)));
  return {
    app,
    ownCode,
    ownCodeInteractive: interactive,
    fallback,
    baselineCode: baseline.allCode,
    eagerSources: sourceBreakdown(dists.app, app.eager.files.map((f) => f.file)),
    budgets: {
      eagerGzip: { value: app.eager.total.gzip, limit: BUDGETS.eagerGzip, met: app.eager.total.gzip <= BUDGETS.eagerGzip },
      ownCodeGzip: { value: interactive.gzip, limit: BUDGETS.ownCodeGzip, met: interactive.gzip <= BUDGETS.ownCodeGzip },
      fallbackGzip: { value: fallback.gzip, limit: BUDGETS.fallbackGzip, met: fallback.gzip <= BUDGETS.fallbackGzip },
    },
  };
}
