/**
 * The standalone page: one `<journey-story>` that takes `?journey=` and
 * `?basemap=` from the page URL and keeps the step in the URL hash.
 */
import './components/journey-story/journey-story.ts';

const params = new URLSearchParams(location.search);
const story = document.createElement('journey-story');
story.journey = params.get('journey') ?? '';
story.basemap = params.get('basemap') ?? '';
story.syncUrl = true;
story.allowFiles = true;
story.allowShare = true;
document.querySelector('main')?.replaceChildren(story);

window.addEventListener('unhandledrejection', (e) => console.error('Unhandled rejection:', e.reason));
