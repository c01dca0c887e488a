/**
 * A load (usually a dynamic `import()` of a chunk) made at most once and
 * shared by every caller; one that failed (the network was gone) is made
 * again on the next call.
 *
 * Some browsers (Chromium among them) remember a module whose fetch failed
 * and fail every later `import()` of the same URL at once, without asking
 * the network again. So when the failure names the module's URL (Chromium:
 * "Failed to fetch dynamically imported module: <url>"; Firefox: "error
 * loading dynamically imported module: <url>"), the next try imports that
 * URL with a query added, which the browser fetches afresh. The module's
 * own imports keep their URLs, so they are the instances already loaded.
 *
 * @example const loadMap = loadOnce(() => import('./map/maplibre/journey-map.ts'));
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  let failedUrl: string | undefined;
  let tries = 0;
  return () =>
    (pending ??= (failedUrl ? (import(/* @vite-ignore */ `${failedUrl}${failedUrl.includes('?') ? '&' : '?'}retry=${++tries}`) as Promise<T>) : load()).catch(
      (error: unknown) => {
        pending = undefined;
        failedUrl = failedModuleUrl(error) ?? failedUrl;
        throw error;
      },
    ));
}

/** The URL of the module a failed dynamic import names, if it names one. */
export function failedModuleUrl(error: unknown): string | undefined {
  const message = error instanceof Error ? error.message : String(error);
  const match = /dynamically imported module:?\s+(https?:\/\/\S+?\.m?js)(?:[?#]\S*)?\s*$/i.exec(message);
  return match?.[1];
}
