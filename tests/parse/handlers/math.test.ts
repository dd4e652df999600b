import { describe, expect, test } from 'vitest';
import { normalTex } from '../../../src/parse/handlers/math.ts';
import { blocksOf } from '../../helpers/parse.ts';

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
