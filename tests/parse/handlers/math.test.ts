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
