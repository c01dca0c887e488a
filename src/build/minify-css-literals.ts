import type { Plugin } from 'vite';

/**
 * Minifies the text of Lit's css`…` templates in our own sources at build
 * time: comments go, runs of white space become one space, and the spaces
 * around `{ } ; ,` and after `:` in declarations go, and so does each
 * block's last `;`. The `${…}` parts are
 * left as they are. Lit's styles are otherwise shipped as written, and they
 * are a good share of the first bundle (test/budgets).
 *
 * Deliberately simple: it never touches the inside of quotes, and never the
 * space before a `:` (`.a :hover` differs from `.a:hover`). A comment must
 * not sit inside a quoted string.
 */
export function minifyCssLiterals(): Plugin {
  return {
    name: 'minify-css-literals',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !code.includes('css`')) return null;
      return { code: minifyIn(code), map: null };
    },
  };
}

/** Every css`…` template in `code`, minified. */
export function minifyIn(code: string): string {
  let out = '';
  let i = 0;
  for (;;) {
    const start = code.indexOf('css`', i);
    if (start < 0 || /[\w$]/.test(code[start - 1] ?? '')) {
      if (start < 0) return out + code.slice(i);
      out += code.slice(i, start + 4);
      i = start + 4;
      continue;
    }
    out += code.slice(i, start + 4);
    i = start + 4;
    let text = '';
    while (i < code.length && code[i] !== '`') {
      if (code[i] === '\\') {
        text += code.slice(i, i + 2);
        i += 2;
      } else if (code.startsWith('${', i)) {
        let depth = 0;
        let j = i;
        for (; j < code.length; j++) {
          if (code[j] === '{') depth++;
          else if (code[j] === '}' && --depth === 0) break;
        }
        out += minifyCss(text) + code.slice(i, j + 1);
        text = '';
        i = j + 1;
      } else {
        text += code[i++];
      }
    }
    out += minifyCss(text);
  }
}

/** One stretch of CSS text (between template expressions), minified outside quotes. */
export function minifyCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/('[^'\n]*'|"[^"\n]*")/)
    .map((part, k) =>
      k % 2
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};,]) ?/g, '$1')
            .replace(/([{;]\s*[-\w]+):\s/g, '$1:')
            .replace(/;}/g, '}'),
    )
    .join('');
}
