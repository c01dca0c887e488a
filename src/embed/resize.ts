/**
 * The parent-page snippet (`embed/resize.js`, under 1 KB gzipped): sizes
 * every iframe that shows the embed page to fit its content. It trusts a
 * height message only when it comes from a frame of this page whose `src` is
 * the embed page (`embed.html` beside the folder this script was loaded
 * from), so another page on the embed's origin can't resize its own frame or
 * anyone else's; and only when the height is a whole number of pixels in a
 * sane range (see height-limits.ts).
 *
 * The scroll bridge: a frame of the embed page that asks for it (a scrolly
 * story, embed.html?layout=scrolly) is told, on the embed's origin only,
 * where it is in this page's viewport whenever the page scrolls or resizes,
 * since the page scrolls, not the frame (see scroll-bridge.ts). The request
 * passes the same checks as a height message.
 *
 * Plain script, safe to load with `async`: its imports are inlined at build
 * (check that embed/resize.js has no `import` when changing this).
 */
import { parseHeightMessage } from './height-limits.ts';
import { isBridgeHello, viewportMessage } from './scroll-bridge-parent.ts';

((): void => {
  const script = document.currentScript as HTMLScriptElement | null;
  if (!script) return;
  const embedPage = new URL('../embed.html', script.src);
  const bridged = new Set<HTMLIFrameElement>();
  let queued = false;

  /** The frame of the embed page that sent this message, or undefined. */
  const frameOf = (event: MessageEvent): HTMLIFrameElement | undefined => {
    if (event.origin !== embedPage.origin || event.source === null) return undefined;
    for (const frame of Array.from(document.getElementsByTagName('iframe'))) {
      if (frame.contentWindow !== event.source) continue;
      const src = new URL(frame.src, location.href);
      return src.origin === embedPage.origin && src.pathname === embedPage.pathname ? frame : undefined;
    }
    return undefined;
  };

  const tell = (frame: HTMLIFrameElement): void => {
    frame.contentWindow?.postMessage(viewportMessage(frame.getBoundingClientRect().top, innerHeight), embedPage.origin);
  };
  const tellAll = (): void => {
    queued = false;
    for (const frame of bridged) frame.isConnected ? tell(frame) : bridged.delete(frame);
  };
  const onScroll = (): void => {
    if (queued || bridged.size === 0) return;
    queued = true;
    requestAnimationFrame(tellAll);
  };
  addEventListener('scroll', onScroll, { passive: true });
  addEventListener('resize', onScroll, { passive: true });

  window.addEventListener('message', (event: MessageEvent) => {
    const height = parseHeightMessage(event.data);
    const hello = height === undefined && isBridgeHello(event.data);
    if (height === undefined && !hello) return;
    const frame = frameOf(event);
    if (!frame) return;
    if (hello) {
      bridged.add(frame);
      tell(frame);
      return;
    }
    frame.style.height = `${height}px`;
    frame.setAttribute('scrolling', 'no');
    // Its top may have moved with its height.
    if (bridged.has(frame)) onScroll();
  });
})();
