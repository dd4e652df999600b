// The visible text of Document nodes and the one word count both writers use:
// the EPUB puts a print page's marker before word N of block B, so the PDF
// layout and the EPUB must count the same words in the same text.
import { describe, expect, it } from 'vitest';
import type { Block, Inline } from '../src/document.ts';
import { blockText, blocksWordCount, inlineText, WordCounter, wordCount, words } from '../src/text.ts';

const t = (value: string): Inline => ({ type: 'text', value });
const para = (...children: Inline[]): Block => ({ type: 'paragraph', children });

describe('inlineText and blockText', () => {
  it('keep the text of nested inlines and leave note marks and images out', () => {
    const inlines: Inline[] = [
      t('A '),
      { type: 'emphasis', children: [t('very '), { type: 'strong', children: [t('bold')] }] },
      { type: 'noteRef', number: 1, occurrence: 1 },
      t(' claim'),
      { type: 'break' },
      { type: 'link', url: 'https://example.com', children: [{ type: 'code', value: 'x()' }] },
    ];
    expect(inlineText(inlines)).toBe('A very bold claim\nx()');
  });

  it('separate the blocks, items and cells of a block by line breaks, so no word spans two', () => {
    const list: Block = {
      type: 'list',
      ordered: false,
      start: 1,
      spread: false,
      items: [
        { checked: null, children: [para(t('one'))] },
        { checked: null, children: [para(t('two')), para(t('three'))] },
      ],
    };
    expect(blockText(list)).toBe('one\ntwo\nthree');
    const table: Block = { type: 'table', align: [null, null], headerRows: 1, rows: [{ cells: [{ children: [t('a')] }, { children: [t('b')] }] }] };
    expect(blockText(table)).toBe('a\nb');
    expect(blockText({ type: 'thematicBreak' })).toBe('');
  });
});

describe('words', () => {
  it('splits at any JavaScript whitespace, no-break space included', () => {
    expect(words(' one\ttwo\u00A0three\nfour ')).toEqual(['one', 'two', 'three', 'four']);
    expect(wordCount('')).toBe(0);
  });

  it('counts the words of several blocks as blockText joins them', () => {
    expect(blocksWordCount([para(t('two words')), para(t('and three more'))])).toBe(5);
  });
});

describe('WordCounter', () => {
  /** The words started in each piece, as [offset, index] pairs. */
  const feedAll = (pieces: readonly (string | 'boundary')[]): [number, number][][] => {
    const counter = new WordCounter();
    return pieces.map((piece) => {
      const starts: [number, number][] = [];
      if (piece === 'boundary') counter.boundary();
      else counter.feed(piece, (offset, word) => starts.push([offset, word]));
      return starts;
    });
  };

  it('counts a word split across two runs once, at its start', () => {
    // "emph" + "asis" in two styles is one word; " next" starts the second.
    expect(feedAll(['emph', 'asis', ' next'])).toEqual([[[0, 0]], [], [[1, 1]]]);
  });

  it('starts a new word after a boundary the runs do not show (between cells)', () => {
    expect(feedAll(['cell', 'boundary', 'next'])).toEqual([[[0, 0]], [], [[0, 1]]]);
  });

  it('agrees with words() on any split of a text into runs', () => {
    const text = 'Ships  left\u00A0the harbour, at dawn;\nnone came back.';
    for (let cut = 0; cut <= text.length; cut++) {
      const counter = new WordCounter();
      counter.feed(text.slice(0, cut));
      counter.feed(text.slice(cut));
      expect(counter.count, `cut at ${cut}`).toBe(words(text).length);
    }
  });
});
