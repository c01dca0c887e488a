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
import { formatIsoTime, parsePageOptions } from '../options/story-options.ts';
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

// Where to open: the story applies these as the journey loads.
story.startEvent = options.event ?? '';
story.startTime = options.time === undefined ? '' : formatIsoTime(options.time);

const main = document.querySelector('main') as HTMLElement;
main.replaceChildren(story);
reportHeight(main, params.get('childId') ?? '');
