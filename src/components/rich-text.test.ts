import type { TemplateResult } from 'lit';
import { describe, expect, it } from 'vitest';
import { renderRichText } from './rich-text.ts';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The HTML Lit would produce: template strings are markup, every value is a
 * binding (text content, or an attribute value), escaped as the browser would.
 */
function serialize(content: unknown): string {
  if (Array.isArray(content)) return content.map(serialize).join('');
  if (typeof content === 'string') return escape(content);
  const template = content as TemplateResult;
  return template.strings.reduce((out, s, i) => out + s + (i < template.values.length ? serialize(template.values[i]) : ''), '');
}

const markup = (content: unknown): string[] =>
  Array.isArray(content) ? content.flatMap(markup) : typeof content === 'string' ? [] : [...(content as TemplateResult).strings, ...(content as TemplateResult).values.flatMap(markup)];

describe('renderRichText', () => {
  it('renders emphasis, strong, line breaks and links', () => {
    expect(serialize(renderRichText('**Talks** _ended_\nsee [report](https://example.org/r)'))).toBe(
      '<strong>Talks</strong> <em>ended</em><br />see <a href=https://example.org/r target="_blank" rel="noopener noreferrer">report</a>',
    );
  });

  it('puts hostile text only into text bindings, never into markup', () => {
    const hostile = '<img src=x onerror=alert(1)> [x](javascript:alert(1)) **<script>alert(1)</script>**';
    const content = renderRichText(hostile);
    for (const s of markup(content)) {
      expect(s).not.toMatch(/img|script|javascript|onerror/i);
    }
    expect(serialize(content)).toBe('&lt;img src=x onerror=alert(1)&gt; x <strong>&lt;script&gt;alert(1)&lt;/script&gt;</strong>');
  });
});
