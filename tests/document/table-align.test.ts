// Table columns: the author's GFM marker wins; a column of numbers is set to
// the right so that units and decimal points line up.
import { describe, expect, it } from 'vitest';
import type { Align, Block } from '../../src/document.ts';
import { columnAlignments, isNumber } from '../../src/document/table-align.ts';

type Table = Extract<Block, { type: 'table' }>;

const table = (rows: readonly (readonly string[])[], align: readonly Align[] = []): Table => ({
  type: 'table',
  align,
  headerRows: 1,
  rows: rows.map((cells) => ({ cells: cells.map((value) => ({ children: [{ type: 'text', value }] })) })),
});

describe('isNumber', () => {
  it('takes numbers as tables print them', () => {
    for (const text of ['42', '-3.5', '1,234,567', '12 000', '€12', '£3.50', '(12)', '45%', '7‰', '−4', '±0.2']) {
      expect(isNumber(text), text).toBe(true);
    }
  });

  it('does not take words, dates or versions', () => {
    for (const text of ['n/a', 'twelve', '1.2.3', '2024-04-26', '12 apples', '']) expect(isNumber(text), text).toBe(false);
  });
});

describe('columnAlignments', () => {
  it('right-aligns a column of numbers, empty cells and dashes allowed, and leaves text columns alone', () => {
    const t = table([
      ['Harbour', 'Ships', 'Note'],
      ['Dover', '1,204', 'busy'],
      ['Calais', '—', 'quiet'],
      ['Ostend', '87', ''],
    ]);
    expect(columnAlignments(t)).toEqual([null, 'right', null]);
  });

  it('keeps the author’s marker, even on a column of numbers', () => {
    const t = table(
      [
        ['Year', 'Count'],
        ['1999', '4'],
      ],
      ['center', 'left'],
    );
    expect(columnAlignments(t)).toEqual(['center', 'left']);
  });

  it('does not right-align a column with no number at all', () => {
    expect(columnAlignments(table([['A'], ['—'], ['']]))).toEqual([null]);
  });

  it('reads every row below the header rows: none in a headerless table, several in a grid table', () => {
    expect(columnAlignments({ ...table([['Dover', '4'], ['Calais', '12']]), headerRows: 0 })).toEqual([null, 'right']);
    expect(columnAlignments({ ...table([['Harbour', 'Ships'], ['Dover', '4']]), headerRows: 0 })).toEqual([null, null]);
    expect(columnAlignments({ ...table([['Place', 'Count'], ['', 'min'], ['Dover', '4']]), headerRows: 2 })).toEqual([null, 'right']);
  });

  it('gives every column of a ragged table an alignment', () => {
    expect(columnAlignments(table([['A'], ['1', '2', '3']]))).toHaveLength(3);
  });
});
