import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { looksLikeDraft, type Draft } from '../draft/draft.ts';

/** Where the work in progress is kept, in this browser only. */
export const DRAFT_KEY = 'diplomatic-journey:studio-draft';
/** Saving waits this long after the last change, so typing is not slowed. */
const SAVE_DELAY_MS = 300;

/** What is kept: the draft and when. */
export interface SavedDraft {
  readonly draft: Draft;
  readonly savedAt: number;
}

/** Reads the kept draft, if there is a readable one. */
export function readSavedDraft(storage: Storage | undefined = globalThis.localStorage): SavedDraft | undefined {
  try {
    const raw = storage?.getItem(DRAFT_KEY);
    if (!raw) return undefined;
    const saved = JSON.parse(raw) as { draft?: unknown; savedAt?: unknown };
    return looksLikeDraft(saved.draft) ? { draft: saved.draft, savedAt: Number(saved.savedAt) || 0 } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Keeps the draft in the browser's local storage after every change (a
 * moment after the last), so a reload or a closed tab loses nothing. Nothing
 * leaves the browser. Says when saving fails (storage full or blocked).
 */
export class DraftStorageController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #pending: Draft | null | undefined;
  /** The last save's outcome, for the status line. */
  state: 'idle' | 'saving' | 'saved' | 'failed' = 'idle';

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** Keeps this draft (null forgets the kept one). */
  save(draft: Draft | null): void {
    this.#pending = draft;
    this.state = 'saving';
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#flush(), SAVE_DELAY_MS);
  }

  #flush(): void {
    this.#timer = undefined;
    const draft = this.#pending;
    this.#pending = undefined;
    if (draft === undefined) return;
    try {
      if (draft === null) localStorage.removeItem(DRAFT_KEY);
      else localStorage.setItem(DRAFT_KEY, JSON.stringify({ draft, savedAt: Date.now() } satisfies SavedDraft));
      this.state = 'saved';
    } catch {
      this.state = 'failed';
    }
    this.#host.requestUpdate();
  }

  /** Writes what is pending now (the page is being left, or hidden). */
  readonly #now = () => {
    if (!this.#timer) return;
    clearTimeout(this.#timer);
    this.#flush();
  };

  hostConnected(): void {
    addEventListener('pagehide', this.#now);
    document.addEventListener('visibilitychange', this.#now);
  }

  hostDisconnected(): void {
    removeEventListener('pagehide', this.#now);
    document.removeEventListener('visibilitychange', this.#now);
    this.#now();
  }
}
