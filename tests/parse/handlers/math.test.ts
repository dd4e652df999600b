import { describe, expect, test } from 'vitest';
import { normalTex } from '../../../src/parse/handlers/math.ts';
import { blocksOf, documentOf, messages, parse, withTitle } from '../../helpers/parse.ts';

describe('normalTex', () => {
  test('collapses spaces and tabs, trims, keeps a line break (it ends a % comment)', () => {
    expect(normalTex('  a \t+  b  ')).toBe('a + b');
    expect(normalTex('a % note\n  + b\n\n')).toBe('a % note\n+ b');
  });
});

describe('math handlers', () => {
  test('a formula written over two lines keeps the break', () => {
    expect(blocksOf('$a\n= b$')).toEqual([{ type: 'paragraph', children: [{ type: 'math', tex: 'a\n= b', display: false }] }]);
  });

  test('an empty display block makes nothing', () => {
    expect(blocksOf('Text.\n\n$$\n$$')).toEqual([{ type: 'paragraph', children: [{ type: 'text', value: 'Text.' }] }]);
  });
});

describe('GitHub’s math forms', () => {
  test('a ```math fence is a display formula, as GitHub renders it; other fences stay code', () => {
    expect(blocksOf('```math\n\\frac{1}{3}\n```')).toEqual([{ type: 'paragraph', children: [{ type: 'math', tex: '\\frac{1}{3}', display: true }] }]);
    expect(blocksOf('```tex\n\\frac{1}{3}\n```')).toEqual([{ type: 'code', lang: 'tex', value: '\\frac{1}{3}' }]);
  });

  test('$`…`$ is inline math without its backticks', () => {
    expect(blocksOf('Area $`\\pi r^2`$ here.')).toEqual([
      { type: 'paragraph', children: [{ type: 'text', value: 'Area ' }, { type: 'math', tex: '\\pi r^2', display: false }, { type: 'text', value: ' here.' }] },
    ]);
  });
});

describe('pandoc-crossref’s labelled formulas', () => {
  test('are a place links lead to, numbered as a $$ block too; a label taken already is left out with a warning', () => {
    const result = parse(withTitle('# Energy {#eq:e}\n\n$$\nE = mc^2\n$$\n{#eq:e}\n\n$$\nF = ma\n$$\n{#eq:f}\n'));
    expect(documentOf(result).blocks.slice(1)).toEqual([
      { type: 'paragraph', children: [{ type: 'math', tex: 'E = mc^2 \\tag{1}', display: true }] },
      { type: 'paragraph', children: [{ type: 'anchor', id: 'eq:f' }, { type: 'math', tex: 'F = ma \\tag{2}', display: true }] },
    ]);
    expect(messages(result)).toEqual([expect.stringMatching(/:6:1: warning: equation label "#eq:e" is not used because an earlier heading or anchor has that id$/u)]);
  });
});
