/**
 * The iframe page's scrolly story (`embed.html?layout=scrolly`), for CMSs
 * that allow only iframes: a `<diplomatic-journey layout="scrolly">` whose
 * steps are the journey's own events (title, time, summary), written from
 * the journey once it loads. Journey text goes in as text, never as HTML.
 *
 * On its own the frame scrolls inside itself. With resize.js on the parent
 * page it asks for the scroll bridge: once the parent answers, the frame
 * reports its height (so the parent makes it as tall as the story) and
 * follows where the parent's viewport is. Viewport messages are trusted only
 * from the parent window, on the parent's origin.
 */
import { html, render } from 'lit';
import '../diplomatic-journey.ts';
import { renderRichText } from '../../components/rich-text.ts';
import { shortPlaceName } from '../../journey/describe.ts';
import type { Journey } from '../../journey/model.ts';
import { formatTime } from '../../journey/time.ts';
import { OVERVIEW_ID } from '../../journey/story-state.ts';
import type { PageOptions } from '../../options/story-options.ts';
import { reportHeight } from '../height-reporter.ts';
import { parentOrigin, parseViewportMessage, SCROLL_BRIDGE_HELLO } from '../scroll-bridge.ts';

/** How often, and how many times, the frame asks for the bridge while resize.js may still be loading. */
const HELLO_EVERY_MS = 500;
const HELLO_TRIES = 20;

/** Shows the scrolly story in `main`. */
export function startScrollyPage(main: HTMLElement, options: PageOptions, pymId: string): void {
  const story = document.createElement('diplomatic-journey');
  const attributes: [string, string][] = [
    ['layout', 'scrolly'],
    ['journey', options.journey],
    ['basemap', options.basemap],
    ['theme', options.theme],
    ['step-line', String(options.stepLine)],
  ];
  for (const [name, value] of attributes) if (value) story.setAttribute(name, value);
  story.addEventListener('journey-story-load', (e) => e.detail.ok && story.model && writeSteps(story, story.model), { once: true });
  main.replaceChildren(story);
  bridge(story, main, pymId);
}

/** One step per event, after an opening step for the whole journey. */
function writeSteps(host: HTMLElement, journey: Journey): void {
  const meta = journey.file.journey;
  const n = journey.events.length;
  render(
    html`<section data-journey-step=${OVERVIEW_ID} data-journey-alt=${`The whole journey: ${n} ${n === 1 ? 'event' : 'events'}.`}>
        <h1>${meta.title}</h1>
        ${meta.summary ? html`<p>${renderRichText(meta.summary)}</p>` : ''}
      </section>
      ${journey.events.map(
        (step) => html`<section data-journey-step=${step.event.id} data-journey-alt=${`${shortPlaceName(step.place)}, and the routes to and from it.`}>
          <h2>${step.event.title}</h2>
          <p class="when">${formatTime(step.event.start, step.place.properties.timeZone).full} · ${shortPlaceName(step.place)}</p>
          ${step.event.summary ? html`<p>${renderRichText(step.event.summary)}</p>` : ''}
        </section>`,
      )}`,
    host,
  );
}

/** Asks the parent for the scroll bridge, and follows its viewport once it answers. */
function bridge(story: HTMLElement & { setBridgedViewport(top: number, height: number): void }, main: HTMLElement, pymId: string): void {
  if (window.parent === window) return;
  const origin = parentOrigin(location, document.referrer);
  if (!origin) return;
  let answered = false;
  let tries = 0;
  const hello = setInterval(() => {
    if (answered || ++tries > HELLO_TRIES) clearInterval(hello);
    else window.parent.postMessage({ type: SCROLL_BRIDGE_HELLO }, origin);
  }, HELLO_EVERY_MS);
  window.parent.postMessage({ type: SCROLL_BRIDGE_HELLO }, origin);
  addEventListener('message', (event: MessageEvent) => {
    if (event.source !== window.parent || event.origin !== origin) return;
    const viewport = parseViewportMessage(event.data);
    if (!viewport) return;
    if (!answered) {
      answered = true;
      clearInterval(hello);
      // The parent now scrolls the story: the frame becomes as tall as it.
      document.documentElement.dataset.bridged = '';
      reportHeight(main, pymId);
    }
    story.setBridgedViewport(viewport.top, viewport.height);
  });
}
