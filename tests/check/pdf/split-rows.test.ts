// A table row a page ends inside is read cell by cell, as the manuscript and
// the structure tree have it: a long cell's lines overleaf come before the
// next cell's words, not after them.
import { describe, expect, it } from 'vitest';
import type { TableCell, TextItem, TextPage } from '../../../src/check/pdf/layer.ts';
import { missingPassages } from '../../../src/check/pdf/text-layer.ts';
import { layerStream, units } from '../../../src/check/pdf/words.ts';

const cell = (row: number, column: number, table = '2,3,3'): TableCell => ({ table, row, column });
const item = (str: string, x: number, y: number, at?: TableCell): TextItem => ({ str, x, y, width: str.length * 5, size: 9, role: 'body', ...(at === undefined ? {} : { cell: at }) });
const page = (number: number, items: TextItem[]): TextPage => ({ number, label: String(number), items });
const body = new Set(['body'] as const);

// | Vesting | None if elected. Ordinary tax … narrow column. | Ordinary tax on value. |  then  | Sale | Long-term gains. | Long-term. |
// The page ends after the long cell's second line; Galley draws the row's slice on each page cell by cell.
const manuscript = units('Vesting None if elected. Ordinary tax on FMV otherwise, in a narrow column. Ordinary tax on value. Sale Long-term gains. Long-term.');
const first = page(1, [
  item('Vesting', 60, 94, cell(1, 0)),
  item('None if elected. Ordinary', 98, 94, cell(1, 1)),
  item('tax on FMV other', 98, 82, cell(1, 1)),
  item('-', 180, 82, cell(1, 1)),
  item('Ordinary tax on value.', 267, 94, cell(1, 2)),
]);
const second = page(2, [
  item('wise, in a narrow column.', 98, 564, cell(1, 1)),
  item('Sale', 60, 536, cell(2, 0)),
  item('Long-term gains.', 98, 536, cell(2, 1)),
  item('Long-term.', 267, 536, cell(2, 2)),
]);

describe('withSplitRowsJoined', () => {
  it('reads a row split across pages cell by cell, each word on its own page, a hyphen across the turn joined', () => {
    const stream = layerStream([first, second], body);
    expect(stream.units).toEqual(manuscript);
    expect(stream.pages).toEqual([...Array(9).fill(1), 2, 2, 2, 2, 1, 1, 1, 1, 2, 2, 2, 2]);
    expect(missingPassages(manuscript, stream.units)).toEqual([]);
  });

  it('leaves a row that ends on its page, and the next table’s first row overleaf, in drawing order', () => {
    const whole = page(1, [item('a', 60, 94, cell(1, 0)), item('b', 98, 94, cell(1, 1))]);
    const other = page(2, [item('c', 60, 564, cell(0, 0, '1,1')), item('d', 98, 564, cell(1, 0, '1,1'))]);
    expect(layerStream([whole, other], body).units).toEqual(['a', 'b', 'c', 'd']);
  });

  it('still finds a word missing from the part of the cell overleaf', () => {
    const without = page(2, [item('wise, in a column.', 98, 564, cell(1, 1)), ...second.items.slice(1)]);
    const stream = layerStream([first, without], body);
    expect(missingPassages(manuscript, stream.units).map(({ from, to }) => manuscript.slice(from, to))).toEqual([['narrow']]);
  });
});
