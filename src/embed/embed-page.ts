/**
 * The iframe page (`embed.html`): the story with cooperative gestures. By
 * default (`layout=fixed`) it fills the frame, whatever height the article
 * gives it, and needs no script on the parent page; with `layout=full` it is
 * the long form and reports its height to the parent page (resize.js, pym.js,
 * AMP). It never writes any URL.
 *
 * Query parameters (defined in `src/options/story-options.ts`): `journey`,
 * `event`, `t`, `basemap`, `theme=light|dark|auto`, `chrome=0` to hide the
 * title bar, `layout=fixed|full|scrolly` (scrolly: the journey's events as
 * steps that drive the map as the reader scrolls, through the scroll bridge
 * in resize.js; see scrolly/scrolly-page.ts), `step-line`, `max-mb` to accept journey files over 5 MB,
 * and `height`: a fixed story is that many px tall at most (as the element's
 * `height`), and never taller than its frame.
 */
import { embedLayouts } from '../components/journey-story/embed-layout.styles.ts';
import { JourneyStory } from '../components/journey-story/journey-story.ts';
import { formatIsoTime, parsePageOptions } from '../options/story-options.ts';
import { reportHeight } from './height-reporter.ts';

JourneyStory.addStyles(embedLayouts);
const params = new URLSearchParams(location.search);
const options = parsePageOptions(params);
const main = document.querySelector('main') as HTMLElement;
if (options.layout === 'scrolly') {
  document.documentElement.dataset.layout = 'scrolly';
  document.documentElement.style.colorScheme = options.theme === 'auto' ? 'light dark' : options.theme;
  void import('./scrolly/scrolly-page.ts').then(({ startScrollyPage }) => startScrollyPage(main, options, params.get('childId') ?? ''));
} else showStory();

/** The fixed and long-form layouts: the story itself. */
function showStory(): void {
  const story = document.createElement('journey-story');
  story.journey = options.journey;
  story.basemap = options.basemap;
  story.maxBytes = options.maxBytes;
  story.theme = options.theme;
  story.hideChrome = options.hideChrome;
  story.layout = options.layout === 'full' ? 'full' : 'fixed';
  story.cooperativeGestures = true;
  document.documentElement.style.colorScheme = story.theme === 'auto' ? 'light dark' : story.theme;
  document.documentElement.dataset.layout = story.layout;
  // Through the CSSOM, not a style attribute (strict CSP); embed-page.css reads it.
  if (options.height !== undefined) document.documentElement.style.setProperty('--_dj-height', `${options.height}px`);

  // Where to open: the story applies these as the journey loads.
  story.startEvent = options.event ?? '';
  story.startTime = options.time === undefined ? '' : formatIsoTime(options.time);

  main.replaceChildren(story);
  // A fixed story fills its frame: its height is the frame's, and there is nothing to report.
  if (story.layout === 'full') reportHeight(main, params.get('childId') ?? '');
}
