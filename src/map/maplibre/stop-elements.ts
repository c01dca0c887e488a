/**
 * A stop marker's elements: a real `<button>` with its drawn dot, and its
 * label beside it (hidden from screen readers: the button's name says it).
 * Built by `StopMarkers` when a marker needs them (stop-markers.ts).
 */
export interface StopElements {
  readonly button: HTMLButtonElement;
  readonly dot: HTMLElement;
  readonly labelElement: HTMLElement;
}

/** What a marker's button does: click, keys, focus and hover, each told which stop. */
export interface StopHandlers {
  choose(): void;
  key(e: KeyboardEvent): void;
  hover(kind: 'focus' | 'pointer', on: boolean): void;
}

export function createStopElements(id: string, precision: string, on: StopHandlers): StopElements {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = `stop precision-${precision}`;
  button.dataset.place = id;
  button.tabIndex = -1;
  const dot = document.createElement('span');
  dot.className = 'stop-dot';
  button.append(dot);
  const labelElement = document.createElement('span');
  labelElement.className = 'stop-label';
  labelElement.dataset.labelFor = id;
  labelElement.setAttribute('aria-hidden', 'true');
  labelElement.hidden = true;
  button.addEventListener('click', () => on.choose());
  button.addEventListener('keydown', (e) => on.key(e));
  button.addEventListener('focus', () => on.hover('focus', true));
  button.addEventListener('blur', () => on.hover('focus', false));
  button.addEventListener('pointerenter', () => on.hover('pointer', true));
  button.addEventListener('pointerleave', () => on.hover('pointer', false));
  return { button, dot, labelElement };
}
