/**
 * In the iframe page: watches the content's height and tells the parent page
 * whenever it changes, debounced, and only when it really changed.
 */
import { heightMessages } from './height-messages.ts';

const DEBOUNCE_MS = 80;

/** Starts reporting; returns the function that stops it. */
export function reportHeight(content: HTMLElement, pymId: string): () => void {
  if (window.parent === window) return () => {};
  let last = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const send = () => {
    timer = undefined;
    const height = Math.ceil(content.getBoundingClientRect().height);
    if (height === last || height === 0) return;
    last = height;
    // Heights are not secret: any parent may know them, so '*' is fine here.
    for (const message of heightMessages(height, pymId)) window.parent.postMessage(message, '*');
  };
  const observer = new ResizeObserver(() => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(send, DEBOUNCE_MS);
  });
  observer.observe(content);
  send();
  return () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  };
}
