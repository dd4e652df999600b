// The visible text both writers count words in (the EPUB page list's contract).
import { describe, expect, it } from 'vitest';
import type { Block } from '../src/document.ts';
import { blockText, blocksWordCount, inlineText } from '../src/text.ts';

describe('visible text', () => {
  it('takes text and code from inlines at any depth, a break as a line break, and nothing from notes or images', () => {
    const text = inlineText([
      { type: 'text', value: 'a ' },
      { type: 'emphasis', children: [{ type: 'strong', children: [{ type: 'text', value: 'b' }] }] },
      { type: 'break' },
      { type: 'code', value: 'c()' },
      { type: 'noteRef', number: 1, occurrence: 1 },
      { type: 'link', url: 'https://example.org', children: [{ type: 'text', value: ' d' }] },
    ]);
    expect(text).toBe('a b\nc() d');
  });

  it('puts each cell, quoted block and list item block on its own line, so no word spans two', () => {
    const table: Block = { type: 'table', align: [null, null], headerRows: 1, rows: [{ cells: [{ children: [{ type: 'text', value: 'one' }] }, { children: [{ type: 'text', value: 'two' }] }] }] };
    const quote: Block = { type: 'blockquote', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'three' }] }, { type: 'code', lang: null, value: 'four' }] };
    const list: Block = { type: 'list', ordered: false, start: 1, spread: false, items: [{ checked: null, children: [{ type: 'paragraph', children: [{ type: 'text', value: 'five' }] }] }, { checked: null, children: [{ type: 'paragraph', children: [{ type: 'text', value: 'six' }] }] }] };
    expect([blockText(table), blockText(quote), blockText(list)]).toEqual(['one\ntwo', 'three\nfour', 'five\nsix']);
    expect(blocksWordCount([table, quote, list, { type: 'thematicBreak' }])).toBe(6);
  });
});
