// The one tree walk and rebuild: reading order, any depth, spans kept.
import { describe, expect, it } from 'vitest';
import type { Block, Inline } from '../../src/document.ts';
import { setSpan, spanOf, type Span } from '../../src/document/position.ts';
import { mapBlocks, mapInlineNodes, mapInlines, visit } from '../../src/document/visit.ts';

const text = (value: string): Inline => ({ type: 'text', value });
const para = (...children: Inline[]): Block => ({ type: 'paragraph', children });
const at = (line: number): Span => ({ start: { line, column: 1, offset: line * 10 }, end: { line, column: 5, offset: line * 10 + 4 } });

const tree: Block[] = [
  para(text('one'), { type: 'emphasis', children: [text('two')] }),
  {
    type: 'blockquote',
    children: [para(text('three')), { type: 'list', ordered: false, start: 1, spread: false, items: [{ checked: null, children: [para(text('four'))] }] }],
  },
  { type: 'table', align: [null], headerRows: 1, rows: [{ cells: [{ children: [text('five')] }] }] },
  { type: 'figure', image: { path: '/a.png', alt: 'a', mediaType: 'image/png', width: 1, height: 1 }, caption: [text('six')] },
];

describe('visit', () => {
  it('meets every block and inline in reading order', () => {
    const seen: string[] = [];
    visit(tree, {
      block: (block) => seen.push(block.type),
      inline: (node) => seen.push(node.type === 'text' ? node.value : node.type),
    });
    expect(seen).toEqual(['paragraph', 'one', 'emphasis', 'two', 'blockquote', 'paragraph', 'three', 'list', 'paragraph', 'four', 'table', 'five', 'figure', 'six']);
  });

  it('walks quotes nested far deeper than the call stack allows', () => {
    let deep: Block = para(text('bottom'));
    for (let i = 0; i < 100_000; i++) deep = { type: 'blockquote', children: [deep] };
    const found: string[] = [];
    visit([deep], { inline: (node) => node.type === 'text' && found.push(node.value) });
    expect(found).toEqual(['bottom']);
  });
});

describe('the rebuilds', () => {
  it('change every inline run and keep the spans of the blocks they rebuild', () => {
    const placed = tree.map((block, i) => setSpan({ ...block }, at(i + 1)));
    const upper = mapInlines(placed, (run) => mapInlineNodes(run, (node) => [node.type === 'text' ? { ...node, value: node.value.toUpperCase() } : node]));
    const seen: string[] = [];
    visit(upper, { inline: (node) => node.type === 'text' && seen.push(node.value) });
    expect(seen).toEqual(['ONE', 'TWO', 'THREE', 'FOUR', 'FIVE', 'SIX']);
    expect(upper.map((block) => spanOf(block)?.start.line)).toEqual([1, 2, 3, 4]);
  });

  it('replace a block by several, the new ones placed where it was', () => {
    const placed = [setSpan(para(text('x')), at(7))];
    const split = mapBlocks(placed, (block) => [block, { type: 'thematicBreak' }]);
    expect(split.map((block) => block.type)).toEqual(['paragraph', 'thematicBreak']);
    expect(split.map((block) => spanOf(block)?.start.line)).toEqual([7, 7]);
  });
});
