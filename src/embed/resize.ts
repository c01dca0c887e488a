/**
 * The parent-page snippet (`embed/resize.js`, under 1 KB gzipped): sizes
 * every iframe that shows the embed page to fit its content. It trusts a
 * height message only when it comes from a frame of this page whose `src` is
 * the embed page (`embed.html` beside the folder this script was loaded
 * from), so another page on the embed's origin can't resize its own frame or
 * anyone else's; and only when the height is a whole number of pixels in a
 * sane range (see height-limits.ts).
 *
 * Plain script, safe to load with `async`: its one import is inlined at build
 * (check that embed/resize.js has no `import` when changing this).
 */
import { parseHeightMessage } from './height-limits.ts';

((): void => {
  const script = document.currentScript as HTMLScriptElement | null;
  if (!script) return;
  const embedPage = new URL('../embed.html', script.src);
  window.addEventListener('message', (event: MessageEvent) => {
    if (event.origin !== embedPage.origin || event.source === null) return;
    const height = parseHeightMessage(event.data);
    if (height === undefined) return;
    for (const frame of Array.from(document.getElementsByTagName('iframe'))) {
      if (frame.contentWindow !== event.source) continue;
      const src = new URL(frame.src, location.href);
      if (src.origin !== embedPage.origin || src.pathname !== embedPage.pathname) return;
      frame.style.height = `${height}px`;
      frame.setAttribute('scrolling', 'no');
      return;
    }
  });
})();
