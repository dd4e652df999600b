// The anchors a text defines (headings, list items), which fragment links, a
// book's cross-references and the EPUB's files all resolve against.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/document.ts';
import { blockAnchors, noteAnchor, refAnchor } from '../../src/document/anchors.ts';

const heading = (id: string): Block => ({ type: 'heading', depth: 2, id, children: [{ type: 'text', value: id }] });
const para: Block = { type: 'paragraph', children: [{ type: 'text', value: 'text' }] };

describe('anchors', () => {
  it('a heading defines its id and a list its items ids; other blocks none of their own', () => {
    const list: Block = { type: 'list', ordered: false, start: 1, spread: false, items: [{ checked: null, id: 'ref-smith', children: [para] }, { checked: null, children: [heading('inside')] }] };
    expect(blockAnchors(heading('intro'))).toEqual(['intro']);
    expect(blockAnchors(list)).toEqual(['ref-smith']);
    expect(blockAnchors({ type: 'blockquote', children: [heading('quoted')] })).toEqual([]);
  });

  it('names note anchors the same for both writers', () => {
    expect([noteAnchor(3), refAnchor(3), refAnchor(3, 2)]).toEqual(['note-3', 'ref-3', 'ref-3-2']);
  });
});
