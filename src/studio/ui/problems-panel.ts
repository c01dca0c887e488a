/**
 * The validator's verdict on the draft, after every change: errors and
 * warnings in lists of their own, each with its path, message and hint.
 * Each says where in the forms it is, as well as its path. Choosing one
 * takes the editor to its field.
 */
import { html, nothing } from 'lit';
import { countProblems, type Problem } from '../../journey/problem.ts';
import type { Draft } from '../draft/draft.ts';
import { parsePath } from '../draft/json-path.ts';
import { whereLabel } from './problem-words.ts';

export function problemsPanel(problems: readonly Problem[], choose: (p: Problem) => void, draft: Draft) {
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  const [e, w] = [countProblems(problems, 'error'), countProblems(problems, 'warning')];
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const item = (p: Problem) =>
    html`<li>
      <button type="button" class="problem" @click=${() => choose(p)}>
        <strong class="where">${whereLabel(draft, parsePath(p.path) ?? [])}</strong> <code class="path">${p.path}</code> <span class="message">${p.message}</span>${p.hint ? html` <span class="hint">Hint: ${p.hint}</span>` : nothing}
      </button>
    </li>`;
  return html`<section class="problems" aria-labelledby="problems-heading">
    <h2 id="problems-heading">
      Checks
      <span class="verdict ${e ? 'bad' : 'good'}" role="status">${e === 0 ? `Valid: it opens in the reader${w ? ` (${plural(w, 'warning')})` : ''}` : `${plural(e, 'error')}, ${plural(w, 'warning')}`}</span>
    </h2>
    ${errors.length
      ? html`<h3 class="errors-heading">Errors <span class="sub">(the journey won’t open until they are fixed)</span></h3>
          <ul class="problem-list errors" aria-label="Errors">${errors.slice(0, 60).map(item)}</ul>`
      : nothing}
    ${warnings.length
      ? html`<details class="warnings" ?open=${errors.length === 0}>
          <summary>Warnings (${w}): it opens, but check them</summary>
          <ul class="problem-list" aria-label="Warnings">${warnings.slice(0, 60).map(item)}</ul>
        </details>`
      : nothing}
  </section>`;
}
