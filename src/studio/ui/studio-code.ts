/**
 * The code view: the same journey as JSON in CodeMirror 6, linted as you
 * type by the validator the CLI uses (each problem underlined where its path
 * is, with its message and hint) and by the JSON parser, with completion of
 * property names and values from the format's JSON Schema. Loaded only when
 * an editor opens it. Edits that parse go to the studio; the studio's
 * changes come back as `value`.
 */
import { autocompletion, type CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { defaultKeymap, indentWithTab } from '@codemirror/commands';
import { json, jsonParseLinter } from '@codemirror/lang-json';
import { bracketMatching, foldGutter, syntaxHighlighting, defaultHighlightStyle, syntaxTree } from '@codemirror/language';
import { linter, lintGutter, lintKeymap, type Diagnostic } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import { EditorView, keymap, lineNumbers } from '@codemirror/view';
import { LitElement, html } from 'lit';
import { journeyJsonSchema } from '../../journey/json-schema.ts';
import { validateJourney } from '../../journey/validate.ts';
import { locatePath, pathAt } from '../code/json-tree.ts';
import { propertySuggestions, valueSuggestions } from '../code/schema-completion.ts';
import { parsePath } from '../draft/json-path.ts';
import { CodeEditEvent } from '../studio-events.ts';

const SCHEMA = journeyJsonSchema();
/** Edits go to the studio this long after the last key. */
const SYNC_DELAY_MS = 400;

const text = (view: EditorView) => (from: number, to: number) => view.state.doc.sliceString(from, to);

/** The validator's problems, underlined where their paths are. */
function journeyLinter(view: EditorView): Diagnostic[] {
  let value: unknown;
  try {
    value = JSON.parse(view.state.doc.toString());
  } catch {
    return []; // The JSON parser's linter says where.
  }
  const tree = syntaxTree(view.state);
  return validateJourney(value).problems.slice(0, 200).map((p) => {
    const span = locatePath(tree, text(view), parsePath(p.path) ?? []);
    return { from: span.from, to: Math.max(span.to, span.from + 1), severity: p.severity, message: `${p.path}: ${p.message}${p.hint ? ` Hint: ${p.hint}` : ''}` };
  });
}

/** Property names and values from the schema, at the cursor. */
function schemaCompletion(context: CompletionContext): CompletionResult | null {
  const node = syntaxTree(context.state).resolveInner(context.pos, -1);
  const read = (from: number, to: number) => context.state.doc.sliceString(from, to);
  const word = context.matchBefore(/"?[\w$-]*/);
  if (!word || (word.from === word.to && !context.explicit)) return null;
  const at = pathAt(node, read);
  // After `"name":`, the cursor is at a value, whatever the parser made of the unfinished text.
  const key = /"([\w$-]+)"\s*:\s*$/.exec(read(Math.max(0, word.from - 200), word.from))?.[1] ?? at.property;
  if (key) {
    const values = valueSuggestions(SCHEMA, at.parts, key).map((s) => ({ label: `"${s.label}"`, type: 'enum' }));
    return values.length ? { from: word.from, options: values, validFor: /^"?[\w$-]*"?$/ } : null;
  }
  const options = propertySuggestions(SCHEMA, at.parts).map((s) => ({ label: `"${s.label}"`, detail: s.detail, type: 'property' }));
  if (options.length) return { from: word.from, options, validFor: /^"?[\w$-]*$/ };
  return null;
}

export class StudioCode extends LitElement {
  static override properties = { value: { attribute: false } };

  /** The journey file to show. */
  declare value: unknown;
  #view: EditorView | undefined;
  /** The text last sent to the studio or received from it. */
  #synced = '';
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    this.value = undefined;
  }

  protected override createRenderRoot() {
    return this;
  }

  protected override firstUpdated(): void {
    const parent = this.querySelector('.code-editor') as HTMLElement;
    this.#synced = JSON.stringify(this.value, null, 2);
    this.#view = new EditorView({
      parent,
      state: EditorState.create({
        doc: this.#synced,
        extensions: [
          lineNumbers(),
          foldGutter(),
          bracketMatching(),
          syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
          json(),
          linter(jsonParseLinter(), { delay: 300 }),
          linter(journeyLinter, { delay: 500 }),
          lintGutter(),
          autocompletion({ override: [schemaCompletion] }),
          keymap.of([...defaultKeymap, ...lintKeymap, indentWithTab]),
          EditorView.contentAttributes.of({ 'aria-label': 'The journey as JSON', 'aria-describedby': 'code-help' }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) this.#scheduleSync();
          }),
        ],
      }),
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#timer);
    this.#view?.destroy();
    this.#view = undefined;
  }

  #scheduleSync(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      const view = this.#view;
      if (!view) return;
      const doc = view.state.doc.toString();
      if (doc === this.#synced) return;
      let value: unknown;
      try {
        value = JSON.parse(doc);
      } catch {
        return; // Not JSON yet: the linter says where.
      }
      this.#synced = JSON.stringify(value, null, 2);
      this.dispatchEvent(new CodeEditEvent({ value }));
    }, SYNC_DELAY_MS);
  }

  protected override updated(): void {
    const view = this.#view;
    if (!view) return;
    const next = JSON.stringify(this.value, null, 2);
    if (next === this.#synced) return;
    // A change from the forms (or undo): the text follows.
    this.#synced = next;
    const current = view.state.doc.toString();
    if (current === next) return;
    view.dispatch({ changes: { from: 0, to: current.length, insert: next }, selection: { anchor: Math.min(view.state.selection.main.head, next.length) } });
  }

  override render() {
    return html`<p id="code-help" class="help">Tab indents; press Escape, then Tab, to leave the editor. Ctrl+Shift+M lists the problems; F8 goes to the next.</p>
      <div class="code-editor"></div>`;
  }
}

customElements.define('studio-code', StudioCode);

declare global {
  interface HTMLElementTagNameMap {
    'studio-code': StudioCode;
  }
}
