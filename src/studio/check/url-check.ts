/**
 * A source's link checked as it is typed, by the format's own rule (the
 * `url` of `SourceSchema`), so the form says what the validator will say.
 */
import * as v from 'valibot';
import { SourceSchema } from '../../journey/schema.ts';

/**
 * What is wrong with a link, or undefined when the format takes it.
 *
 * @example urlProblem('ftp://x.org/a') // 'Links must use http or https'
 * @example urlProblem('https://example.org/report') // undefined
 */
export function urlProblem(url: string): string | undefined {
  if (!url.trim()) return 'A source needs its link (http or https)';
  const result = v.safeParse(SourceSchema.entries.url, url);
  return result.success ? undefined : result.issues[0]?.message;
}
