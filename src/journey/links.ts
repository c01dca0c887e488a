/**
 * Which links from journey data may become real links. Pure: the components'
 * `safeHref` and the rich-text tokenizer both ask this one function.
 */

export interface LinkOptions {
  /** Also allow `mailto:` addresses (rich text allows them; source URLs don't). */
  readonly mailto?: boolean;
}

// Whitespace or control characters inside a URL are a sign of a smuggling
// attempt (`java\tscript:`) or a typo; either way it isn't linked.
const UNSAFE_CHARS = /[\s\u0000-\u001f\u007f]/;
const MAILTO = /^mailto:[^@?]+@[^@?]+(?:\?.*)?$/i;

/**
 * The link as written if it is an absolute http(s) URL (or, when allowed, a
 * mailto: address), otherwise undefined. `javascript:`, `data:`, relative and
 * protocol-relative links are never allowed.
 *
 * @param url The link from the journey file.
 * @param options `{ mailto: true }` to accept `mailto:` addresses.
 * @returns The trimmed link, or undefined.
 * @example allowedHref('https://example.org/report') // 'https://example.org/report'
 * @example allowedHref('javascript:alert(1)') // undefined
 * @example allowedHref('mailto:desk@example.org', { mailto: true }) // 'mailto:desk@example.org'
 */
export function allowedHref(url: string, options: LinkOptions = {}): string | undefined {
  const trimmed = url.trim();
  if (trimmed === '' || UNSAFE_CHARS.test(trimmed)) return undefined;
  if (/^https?:\/\//i.test(trimmed)) {
    try {
      const parsed = new URL(trimmed);
      return parsed.hostname ? trimmed : undefined;
    } catch {
      return undefined;
    }
  }
  if (options.mailto && MAILTO.test(trimmed)) return trimmed;
  return undefined;
}
