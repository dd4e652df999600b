// Math reaches the Document wherever Markdown puts inline content: headings,
// list items, table cells, notes; `$$` blocks become a paragraph holding the
// display formula alone, as Pandoc reads them.
import { describe, expect, test } from 'vitest';
import type { Block, Inline } from '../../src/document.ts';
import { visit } from '../../src/document/visit.ts';
import { blocksOf, documentOf, parse, withTitle } from '../helpers/parse.ts';

const mathIn = (blocks: readonly Block[]): Inline[] => {
  const found: Inline[] = [];
  visit(blocks, { inline: (node) => void (node.type === 'math' && found.push(node)) });
  return found;
};

describe('math in the Document', () => {
  test('inline and display math', () => {
    expect(blocksOf('Let $x^2$ be $$\\int f$$ here.')).toEqual([
      {
        type: 'paragraph',
        children: [
          { type: 'text', value: 'Let ' },
          { type: 'math', tex: 'x^2', display: false },
          { type: 'text', value: ' be ' },
          { type: 'math', tex: '\\int f', display: true },
          { type: 'text', value: ' here.' },
        ],
      },
    ]);
  });

  test('a $$ block is a paragraph holding its display formula', () => {
    expect(blocksOf('$$\n\\frac{a}{b}\n$$')).toEqual([{ type: 'paragraph', children: [{ type: 'math', tex: '\\frac{a}{b}', display: true }] }]);
  });

  test('a formula opened by $$ with text after it, or closed by $$ after text, is one display formula, as in Pandoc', () => {
    const after = { type: 'paragraph', children: [{ type: 'text', value: 'Text after.' }] };
    expect(blocksOf('$$a + b +\nc + d$$\n\nText after.\n')).toEqual([{ type: 'paragraph', children: [{ type: 'math', tex: 'a + b +\nc + d', display: true }] }, after]);
    const array = '$$\\begin{array}{cc}\na & b \\\\\nc & d\n\\end{array}$$';
    expect(blocksOf(`${array}\n\nText after.\n`)).toEqual([
      { type: 'paragraph', children: [{ type: 'math', tex: '\\begin{array}{cc}\na & b \\\\\nc & d\n\\end{array}', display: true }] },
      after,
    ]);
    expect(blocksOf('$$\na + b\nc + d$$\n\nText after.\n')).toEqual([{ type: 'paragraph', children: [{ type: 'math', tex: 'a + b\nc + d', display: true }] }, after]);
    // In a block quote, a fence of its own lines is a fence still.
    expect(mathIn(blocksOf('> $$\n> x - y\n> $$\n\nText after.\n'))).toEqual([{ type: 'math', tex: 'x - y', display: true }]);
  });

  test('a $$ with a blank line before its closing one is no formula: the text after it is kept as text', () => {
    const blocks = blocksOf('$$\nx\n\nText after.\n\n$$\n');
    expect(mathIn(blocks)).toEqual([]);
    expect(JSON.stringify(blocks)).toContain('Text after.');
  });

  test('in headings, list items, table cells and block quotes', () => {
    const blocks = blocksOf('# On $\\pi$\n\n- item $a$\n\n> quoted $b$\n\n| x |\n|---|\n| $c$ |\n');
    expect(mathIn(blocks).map((node) => (node.type === 'math' ? node.tex : ''))).toEqual(['\\pi', 'a', 'b', 'c']);
  });

  test('in footnotes', () => {
    const doc = documentOf(parse(withTitle('Text.[^1]\n\n[^1]: A note on $\\lambda$.\n')));
    expect(mathIn(doc.notes[0]?.children ?? [])).toEqual([{ type: 'math', tex: '\\lambda', display: false }]);
  });

  test('no formula in code', () => {
    expect(mathIn(blocksOf('`$x$`\n\n```\n$y$\n```\n'))).toEqual([]);
  });
});
