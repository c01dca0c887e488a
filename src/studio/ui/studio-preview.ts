/**
 * The live preview: the reader's own `<journey-story>`, fed the draft as a
 * local file (its public `openFile`, as "Open a journey file…" does), a
 * moment after the last change that leaves the journey valid. Choosing a
 * step in it tells the studio; the studio's chosen event is shown in it.
 * Until the journey is valid it says how many errors are left, and offers
 * to go to the one to fix first.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { embedLayouts } from '../../components/journey-story/embed-layout.styles.ts';
import { JourneyStory } from '../../components/journey-story/journey-story.ts';
import type { StoryChangeEvent, StoryLoadEvent } from '../../components/events.ts';
import type { Problem } from '../../journey/problem.ts';
import type { Draft } from '../draft/draft.ts';
import { parsePath } from '../draft/json-path.ts';
import { PreviewStepEvent, ProblemChooseEvent } from '../studio-events.ts';
import { fieldWord, firstToFix, whereLabel } from './problem-words.ts';

JourneyStory.addStyles(embedLayouts);

/** The preview waits this long after the last change, so typing doesn't redraw the story at every key. */
const PREVIEW_DELAY_MS = 700;

/**
 * @event studio-preview-step - The editor chose a step in the preview (PreviewStepEvent).
 * @event studio-problem-choose - The editor asked to go to the error to fix first (ProblemChooseEvent).
 */
export class StudioPreview extends LitElement {
  static override properties = {
    file: { attribute: false },
    eventId: { attribute: false },
    problems: { attribute: false },
    draft: { attribute: false },
    theme: {},
    full: { type: Boolean },
    _state: { state: true },
  };

  /** The draft as a file, when it passes its checks; undefined while it has errors. */
  declare file: Draft | undefined;
  /** The event chosen in the forms ('' for none). */
  declare eventId: string;
  /** The checks' problems on the draft, and the draft they are about (for the note while it has errors). */
  declare problems: readonly Problem[];
  declare draft: Draft | undefined;
  declare theme: 'light' | 'dark';
  /** The whole page (the reader view, a phone), not a pane beside the forms. */
  declare full: boolean;
  declare _state: 'waiting' | 'shown' | 'stale' | 'failed';

  #story: JourneyStory | undefined;
  #shownText = '';
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** The step the story is on, as it last said. */
  #current = '';

  constructor() {
    super();
    this.file = undefined;
    this.eventId = '';
    this.problems = [];
    this.draft = undefined;
    this.theme = 'light';
    this.full = false;
    this._state = 'waiting';
  }

  protected override createRenderRoot() {
    return this;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#timer);
  }

  protected override firstUpdated(): void {
    this.#schedule(0);
  }

  /** The story, made when there is first a valid journey to show (made earlier, it would load the app's default journey). */
  #ensureStory(): JourneyStory {
    if (this.#story) return this.#story;
    const story = document.createElement('journey-story');
    story.layout = this.full ? 'auto' : 'fixed';
    story.theme = this.theme;
    story.check = true;
    story.addEventListener('journey-story-load', (e: StoryLoadEvent) => {
      if (!e.detail.ok) {
        this._state = 'failed';
        return;
      }
      this._state = 'shown';
      if (this.eventId) story.goToEvent(this.eventId);
    });
    story.addEventListener('journey-story-change', (e: StoryChangeEvent) => {
      const id = e.detail.overview ? '' : e.detail.eventId;
      if (id === this.#current) return;
      this.#current = id;
      if (id !== this.eventId) this.dispatchEvent(new PreviewStepEvent({ eventId: id || undefined }));
    });
    this.querySelector('.preview-story')?.append(story);
    this.#story = story;
    return story;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('file') && changed.get('file') !== undefined) this.#schedule(PREVIEW_DELAY_MS);
    else if (changed.has('file')) this.#schedule(this.#story ? PREVIEW_DELAY_MS : 0);
    if (changed.has('theme') && this.#story) this.#story.theme = this.theme;
    if (changed.has('eventId') && this.eventId && this.eventId !== this.#current && this._state === 'shown') this.#story?.goToEvent(this.eventId);
  }

  #schedule(delay: number): void {
    if (!this.hasUpdated) return;
    if (!this.file) {
      if (this._state === 'shown') this._state = 'stale';
      return;
    }
    const text = JSON.stringify(this.file);
    if (text === this.#shownText) {
      if (this._state === 'stale') this._state = 'shown';
      return;
    }
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      const story = this.#ensureStory();
      this.#shownText = text;
      this.#current = '';
      void story.updateComplete.then(() => story.openFile(new File([text], 'draft.json', { type: 'application/json' })));
    }, delay);
  }

  /** While the draft has errors: how many are left, and the one to fix first with a button that goes to it. */
  #errorsNote() {
    const errors = this.problems.filter((p) => p.severity === 'error').length;
    const first = this.draft && firstToFix(this.draft, this.problems);
    if (!errors || !first || !this.draft) return nothing;
    const parts = parsePath(first.path) ?? [];
    const where = [whereLabel(this.draft, parts), fieldWord(parts)].filter(Boolean).join(', ');
    const count = errors === 1 ? 'One error is left' : `${errors} errors are left`;
    const before = this._state === 'stale' ? 'before the preview shows your latest changes' : 'before the preview can show the journey';
    return html`<div class="preview-errors">
      <p role="status">${count} ${before}. Fix first: <strong>${where ? `${where} — ` : ''}${first.message}</strong>.</p>
      ${this.full ? nothing : html`<button type="button" @click=${() => this.dispatchEvent(new ProblemChooseEvent({ path: first.path }))}>Go to it</button>`}
    </div>`;
  }

  override render() {
    const note = {
      waiting: this.problems.some((p) => p.severity === 'error') ? '' : 'Opening the preview…',
      shown: '',
      stale: 'It shows the last version without errors.',
      failed: 'The preview could not open the journey: see Checks.',
    }[this._state];
    const errors = this._state === 'waiting' || this._state === 'stale' ? this.#errorsNote() : nothing;
    return html`<section class="preview" aria-label="Preview: the journey as readers see it">
      ${this.full ? nothing : html`<h2 class="pane-title">Preview</h2>`}
      ${errors}
      ${note ? html`<p class="preview-note">${note}</p>` : nothing}
      <div class="preview-story"></div>
    </section>`;
  }
}

customElements.define('studio-preview', StudioPreview);

declare global {
  interface HTMLElementTagNameMap {
    'studio-preview': StudioPreview;
  }
}
