/**
 * The iframe page (`embed.html`): the story in its compact layout, with
 * cooperative gestures, that reports its height to the parent page. It never
 * writes any URL.
 *
 * Query parameters (defined in `src/options/story-options.ts`): `journey`,
 * `event`, `t`, `basemap`, `theme=light|dark|auto`, `chrome=0` to hide the
 * title bar, `max-mb` to accept journey files over 5 MB.
 */
import '../components/journey-story/journey-story.ts';
import { parsePageOptions } from '../options/story-options.ts';
import { reportHeight } from './height-reporter.ts';

const params = new URLSearchParams(location.search);
const options = parsePageOptions(params);
const story = document.createElement('journey-story');
story.journey = options.journey;
story.basemap = options.basemap;
story.maxBytes = options.maxBytes;
story.theme = options.theme;
story.hideChrome = options.hideChrome;
story.layout = 'compact';
story.cooperativeGestures = true;
document.documentElement.style.colorScheme = story.theme === 'auto' ? 'light dark' : story.theme;

// A starting event or time, applied once the journey has loaded.
// TODO(story-state): set story.startEvent/startTime (from options.event/options.time) instead of waiting for the first change.
let applied = false;
story.addEventListener('journey-story-change', () => {
  if (applied) return;
  applied = true;
  if (options.event) story.goToEvent(options.event);
  if (options.time !== undefined) story.setTime(options.time);
});

const main = document.querySelector('main') as HTMLElement;
main.replaceChildren(story);
reportHeight(main, params.get('childId') ?? '');
