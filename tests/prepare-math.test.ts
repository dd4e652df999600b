// The math pass: formulas rendered before the writers run, a bad one turned
// into code with a warning at its place, nothing loaded for a document
// without math, and a rebuild served from the cache.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cacheFolder } from '../src/cache.ts';
import { formatDiagnostic } from '../src/diagnostics.ts';
import type { Inline } from '../src/document.ts';
import { visit } from '../src/document/visit.ts';
import { prepareMath } from '../src/prepare-math.ts';
import { makeDocument, para, text } from './helpers/build-doc.ts';
import { documentOf, parse, withTitle } from './helpers/parse.ts';

const inlines = (doc: ReturnType<typeof makeDocument>): Inline[] => {
  const found: Inline[] = [];
  visit([...doc.blocks, ...doc.notes.flatMap((n) => n.children)], { inline: (node) => void found.push(node) });
  return found;
};

describe('prepareMath', () => {
  test('a document without math comes back as it was, with no warnings', async () => {
    const doc = makeDocument([para(text('No formulas, $5 and $10.'))]);
    const prepared = await prepareMath(doc);
    expect(prepared.document).toBe(doc);
    expect(prepared.warnings).toEqual([]);
  });

  test('every formula gets its outlines and MathML, in the body and in notes', async () => {
    const doc = documentOf(parse(withTitle('Let $x^2$ be.[^1]\n\n[^1]: Note $\\lambda$.\n')));
    const prepared = await prepareMath(doc);
    const math = inlines(prepared.document).filter((node) => node.type === 'math');
    expect(math).toHaveLength(2);
    for (const node of math) {
      expect(node.type === 'math' && node.formula !== undefined && node.formula.shapes.length > 0 && node.formula.mathml.startsWith('<math')).toBe(true);
    }
    expect(prepared.warnings).toEqual([]);
  });

  test('bad TeX: printed as code, with a warning naming MathJax’s error at path:line:col', async () => {
    const doc = documentOf(parse(withTitle('Good $a$, bad $\\frac{a$ and $$\\nosuch$$.')));
    const prepared = await prepareMath(doc);
    expect(prepared.warnings.map(formatDiagnostic)).toEqual([
      'book.md:4:15: warning: TeX error in formula: Missing close brace (MathJax); its source is printed as code',
      'book.md:4:29: warning: TeX error in formula: Undefined control sequence \\nosuch (MathJax); its source is printed as code',
    ]);
    const codes = inlines(prepared.document).filter((node) => node.type === 'code');
    expect(codes).toEqual([{ type: 'code', value: '$\\frac{a$' }, { type: 'code', value: '$$\\nosuch$$' }]);
  });

  test('a formula with letters MathJax’s fonts lack is printed as its source, no word lost; a backtick in one is pointed out', async () => {
    const doc = documentOf(parse(withTitle('Keep $x \\text{Ω}$ and $2가 생략되면 `x` 처럼 `i=$ here.')));
    const prepared = await prepareMath(doc);
    expect(prepared.warnings.map(formatDiagnostic)).toEqual([
      expect.stringMatching(/^book\.md:4:23: warning: MathJax's fonts have no glyph for the letters "가", .*; the formula's source is printed as code, so that no word is lost$/u),
      'book.md:4:23: warning: this formula holds a backtick, as code does: if its dollars were meant as text, write one of them \\$',
    ]);
    const codes = inlines(prepared.document).filter((node) => node.type === 'code');
    expect(codes).toEqual([{ type: 'code', value: '$2가 생략되면 `x` 처럼 `i=$' }]);
    expect(inlines(prepared.document).filter((node) => node.type === 'math')).toHaveLength(1);
  });

  test('the same formulas again come from the cache', async () => {
    const doc = documentOf(parse(withTitle('Cached $\\sqrt{7919}$ formula.')));
    const first = await prepareMath(doc);
    const folder = cacheFolder('math');
    const entries = folder === null ? [] : readdirSync(folder).map((name) => join(folder, name));
    expect(entries.length).toBeGreaterThan(0);
    const again = await prepareMath(doc);
    expect(again.document.blocks).toEqual(first.document.blocks);
  });
});
