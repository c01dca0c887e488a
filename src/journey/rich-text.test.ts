import { describe, expect, it } from 'vitest';
import { parseRichText, plainText, type RichToken } from './rich-text.ts';

const text = (value: string): RichToken => ({ type: 'text', text: value });
const em = (...children: RichToken[]): RichToken => ({ type: 'em', children });
const strong = (...children: RichToken[]): RichToken => ({ type: 'strong', children });
const link = (href: string, ...children: RichToken[]): RichToken => ({ type: 'link', href, children });
const br: RichToken = { type: 'break' };

describe('parseRichText', () => {
  it('leaves plain text as one text token', () => {
    expect(parseRichText('Talks began at about 19:40.')).toEqual([text('Talks began at about 19:40.')]);
  });

  it('reads *em*, _em_ and **strong**', () => {
    expect(parseRichText('a *b* _c_ **d**')).toEqual([text('a '), em(text('b')), text(' '), em(text('c')), text(' '), strong(text('d'))]);
  });

  it('nests emphasis and strong', () => {
    expect(parseRichText('**a *b* c**')).toEqual([strong(text('a '), em(text('b')), text(' c'))]);
    expect(parseRichText('*a **b** c*')).toEqual([em(text('a '), strong(text('b')), text(' c'))]);
    expect(parseRichText('**a *b***')).toEqual([strong(text('a '), em(text('b')))]);
  });

  it('reads links with http, https and mailto', () => {
    expect(parseRichText('see [the report](https://example.org/a_(b))')).toEqual([
      text('see '),
      link('https://example.org/a_(b)', text('the report')),
    ]);
    expect(parseRichText('[desk](mailto:desk@example.org)')).toEqual([link('mailto:desk@example.org', text('desk'))]);
    expect(parseRichText('[**big**](http://example.org)')).toEqual([link('http://example.org', strong(text('big')))]);
  });

  it('turns newlines into line breaks', () => {
    expect(parseRichText('one\ntwo\r\nthree')).toEqual([text('one'), br, text('two'), br, text('three')]);
  });

  it('writes escaped markers literally', () => {
    expect(parseRichText('2 \\* 3 \\*not em\\*')).toEqual([text('2 * 3 *not em*')]);
  });

  it('keeps unclosed or unopenable markers as text', () => {
    expect(parseRichText('**unclosed')).toEqual([text('**unclosed')]);
    expect(parseRichText('*a')).toEqual([text('*a')]);
    expect(parseRichText('2 * 3 * 4')).toEqual([text('2 * 3 * 4')]);
    expect(parseRichText('snake_case_name')).toEqual([text('snake_case_name')]);
    expect(parseRichText('[not a link] (x)')).toEqual([text('[not a link] (x)')]);
    expect(parseRichText('[on ремонт]')).toEqual([text('[on ремонт]')]);
    expect(parseRichText('[a](https://x.org no)')).toEqual([text('[a](https://x.org no)')]);
  });

  describe('hostile input', () => {
    it('shows HTML as text, never as markup', () => {
      const input = '<img src=x onerror=alert(1)><script>alert(1)</script>';
      expect(parseRichText(input)).toEqual([text(input)]);
    });

    it('shows links with other schemes as their label, unlinked', () => {
      for (const href of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<b>x</b>', '//evil.example', '/relative', 'vbscript:x']) {
        const rejected: string[] = [];
        expect(parseRichText(`[x](${href})`, { onRejectedLink: (h) => rejected.push(h) }), href).toEqual([text('x')]);
        expect(rejected).toEqual([href]);
      }
    });

    it('does not link a javascript: URL hidden behind spaces or escapes', () => {
      expect(parseRichText('[x]( javascript:alert(1))')).toEqual([text('[x]( javascript:alert(1))')]);
      const tokens = parseRichText('[x](java\\script:alert(1))');
      expect(JSON.stringify(tokens)).not.toContain('"type":"link"');
    });

    it('does not nest links inside link labels', () => {
      const tokens = parseRichText('[a [b](https://b.example)](https://a.example)');
      expect(tokens).toEqual([link('https://a.example', text('a [b](https://b.example)'))]);
    });

    it('survives deep nesting and marker floods', () => {
      const deep = '*'.repeat(5000) + 'x' + '*'.repeat(5000);
      expect(plainText(parseRichText(deep)).replace(/\*/g, '')).toBe('x');
      const brackets = '['.repeat(3000) + 'x' + ']('.repeat(3000);
      expect(plainText(parseRichText(brackets))).toBe(brackets);
      const nested = '**_'.repeat(50) + 'x' + '_**'.repeat(50);
      expect(plainText(parseRichText(nested)).replace(/[*_]/g, '')).toBe('x');
    });
  });
});

describe('plainText', () => {
  it('drops the formatting', () => {
    expect(plainText(parseRichText('**a** _b_ [c](https://c.example)\nd'))).toBe('a b c\nd');
  });
});
