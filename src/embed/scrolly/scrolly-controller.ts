import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { JourneyStory } from '../../components/journey-story/journey-story.ts';
import { OVERVIEW_ID } from '../../journey/story-state.ts';
import { hasWebGL2 } from '../../map/maplibre/webgl.ts';
import { adoptExternalStepStyles } from './external-steps.ts';
import { ScrollStepsController, type Viewport } from './scroll-steps-controller.ts';
import { ScrollProgressEvent, ScrollStepEvent } from './scrolly-events.ts';
import { findStepElements, readStep, type ScrollyStep } from './scrolly-steps.ts';
import { coverOf, progressTime } from './step-picker.ts';

export interface ScrollyOptions {
  /** The story inside the stage, once rendered. */
  readonly story: () => JourneyStory | null;
  /** Where the step line is, 0 to 1 of the viewport. */
  readonly line: () => number;
}

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

/**
 * Runs `<diplomatic-journey layout="scrolly">`: reads the article's steps,
 * goes to each step's event as the reader scrolls to it (through
 * ScrollStepsController), drives time through steps marked
 * `data-journey-progress="time"`, keeps map gestures off until the reader
 * explores, and says what each step's map shows. Renders the stage and the
 * steps' slot around the story it is given.
 */
export class ScrollyController implements ReactiveController {
  readonly #host: Host;
  readonly #options: ScrollyOptions;
  readonly #scroll: ScrollStepsController;
  #steps: ScrollyStep[] = [];
  #current: ScrollyStep | undefined;
  #exploring = false;
  #unknown: readonly string[] = [];
  #lastProgress = Number.NaN;
  #bridged = false;
  #viewport: Viewport | undefined;

