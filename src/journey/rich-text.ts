/**
 * The small Markdown subset journey summaries and quotes may use, as tokens.
 * Pure: no DOM. The components turn tokens into Lit templates, so journey
 * text is never parsed as HTML.
 *
 * The subset:
 * - `*emphasis*` or `_emphasis_`, `**strong**` (they nest);
 * - `[label](https://…)`: links with http, https or mailto only; any other
 *   link shows its label as text, unlinked;
 * - a newline is a line break;
 * - a backslash before punctuation writes it literally: `\*` is a star.
 *
 * Everything else is literal text, including anything that looks like HTML:
 * `<b>` is the three characters `<`, `b`, `>`. An unclosed marker is literal
 * too. `_` inside a word (snake_case) is not emphasis.
 */
import { allowedHref } from './links.ts';

export type RichToken =
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'break' }
  | { readonly type: 'em'; readonly children: readonly RichToken[] }
  | { readonly type: 'strong'; readonly children: readonly RichToken[] }
  /** `href` is always an allowed http(s) or mailto link. */
  | { readonly type: 'link'; readonly href: string; readonly children: readonly RichToken[] };

export interface RichTextOptions {
  /** Called with each link that is shown as plain text because its scheme isn't allowed. */
  readonly onRejectedLink?: (href: string) => void;
}

// Deeper nesting than this is shown as literal text: it bounds the recursion
// on hostile input such as a thousand `*`.
const MAX_DEPTH = 8;
const PUNCTUATION = /[!-/:-@[-`{-~]/;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const SPACE = /\s/;

/**
 * Splits rich text into tokens.
 *
 * @param text Journey text (a summary, a quote).
 * @param options `onRejectedLink` to learn about links shown as plain text.
 * @returns Tokens; adjacent text is merged into one token.
 * @example parseRichText('Talks **ended** after [midnight](https://example.org)')
 * // [{ type: 'text', text: 'Talks ' }, { type: 'strong', children: [{ type: 'text', text: 'ended' }] },
 * //  { type: 'text', text: ' after ' }, { type: 'link', href: 'https://example.org', children: [{ type: 'text', text: 'midnight' }] }]
 */
export function parseRichText(text: string, options: RichTextOptions = {}): RichToken[] {
  return parse(text, 0, false, options);
}

/**
 * The text of tokens without their formatting, e.g. for an accessible name.
 *
 * @example plainText(parseRichText('**Talks** ended')) // 'Talks ended'
 */
export function plainText(tokens: readonly RichToken[]): string {
  return tokens.map((t) => (t.type === 'text' ? t.text : t.type === 'break' ? '\n' : plainText(t.children))).join('');
}

function parse(text: string, depth: number, inLink: boolean, options: RichTextOptions): RichToken[] {
  const out: RichToken[] = [];
  const pushText = (value: string) => {
    const last = out[out.length - 1];
    if (last?.type === 'text') out[out.length - 1] = { type: 'text', text: last.text + value };
    else out.push({ type: 'text', text: value });
  };
  const nest = depth < MAX_DEPTH;
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '\\' && i + 1 < text.length && PUNCTUATION.test(text[i + 1]!)) {
      pushText(text[i + 1]!);
      i += 2;
      continue;
    }
    if (c === '\r' || c === '\n') {
      out.push({ type: 'break' });
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    if (nest && c === '*' && text[i + 1] === '*') {
      const close = findCloser(text, i + 2, '**');
      if (close !== -1) {
        out.push({ type: 'strong', children: parse(text.slice(i + 2, close), depth + 1, inLink, options) });
        i = close + 2;
        continue;
      }
    }
    if (nest && (c === '*' || c === '_') && canOpen(text, i, c)) {
      const close = findCloser(text, i + 1, c);
      if (close !== -1) {
        out.push({ type: 'em', children: parse(text.slice(i + 1, close), depth + 1, inLink, options) });
        i = close + 1;
        continue;
      }
    }
    if (nest && c === '[' && !inLink) {
      const link = matchLink(text, i);
      if (link) {
        const children = parse(link.label, depth + 1, true, options);
        const href = allowedHref(link.href, { mailto: true });
        if (href) out.push({ type: 'link', href, children });
        else {
          options.onRejectedLink?.(link.href);
          for (const child of children) {
            if (child.type === 'text') pushText(child.text);
            else out.push(child);
          }
        }
        i = link.end;
        continue;
      }
    }
    pushText(c);
    i += 1;
  }
  return out;
}

/** An opening marker is followed by a non-space; `_` must also not follow a letter or digit. */
function canOpen(text: string, at: number, marker: '*' | '_' | '**'): boolean {
  const next = text[at + marker.length];
  if (next === undefined || SPACE.test(next)) return false;
  if (marker === '_' && at > 0 && WORD_CHAR.test(text[at - 1]!)) return false;
  return true;
}

/** A closing marker follows a non-space; `_` must also not be followed by a letter or digit. */
function canClose(text: string, at: number, marker: '*' | '_' | '**'): boolean {
  const previous = text[at - 1];
  if (previous === undefined || SPACE.test(previous)) return false;
  const next = text[at + marker.length];
  if (marker === '_' && next !== undefined && WORD_CHAR.test(next)) return false;
  return true;
}

/**
 * The index of the marker that closes one opened just before `from`, or -1.
 * A single `*` skips over `**` pairs (they belong to a nested strong); a `**`
 * at the start of a `***` run closes at the run's last two stars, so
 * `**a *b***` is strong around "a *b*".
 */
function findCloser(text: string, from: number, marker: '*' | '_' | '**'): number {
  if (!canOpen(text, from - marker.length, marker)) return -1;
  for (let k = from; k < text.length; k++) {
    const c = text[k];
    if (c === '\\' && PUNCTUATION.test(text[k + 1] ?? '')) {
      k += 1;
      continue;
    }
    if (marker === '**') {
      if (c === '*' && text[k + 1] === '*' && k > from) {
        const at = text[k + 2] === '*' ? k + 1 : k;
        if (canClose(text, at, marker)) return at;
        k = at + 1;
      }
      continue;
    }
    if (c !== marker) continue;
    if (marker === '*' && text[k + 1] === '*') {
      k += 1; // a nested `**`
      continue;
    }
    if (k > from && canClose(text, k, marker)) return k;
  }
  return -1;
}

/** `[label](href)` starting at `at`: brackets may nest in the label, parentheses in the href; no spaces in the href. */
function matchLink(text: string, at: number): { label: string; href: string; end: number } | undefined {
  let depth = 0;
  let close = -1;
  for (let k = at; k < text.length; k++) {
    const c = text[k];
    if (c === '\\') {
      k += 1;
      continue;
    }
    if (c === '[') depth += 1;
    else if (c === ']' && --depth === 0) {
      close = k;
      break;
    }
  }
  if (close === -1 || close === at + 1 || text[close + 1] !== '(') return undefined;
  let parens = 0;
  for (let k = close + 2; k < text.length; k++) {
    const c = text[k]!;
    if (SPACE.test(c)) return undefined;
    if (c === '(') parens += 1;
    else if (c === ')') {
      if (parens === 0) {
        const href = text.slice(close + 2, k);
        return href ? { label: text.slice(at + 1, close), href, end: k + 1 } : undefined;
      }
      parens -= 1;
    }
  }
  return undefined;
}
