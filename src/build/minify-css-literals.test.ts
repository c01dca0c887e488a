import { describe, expect, it } from 'vitest';
import { minifyCss, minifyIn } from './minify-css-literals.ts';

describe('minifyCss', () => {
  it('drops comments, collapses white space to one space, and drops it around braces, semicolons and commas, and after a declaration’s colon', () => {
    expect(minifyCss(`\n  /* a note's here */\n  .a,\n  .b {\n    color: red;\n    margin: 0 auto;\n  }\n`)).toBe(' .a,.b{color:red;margin:0 auto}');
  });
  it('keeps the space before a pseudo-class, descendant combinators, calc() operators and quoted text', () => {
    expect(minifyCss(`.a :hover { width: calc(100% - 4px); content: ' x  y '; }`)).toBe(`.a :hover{width:calc(100% - 4px);content:' x  y '}`);
    expect(minifyCss(`:host(:not([layout='full'])) .map { inset: 0; }`)).toBe(`:host(:not([layout='full'])) .map{inset:0}`);
  });
});

describe('minifyIn', () => {
  it('minifies only css`…` templates and leaves their ${…} parts alone', () => {
    const code = 'const a = css`\n  .x {\n    color: ${c};\n  }\n`; const b = html` <p> keep </p> `;';
    expect(minifyIn(code)).toBe('const a = css` .x{color:${c}}`; const b = html` <p> keep </p> `;');
  });
});
