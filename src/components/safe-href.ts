import { allowedHref, type LinkOptions } from '../journey/links.ts';

/**
 * Only http(s) links from journey data reach the page (and mailto: ones when
 * asked for); anything else (javascript:, data:, relative paths) becomes an
 * inert "#". The rule itself is `allowedHref` in `journey/links.ts`.
 *
 * @example safeHref('javascript:alert(1)') // '#'
 * @example safeHref('mailto:desk@example.org', { mailto: true }) // 'mailto:desk@example.org'
 */
export function safeHref(url: string, options: LinkOptions = {}): string {
  return allowedHref(url, options) ?? '#';
}
