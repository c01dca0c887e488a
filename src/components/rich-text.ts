/**
 * Rich journey text as Lit templates. Journey text only ever reaches the page
 * as text bindings inside fixed templates, never parsed as markup.
 */
import { html, type TemplateResult } from 'lit';
import { parseRichText, type RichToken } from '../journey/rich-text.ts';
import { safeHref } from './safe-href.ts';

/** What `renderRichText` returns: strings and templates, ready for a Lit binding. */
export type RichContent = ReadonlyArray<string | TemplateResult>;

/**
 * Renders tokens: `<em>`, `<strong>`, `<br>` and links that open in a new
 * tab with `rel="noopener noreferrer"`.
 *
 * @param tokens From `parseRichText`.
 * @returns Content for a Lit child binding.
 * @example html`<p>${renderTokens(parseRichText('**Talks** ended'))}</p>`
 */
export function renderTokens(tokens: readonly RichToken[]): RichContent {
  return tokens.map((token) => {
    switch (token.type) {
      case 'text':
        return token.text;
      case 'break':
        return html`<br />`;
      case 'em':
        return html`<em>${renderTokens(token.children)}</em>`;
      case 'strong':
        return html`<strong>${renderTokens(token.children)}</strong>`;
      case 'link':
        // The tokenizer only makes links it allows; safeHref checks again, in case tokens come from elsewhere.
        return html`<a href=${safeHref(token.href, { mailto: true })} target="_blank" rel="noopener noreferrer">${renderTokens(token.children)}</a>`;
    }
  });
}

/**
 * Parses and renders journey text in the Markdown subset of `journey/rich-text.ts`.
 *
 * @param text A summary or a quote from the journey file.
 * @example html`<p class="summary">${renderRichText(event.summary)}</p>`
 */
export function renderRichText(text: string): RichContent {
  return renderTokens(parseRichText(text));
}
