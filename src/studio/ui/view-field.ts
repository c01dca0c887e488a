/**
 * An event's own map view (`event.view`): what is set, a button that takes
 * the canvas's current camera into the event, and one that clears it. Each
 * is one undo step; the preview then goes to the view.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatPath, getAt, type Json, type PathPart } from '../draft/json-path.ts';
import type { FormContext } from './fields.ts';

/** Where the canvas looks, as the studio can ask it. */
export interface CanvasView {
  readonly center: readonly [number, number];
  readonly zoom: number;
}

/** "zoom 11 at 55.75, 37.62" (latitude first, as people say it), or undefined when no view is set. */
export function viewWords(view: Json | undefined): string | undefined {
  const center = getAt(view, ['center']);
  const zoom = getAt(view, ['zoom']);
  if (!Array.isArray(center) || typeof center[0] !== 'number' || typeof center[1] !== 'number' || typeof zoom !== 'number') return undefined;
  const r = (x: number, k: number) => String(Math.round(x * k) / k);
  return `zoom ${r(zoom, 10)} at ${r(center[1], 100)}, ${r(center[0], 100)}`;
}

export function viewField(ctx: FormContext, parts: readonly PathPart[], canvasView: () => CanvasView | undefined): TemplateResult {
  const id = `f${formatPath(parts)}`;
  const set = getAt(ctx.draft, parts);
  const words = viewWords(set);
  const problem = ctx.problemAt(parts) ?? ctx.problemAt([...parts, 'zoom']) ?? ctx.problemAt([...parts, 'center']);
  return html`<fieldset class="field view-field" aria-describedby=${`${id}-state`}>
    <legend>Map view</legend>
    <p class="help" id=${`${id}-state`}>${words ? `View: ${words}.` : 'No view of its own: the map frames the step’s place and legs.'} Move the map above to frame the step, then use its view.</p>
    <div class="row">
      <button
        type="button"
        data-path=${formatPath(parts)}
        aria-invalid=${problem ? 'true' : 'false'}
        aria-describedby=${problem ? `${id}-state ${id}-problem` : `${id}-state`}
        @click=${() => {
          const view = canvasView();
          if (view) ctx.set(parts, { center: [view.center[0], view.center[1]], zoom: view.zoom });
        }}
      >Use the map’s view for this step</button>
      ${set !== undefined ? html`<button type="button" @click=${() => ctx.set(parts, undefined)}>Clear the view</button>` : nothing}
    </div>
    ${problem ? html`<span class="field-problem" id=${`${id}-problem`}>${problem}</span>` : nothing}
  </fieldset>`;
}
