// A `$$` block written against its text, with no blank line, is part of that
// paragraph, as Pandoc reads it; set apart by blank lines it stands alone.
import { describe, expect, test } from 'vitest';
import { blocksOf } from '../helpers/parse.ts';

const math = (tex: string) => ({ type: 'math', tex, display: true });

describe('joinDisplayParagraphs', () => {
  test('text, a $$ block and text on the lines around it make one paragraph', () => {
    expect(blocksOf('so that\n$$\nE = mc^2\n$$\nholds.')).toEqual([
      { type: 'paragraph', children: [{ type: 'text', value: 'so that' }, { type: 'text', value: ' ' }, math('E = mc^2'), { type: 'text', value: ' ' }, { type: 'text', value: 'holds.' }] },
    ]);
  });

  test('joined with the text before it only, or after it only', () => {
    expect(blocksOf('before\n$$\nx\n$$\n\nalone').map((b) => b.type === 'paragraph' && b.children.length)).toEqual([3, 1]);
    expect(blocksOf('alone\n\n$$\nx\n$$\nafter').map((b) => b.type === 'paragraph' && b.children.length)).toEqual([1, 3]);
  });

  test('blank lines around it: a paragraph of its own', () => {
    expect(blocksOf('one\n\n$$\nx\n$$\n\ntwo')).toEqual([
      { type: 'paragraph', children: [{ type: 'text', value: 'one' }] },
      { type: 'paragraph', children: [math('x')] },
      { type: 'paragraph', children: [{ type: 'text', value: 'two' }] },
    ]);
  });

  test('inside a list item too', () => {
    const [list] = blocksOf('- item\n  $$\n  y\n  $$\n  more');
    expect(list?.type === 'list' && list.items[0]?.children).toEqual([
      { type: 'paragraph', children: [{ type: 'text', value: 'item' }, { type: 'text', value: ' ' }, math('y'), { type: 'text', value: ' ' }, { type: 'text', value: 'more' }] },
    ]);
  });
});
