// Pieces of one text node, cut where markup written as text begins or ends, and joined again.
import { describe, expect, it } from 'vitest';
import type { PhrasingContent, Text } from 'mdast';
import { mergedPieces, pushText } from '../../src/parse/text-pieces.ts';

const at = (offset: number) => ({ start: { line: 1, column: offset + 1, offset }, end: { line: 1, column: offset + 9, offset: offset + 8 } });

describe('text pieces', () => {
  it('pushes a piece in its node’s place, and nothing for an empty one', () => {
    const node: Text = { type: 'text', value: 'abcdefgh', position: at(0) };
    const out: PhrasingContent[] = [];
    pushText(out, node, 'abc');
    pushText(out, node, '');
    expect(out).toEqual([{ type: 'text', value: 'abc', position: at(0) }]);
  });

  it('joins pieces of one node left side by side, never pieces of two', () => {
    const a = (value: string): Text => ({ type: 'text', value, position: at(0) });
    const b: Text = { type: 'text', value: 'z', position: at(20) };
    expect(mergedPieces([a('[a'), a(' b'), { type: 'emphasis', children: [] }, a('c'), b])).toEqual([
      a('[a b'),
      { type: 'emphasis', children: [] },
      a('c'),
      b,
    ]);
  });
});
