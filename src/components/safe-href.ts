/**
 * Only http(s) links from journey data reach the page; anything else
 * (javascript:, data:, relative paths) becomes an inert "#".
 *
 * @example safeHref('javascript:alert(1)') // '#'
 */
export function safeHref(url: string): string {
  return /^https?:\/\//i.test(url.trim()) ? url.trim() : '#';
}
