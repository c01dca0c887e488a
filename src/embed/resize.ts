/**
 * The parent-page snippet (`embed/resize.js`, under 1 KB gzipped): sizes
 * every iframe that shows the embed page to fit its content. It accepts
 * height messages only from the embed's own origin (the origin this script
 * was loaded from), and only applies them to the iframe that sent them.
 *
 * Plain script: no imports, no exports, safe to load with `async`.
 */
((): void => {
  const script = document.currentScript as HTMLScriptElement | null;
  if (!script) return;
  const origin = new URL(script.src).origin;
  window.addEventListener('message', (event: MessageEvent) => {
    const data = event.data as { type?: unknown; height?: unknown } | null;
    if (event.origin !== origin || !data || data.type !== 'diplomatic-journey:height') return;
    const height = Number(data.height);
    if (!(height > 0 && height < 100000)) return;
    for (const frame of Array.from(document.getElementsByTagName('iframe'))) {
      if (frame.contentWindow !== event.source) continue;
      if (!frame.src.startsWith(origin)) return;
      frame.style.height = `${height}px`;
      frame.setAttribute('scrolling', 'no');
    }
  });
})();
