/**
 * Form fields bound to a path in the draft. Each has a visible label, an id
 * made from its path (so a problem's path finds its field), and reports
 * every keystroke as one change: typing on in the same field is one undo
 * step (see draft/history.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatPath, getAt, type Json, type PathPart } from '../draft/json-path.ts';

/** What the forms need from the studio. */
export interface FormContext {
  readonly draft: Json;
  /** Sets the value at a path (undefined removes it); `key` coalesces typing in one field. */
  set(parts: readonly PathPart[], value: Json | undefined, key?: string): void;
  /** Ends the current field's undo step. */
  seal(): void;
  /** Problems by path, for aria-invalid and the message under a field. */
  problemAt(parts: readonly PathPart[]): string | undefined;
}

/** The element id of the field for a path. */
export const fieldId = (parts: readonly PathPart[]) => `f${formatPath(parts)}`;

/** A field's label, with a mark beside it (not in its name: the input says it is required) when it must be filled in. */
const labelLine = (id: string, label: string, required = false) =>
  html`<span class="label-line"><label for=${id}>${label}</label>${required ? html`<span class="required" aria-hidden="true">*</span>` : nothing}</span>`;

const text = (value: Json | undefined) => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');

function note(id: string, message: string | undefined, help?: string) {
  return html`${help ? html`<span class="help" id=${`${id}-help`}>${help}</span>` : nothing}${message
    ? html`<span class="field-problem" id=${`${id}-problem`}>${message}</span>`
    : nothing}`;
}

const describedBy = (id: string, message: string | undefined, help?: string) => [help ? `${id}-help` : '', message ? `${id}-problem` : ''].filter(Boolean).join(' ') || nothing;

/** A one-line text input. */
export function textField(ctx: FormContext, parts: readonly PathPart[], label: string, options: { help?: string; type?: string; required?: boolean; onValue?: (value: string) => void; problem?: string } = {}): TemplateResult {
  const id = fieldId(parts);
  const problem = options.problem ?? ctx.problemAt(parts);
  return html`<div class="field">
    ${labelLine(id, label, options.required)}
    <input
      id=${id}
      data-path=${formatPath(parts)}
      type=${options.type ?? 'text'}
      .value=${text(getAt(ctx.draft, parts))}
      ?required=${options.required ?? false}
      aria-invalid=${problem ? 'true' : 'false'}
      aria-describedby=${describedBy(id, problem, options.help)}
      @input=${(e: Event) => {
        const value = (e.target as HTMLInputElement).value;
        if (options.onValue) options.onValue(value);
        else ctx.set(parts, value, formatPath(parts));
      }}
      @change=${() => ctx.seal()}
    />
    ${note(id, problem, options.help)}
  </div>`;
}

/** A multi-line text input. */
export function textArea(ctx: FormContext, parts: readonly PathPart[], label: string, options: { help?: string; required?: boolean } = {}): TemplateResult {
  const id = fieldId(parts);
  const problem = ctx.problemAt(parts);
  return html`<div class="field">
    ${labelLine(id, label, options.required)}
    <textarea
      id=${id}
      data-path=${formatPath(parts)}
      rows="3"
      .value=${text(getAt(ctx.draft, parts))}
      ?required=${options.required ?? false}
      aria-invalid=${problem ? 'true' : 'false'}
      aria-describedby=${describedBy(id, problem, options.help)}
      @input=${(e: Event) => ctx.set(parts, (e.target as HTMLTextAreaElement).value, formatPath(parts))}
      @change=${() => ctx.seal()}
    ></textarea>
    ${note(id, problem, options.help)}
  </div>`;
}

/** A number input; empty removes the value. */
export function numberField(ctx: FormContext, parts: readonly PathPart[], label: string, options: { step?: string; min?: number; max?: number; help?: string } = {}): TemplateResult {
  const id = fieldId(parts);
  const problem = ctx.problemAt(parts);
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <input
      id=${id}
      data-path=${formatPath(parts)}
      type="number"
      step=${options.step ?? 'any'}
      min=${options.min ?? nothing}
      max=${options.max ?? nothing}
      .value=${text(getAt(ctx.draft, parts))}
      aria-invalid=${problem ? 'true' : 'false'}
      aria-describedby=${describedBy(id, problem, options.help)}
      @input=${(e: Event) => {
        const raw = (e.target as HTMLInputElement).value;
        ctx.set(parts, raw === '' ? undefined : Number(raw), formatPath(parts));
      }}
      @change=${() => ctx.seal()}
    />
    ${note(id, problem, options.help)}
  </div>`;
}

/** A choice from a list. */
export function selectField(
  ctx: FormContext,
  parts: readonly PathPart[],
  label: string,
  choices: readonly (readonly [value: string, label: string])[],
  options: { help?: string; onValue?: (value: string) => void; blank?: string } = {},
): TemplateResult {
  const id = fieldId(parts);
  const problem = ctx.problemAt(parts);
  const value = text(getAt(ctx.draft, parts));
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <select
      id=${id}
      data-path=${formatPath(parts)}
      aria-invalid=${problem ? 'true' : 'false'}
      aria-describedby=${describedBy(id, problem, options.help)}
      @change=${(e: Event) => {
        const next = (e.target as HTMLSelectElement).value;
        if (options.onValue) options.onValue(next);
        else ctx.set(parts, next);
        ctx.seal();
      }}
    >
      ${options.blank !== undefined || !choices.some(([v]) => v === value) ? html`<option value="" ?selected=${!choices.some(([v]) => v === value)}>${options.blank ?? 'Choose…'}</option>` : nothing}
      ${choices.map(([v, l]) => html`<option value=${v} ?selected=${v === value}>${l}</option>`)}
    </select>
    ${note(id, problem, options.help)}
  </div>`;
}

/** Several ids from a list, as checkboxes in a fieldset. */
export function checkboxList(ctx: FormContext, parts: readonly PathPart[], legend: string, choices: readonly (readonly [value: string, label: string])[], empty: string): TemplateResult {
  const current = getAt(ctx.draft, parts);
  const chosen = Array.isArray(current) ? current.filter((v): v is string => typeof v === 'string') : [];
  const problem = ctx.problemAt(parts);
  const id = fieldId(parts);
  return html`<fieldset class="field checks" id=${id} data-path=${formatPath(parts)} tabindex="-1" aria-describedby=${problem ? `${id}-problem` : nothing}>
    <legend>${legend}</legend>
    ${choices.length === 0 ? html`<p class="help">${empty}</p>` : nothing}
    ${choices.map(
      ([value, label]) => html`<label class="check"
        ><input
          type="checkbox"
          .checked=${chosen.includes(value)}
          @change=${(e: Event) => {
            const on = (e.target as HTMLInputElement).checked;
            const next = on ? [...chosen.filter((v) => choices.some(([c]) => c === v)), value] : chosen.filter((v) => v !== value);
            // In the order of the choices, so the file reads the same whichever box was ticked first.
            ctx.set(parts, choices.map(([c]) => c).filter((c) => next.includes(c)));
            ctx.seal();
          }}
        />${label}</label
      >`,
    )}
    ${note(id, problem)}
  </fieldset>`;
}
