// Brackets paired across inline nodes, and the pieces of one text node cut
// where markup written as text begins or ends, joined again.
import { describe, expect, it } from 'vitest';
import type { PhrasingContent, Text } from 'mdast';
import { mergedPieces, pairBrackets, pushText } from '../../src/parse/text-pieces.ts';

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

  it('pairs brackets innermost first across inline nodes, replacing a pair only where asked', () => {
    const node = (value: string): Text => ({ type: 'text', value, position: at(0) });
    const bold: PhrasingContent = { type: 'strong', children: [node('b')] };
    // "<…>" stands for each pair replaced: its content kept, its marks gone, a "<" and ">" put around it.
    const replaced = pairBrackets([node('x [a '), bold, node(' [c] d]! [e] f'), node(']')], {
      open: (text, i) => (text[i] === '[' ? 1 : 0),
      close: (text, i, _mark, content) => (text[i + 1] === '!' ? { nodes: [node('<'), ...content, node('>')], length: 2 } : null),
    });
    // Pieces of one node (here all share a place) are joined again.
    expect(replaced).toEqual([node('x <a '), bold, node(' [c] d> [e] f]')]);
  });
});