  constructor(host: Host, options: ScrollyOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
    this.#scroll = new ScrollStepsController(host, {
      steps: () => this.#steps.map((s) => s.element),
      line: options.line,
      onStep: (index) => this.#goTo(index),
      onProgress: (index, progress) => this.#progress(index, progress),
    });
  }

  /** The event the story opens on: the step where the page is now (a link into the middle opens there). */
  get startEvent(): string {
    this.#readSteps();
    const pick = this.#scroll.pick();
    return (pick && this.#steps[pick.index]?.eventId) || '';
  }

  /** Whether the reader has the map (gestures on) rather than the story. */
  get exploring(): boolean {
    return this.#exploring;
  }

  /** Gives the reader the map, or returns to the story (the step where the page is). */
  setExploring(exploring: boolean): void {
    if (exploring === this.#exploring) return;
    this.#exploring = exploring;
    this.#host.toggleAttribute('data-exploring', exploring);
    this.#host.requestUpdate();
    if (exploring) return;
    // Back to the story: the current step's view, wherever the reader took the map (and whatever step the page scrolled to meanwhile).
    const step = this.#current;
    const story = this.#options.story();
    if (step && story && !this.#unknown.includes(step.eventId)) {
      // Framed once the element has re-rendered (the map's controls hidden again, so the room is the story's).
      if (story.eventId === step.eventId) void this.#host.updateComplete.then(() => story.frameMap());
      else this.#show(story, step);
    }
    this.#scroll.measure();
  }

  /**
   * Inside an iframe: where the frame is in the parent page's viewport
   * (`top`, in px; `height`, the viewport's), from the scroll bridge. The
   * stage follows it as `position: sticky` would in a page.
   */
  setBridgedViewport(top: number, height: number): void {
    if (!this.#bridged) {
      this.#bridged = true;
      this.#host.toggleAttribute('data-bridged', true);
    }
    const hostTop = this.#host.getBoundingClientRect().top;
    const room = Math.max(0, this.#host.offsetHeight - height);
    const shift = Math.min(room, Math.max(0, -top - hostTop));
    this.#host.style.setProperty('--_dj-view-height', `${height}px`);
    this.#host.style.setProperty('--_dj-shift', `${Math.round(shift)}px`);
    this.#viewport = { offset: top, height };
    this.#scroll.setViewport(this.#viewport);
  }

  /** After the journey loads: checks each step's event, and shows the step where the page is. */
  loaded(): void {
    const model = this.#options.story()?.model;
    if (!model) return;
    const ids = new Set(model.events.map((e) => e.event.id));
    this.#unknown = this.#steps.map((s) => s.eventId).filter((id) => id !== OVERVIEW_ID && !ids.has(id));
    const current = this.#current;
    const story = this.#options.story();
    if (current && story && !this.#unknown.includes(current.eventId)) this.#show(story, current);
    this.#host.requestUpdate();
  }

  /** Drives time through the current step by hand (for pages with their own scroll logic): 0 at its event, 1 just before the next. */
  setProgress(progress: number): void {
    const story = this.#options.story();
    const model = story?.model;
    const id = this.#current?.eventId;
    const step = model?.events.find((e) => e.event.id === id);
    if (!story || !model || !step) return;
    story.setTime(progressTime(step.start, model.events[step.index + 1]?.start, progress));
  }

  #readSteps(): void {
    const slot = this.#host.renderRoot.querySelector<HTMLSlotElement>('slot:not([name])');
    this.#steps = findStepElements(this.#host, slot).map(readStep);
    // Steps elsewhere in the page: the element is the sticky map alone, and what follows it scrolls over it as cards.
    const external = this.#steps.length > 0 && !this.#steps.some((s) => this.#host.contains(s.element));
    this.#host.toggleAttribute('data-external-steps', external);
    if (external) adoptExternalStepStyles(this.#host.ownerDocument);
  }

  readonly #onSlotChange = () => {
    this.#readSteps();
    this.loaded();
    this.#scroll.measure();
  };

  #goTo(index: number): void {
    const step = this.#steps[index];
    if (!step) return;
    this.#current?.element.removeAttribute('data-journey-current');
    this.#current = step;
    step.element.setAttribute('data-journey-current', '');
    this.#lastProgress = Number.NaN;
    this.#host.requestUpdate();
    this.#host.dispatchEvent(new ScrollStepEvent({ index, eventId: step.eventId, element: step.element }));
    const story = this.#options.story();
    if (this.#exploring || this.#unknown.includes(step.eventId) || !story) return;
    this.#show(story, step);
  }

  /** Takes the story to a step, framed in the part of the map its card leaves free (phones: the cards cover the map). */
  #show(story: JourneyStory, step: ScrollyStep): void {
    const map = story.getBoundingClientRect();
    const others = this.#cards().flatMap((el) => (el === step.element ? [] : [el.getBoundingClientRect()]));
    const cover = coverOf(map, step.element.getBoundingClientRect(), others);
    const was = story.mapCovered;
    if (!was || was.top !== cover.top || was.bottom !== cover.bottom) story.mapCovered = { ...cover, left: 0, right: 0 };
    story.goToEvent(step.eventId, { essential: step.essential });
  }

  /** What scrolls over the map with the steps: what is slotted, or what follows the element (a wrapper of steps counts as its children). */
  #cards(): Element[] {
    const slot = this.#host.renderRoot.querySelector<HTMLSlotElement>('slot:not([name])');
    const external = this.#host.hasAttribute('data-external-steps');
    const cards: Element[] = [];
    if (!external) cards.push(...(slot?.assignedElements({ flatten: true }) ?? []));
    for (let el = this.#host.nextElementSibling; external && el; el = el.nextElementSibling) cards.push(el);
    return cards.flatMap((el) => (el.querySelector('[data-journey-step]') ? [...el.children] : [el]));
  }

  #progress(index: number, progress: number): void {
    const step = this.#steps[index];
    if (!step || step !== this.#current || progress === this.#lastProgress) return;
    this.#lastProgress = progress;
    this.#host.dispatchEvent(new ScrollProgressEvent({ index, eventId: step.eventId, element: step.element, progress }));
    if (step.progressTime && !this.#exploring) this.setProgress(progress);
  }

  readonly #onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && this.#exploring) this.setExploring(false);
  };

  hostConnected(): void {
    this.#host.toggleAttribute('data-no-webgl', !hasWebGL2());
    this.#host.addEventListener('keydown', this.#onKey);
  }

  hostDisconnected(): void {
    this.#host.removeEventListener('keydown', this.#onKey);
    this.#current?.element.removeAttribute('data-journey-current');
  }

  hostUpdated(): void {
    // The slot exists from the first render on.
    if (this.#steps.length === 0) {
      this.#readSteps();
      this.#scroll.measure();
    }
  }

  /** The stage (map, Explore toggle, what the map shows) and the steps. */
  render(story: TemplateResult): TemplateResult {
    const alt = this.#current?.alt ?? '';
    const external = this.#host.hasAttribute('data-external-steps');
    const problems = this.#unknown.length
      ? html`<p class="problems" role="note">
          This story's steps name events the journey does not have, so the map stays where it was for them:
          ${this.#unknown.map((id, i) => html`${i ? ', ' : ''}“${id}”`)}.
        </p>`
      : nothing;
    return html`<div class="scrolly">
      <div class="stage" part="stage">
        ${story}
        <button class="explore" type="button" @click=${() => this.setExploring(!this.#exploring)}>
          ${this.#exploring ? 'Back to the story' : 'Explore the map'}
        </button>
        ${alt ? html`<p class="view-alt">Map: ${alt}</p>` : nothing}
        <slot name="static"></slot>
        ${external ? problems : nothing}
      </div>
      <div class="steps">
        ${external ? nothing : problems}
        <slot @slotchange=${this.#onSlotChange}></slot>
      </div>
      <div class="visually-hidden" aria-live="polite" aria-atomic="true">${alt ? `Map: ${alt}` : ''}</div>
    </div>`;
  }
}
