/**
 * The steps of a scrolling story, read from the article: any element with
 * `data-journey-step="<event id>"` (or `"overview"`) slotted into the
 * `<diplomatic-journey layout="scrolly">` element or inside what is slotted;
 * or, when nothing with the attribute is slotted, every such element in the
 * page outside another `<diplomatic-journey>`.
 */

/** One step, as its element declares it. */
export interface ScrollyStep {
  readonly element: HTMLElement;
  /** An event's id, or `overview` for the whole journey. */
  readonly eventId: string;
  /** `data-journey-alt`: what the map shows at this step, for screen readers, the no-WebGL map and print. */
  readonly alt: string;
  /** `data-journey-progress="time"`: scrolling through the step moves time from its event to the next. */
  readonly progressTime: boolean;
  /** `data-journey-transition="essential"`: the move to this step is one the story needs; it animates even under reduced motion (others cut). */
  readonly essential: boolean;
}

const STEP = '[data-journey-step]';

/** The step elements for `host`, in document order. */
export function findStepElements(host: HTMLElement, slot: HTMLSlotElement | null | undefined): HTMLElement[] {
  // Before the first render there is no slot yet: the host's children are what it will hold.
  const assigned = slot ? slot.assignedElements({ flatten: true }) : [...host.children].filter((el) => !el.hasAttribute('slot'));
  const slotted = assigned.flatMap((el) => [
    ...(el.matches(STEP) ? [el] : []),
    ...el.querySelectorAll(STEP),
  ]);
  if (slotted.length > 0) return slotted as HTMLElement[];
  return [...host.ownerDocument.querySelectorAll<HTMLElement>(STEP)].filter((el) => el.closest('diplomatic-journey') === null);
}

/** What a step element declares. */
export function readStep(element: HTMLElement): ScrollyStep {
  const data = element.dataset;
  return {
    element,
    eventId: (data.journeyStep ?? '').trim(),
    alt: (data.journeyAlt ?? '').trim(),
    progressTime: data.journeyProgress === 'time',
    essential: data.journeyTransition === 'essential',
  };
}
