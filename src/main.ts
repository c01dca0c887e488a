/**
 * The standalone page: one `<journey-story>` that takes `?journey=`,
 * `?basemap=`, `?theme=light|dark|auto` and `?max-mb=` (a bigger size cap
 * for big journeys) from the page URL and keeps the
 * step in the URL hash.
 */
import './components/journey-story/journey-story.ts';
import { maxBytesParam } from './journey/load.ts';

const params = new URLSearchParams(location.search);
const story = document.createElement('journey-story');
story.journey = params.get('journey') ?? '';
story.basemap = params.get('basemap') ?? '';
story.maxBytes = maxBytesParam(params.get('max-mb')) ?? story.maxBytes;
story.syncUrl = true;
const theme = params.get('theme');
story.theme = theme === 'dark' || theme === 'auto' ? theme : 'light';
document.documentElement.style.colorScheme = story.theme === 'auto' ? 'light dark' : story.theme;
if (story.theme !== 'light') document.body.style.background = 'var(--dj-page-bg, #15191e)';
story.allowFiles = true;
story.allowShare = true;
document.querySelector('main')?.replaceChildren(story);

window.addEventListener('unhandledrejection', (e) => console.error('Unhandled rejection:', e.reason));
