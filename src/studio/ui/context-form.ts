/**
 * The Context part of the studio (issue 17): the journey's own schematic
 * streets, squares, buildings and rivers, drawn under the route at street
 * scale. Each is added and drawn with clicks on the map (a point, a line or
 * an outline), then given a kind and a label. See
 * src/journey/context-schema.ts for the format.
 */
import { html, type TemplateResult } from 'lit';
import { CONTEXT_KINDS } from '../../journey/context-schema.ts';
import type { Draft } from '../draft/draft.ts';
import { getAt, insertItem, listAt, removeItem, setAt, type Json, type JsonObject } from '../draft/json-path.ts';
import { selectField, textArea, textField } from './fields.ts';
import type { FormsContext } from './forms.ts';

type Shape = 'Point' | 'LineString' | 'Polygon';
const SHAPES: readonly (readonly [Shape, string])[] = [['Point', 'a point'], ['LineString', 'a line'], ['Polygon', 'an outline']];
const KIND_LABELS: Record<(typeof CONTEXT_KINDS)[number], string> = {
  street: 'Street', square: 'Square', building: 'Building', river: 'River', area: 'Area (walled or named precinct)', caption: 'Caption (a note on the map)',
};
/** What `placing` is while the map draws into a context feature: "context:<index>:<shape>" ("new" for a feature not yet made). */
export const contextPlacing = (index: number | 'new', shape: Shape) => `context:${index}:${shape}`;

/** The draft after a click on the map while drawing context; and what `placing` becomes (a line or outline goes on taking clicks). */
export function drawContext(draft: Draft, placing: string, position: readonly [number, number]): { draft: Draft; placing: string; status: string } | undefined {
  const match = /^context:(new|\d+):(Point|LineString|Polygon)$/.exec(placing);
  if (!match) return undefined;
  const shape = match[2] as Shape;
  const p = [Math.round(position[0] * 1e5) / 1e5, Math.round(position[1] * 1e5) / 1e5];
  let next = draft;
  if (getAt(next, ['context']) === undefined) next = setAt(next, ['context'], { type: 'FeatureCollection', title: '', note: 'Schematic, drawn by hand in the journey studio: not to scale.', features: [] });
  let index = match[1] === 'new' ? -1 : Number(match[1]);
  if (index < 0) {
    const kind = shape === 'Point' ? 'building' : shape === 'LineString' ? 'street' : 'square';
    next = insertItem(next, ['context', 'features'], { type: 'Feature', geometry: { type: shape, coordinates: [] }, properties: { kind, label: '' } });
    index = listAt(next, ['context', 'features']).length - 1;
  }
  const at = ['context', 'features', index, 'geometry', 'coordinates'];
  const old = getAt(next, at);
  if (shape === 'Point') return { draft: setAt(next, at, p), placing: '', status: 'Point placed. Give it a kind and a label.' };
  const points = (shape === 'Polygon' ? ((Array.isArray(old) ? old[0] : []) as Json[] | undefined ?? []).slice(0, -1) : (Array.isArray(old) ? old : [])) as Json[];
  const line = [...points, p];
  next = setAt(next, at, shape === 'Polygon' ? [[...line, line[0]!]] : line);
  return { draft: next, placing: contextPlacing(index, shape), status: `Point ${line.length} added. Click the next one, or press Finish drawing.` };
}

/** The Context section of the form column. */
export function contextForm(ctx: FormsContext): TemplateResult {
  const context = getAt(ctx.draft, ['context']);
  const features = context === undefined ? [] : listAt(ctx.draft, ['context', 'features']);
  const drawing = ctx.placing.startsWith('context:');
  return html`<section class="form-section" aria-labelledby="h-context">
    <h2 id="h-context">Context</h2>
    <p class="intro">Streets, squares, buildings and rivers of your own, drawn under the route when the reader zooms in to street scale, where the basemap has none. They are always shown as <strong>schematic, not to scale</strong>: draw only what you know, and say how in the note. Find the city on the map and zoom in to its streets first; the preview shows them from zoom 12.</p>
    ${context === undefined
      ? ''
      : html`${textField(ctx, ['context', 'title'], 'What it shows', { required: true, help: 'e.g. "Central Moscow". The map credits it as "…: schematic, not to scale".' })}
        ${textArea(ctx, ['context', 'note'], 'How it was drawn', { required: true })}`}
    <div class="row-actions" role="group" aria-label="Draw on the map">
      ${drawing
        ? html`<button type="button" @click=${() => ctx.startPlacing('')}>Finish drawing</button>`
        : SHAPES.map(([shape, words]) => html`<button type="button" @click=${() => ctx.startPlacing(contextPlacing('new', shape))}>Add ${words} on the map</button>`)}
    </div>
    <ol class="items" aria-label="Context features">
      ${features.map((f, i) => {
        const base = ['context', 'features', i] as const;
        const shape = String(getAt(f as JsonObject, ['geometry', 'type']) ?? '');
        return html`<li>
          <fieldset>
            <legend>${String(getAt(f as JsonObject, ['properties', 'label']) ?? '') || `Feature ${i + 1}`} (${shape === 'LineString' ? 'line' : shape === 'Polygon' ? 'outline' : 'point'})</legend>
            ${selectField(ctx, [...base, 'properties', 'kind'], 'Kind', CONTEXT_KINDS.map((k) => [k, KIND_LABELS[k]] as const))}
            ${textField(ctx, [...base, 'properties', 'label'], 'Label', { required: true })}
            ${textField(ctx, [...base, 'properties', 'labelLocal'], 'Label in the local language')}
            <button type="button" @click=${() => ctx.apply(removeItem(ctx.draft, ['context', 'features'], i))}>Delete ${String(getAt(f as JsonObject, ['properties', 'label']) ?? '') || `feature ${i + 1}`}</button>
          </fieldset>
        </li>`;
      })}
    </ol>
  </section>`;
}
