/**
 * The studio's page (edit.html), an entry of its own that readers' pages
 * never load. `?theme=dark` for dark colours. `?view=reader` is the reader's
 * view of the draft kept in this browser: the story alone, full page, as
 * the Publish panel's preview link opens it.
 */
import './ui/journey-studio.ts';
import { readSavedDraft } from './controllers/draft-storage.ts';
import { toFile } from './draft/draft.ts';

const params = new URLSearchParams(location.search);
const theme = params.get('theme') === 'dark' ? 'dark' : 'light';
document.documentElement.dataset.theme = theme;
document.documentElement.style.colorScheme = theme;
const main = document.querySelector('main') as HTMLElement;

if (params.get('view') === 'reader') {
  void import('./ui/studio-preview.ts').then(() => {
    const saved = readSavedDraft();
    document.title = `Preview (draft): ${String((saved?.draft.journey as { title?: unknown } | undefined)?.title ?? 'no journey')}`;
    const banner = document.createElement('p');
    banner.className = 'reader-banner';
    banner.setAttribute('role', 'note');
    banner.textContent = saved ? 'A preview of the draft in the studio, in this browser only. ' : 'No journey is being written in this browser. ';
    const back = document.createElement('a');
    back.href = 'edit.html';
    back.textContent = 'Back to the studio';
    banner.append(back);
    const preview = document.createElement('studio-preview');
    preview.full = true;
    preview.theme = theme;
    preview.file = saved ? toFile(saved.draft) : undefined;
    main.replaceChildren(banner, preview);
    main.classList.add('reader-view');
  });
} else {
  const studio = document.createElement('journey-studio');
  studio.theme = theme;
  main.replaceChildren(studio);
}
