/**
 * The standalone page: one `<journey-story>` that takes its options
 * (`?journey=`, `?basemap=`, `?theme=light|dark|auto`, `?max-mb=`; see
 * `src/options/story-options.ts`) from the page URL and keeps the step in
 * the URL hash.
 */
import './components/journey-story/journey-story.ts';
import { parsePageOptions } from './options/story-options.ts';

const options = parsePageOptions(location.search);
const story = document.createElement('journey-story');
story.journey = options.journey;
story.basemap = options.basemap;
story.maxBytes = options.maxBytes;
story.check = options.check;
story.theme = options.theme;
story.syncUrl = true;
document.documentElement.style.colorScheme = story.theme === 'auto' ? 'light dark' : story.theme;
if (story.theme !== 'light') document.body.style.background = 'var(--dj-page-bg, #15191e)';
story.allowFiles = true;
story.allowShare = true;
document.querySelector('main')?.replaceChildren(story);

window.addEventListener('unhandledrejection', (e) => console.error('Unhandled rejection:', e.reason));
