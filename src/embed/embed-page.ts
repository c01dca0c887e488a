/**
 * The iframe page (`embed.html`): the story in its compact layout, with
 * cooperative gestures, that reports its height to the parent page. It never
 * writes any URL.
 *
 * Query parameters: `journey`, `event`, `t`, `basemap`, `theme=light|dark|auto`,
 * `chrome=0` to hide the title bar, `max-mb` to accept journey files over 5 MB.
 */
import '../components/journey-story/journey-story.ts';
import { maxBytesParam } from '../journey/load.ts';
import { reportHeight } from './height-reporter.ts';

const params = new URLSearchParams(location.search);
const story = document.createElement('journey-story');
story.journey = params.get('journey') ?? '';
story.basemap = params.get('basemap') ?? '';
story.maxBytes = maxBytesParam(params.get('max-mb')) ?? story.maxBytes;
story.layout = 'compact';
story.cooperativeGestures = true;
const theme = params.get('theme');
story.theme = theme === 'dark' || theme === 'auto' ? theme : 'light';
document.documentElement.style.colorScheme = story.theme === 'auto' ? 'light dark' : story.theme;
story.hideChrome = params.get('chrome') === '0';

// A starting event or time, applied once the journey has loaded.
const event = params.get('event');
const time = params.get('t') ? Date.parse(params.get('t') as string) : Number.NaN;
let applied = false;
story.addEventListener('journey-story-change', () => {
  if (applied) return;
  applied = true;
  if (event) story.goToEvent(event);
  if (Number.isFinite(time)) story.setTime(time);
});

const main = document.querySelector('main') as HTMLElement;
main.replaceChildren(story);
reportHeight(main, params.get('childId') ?? '');
