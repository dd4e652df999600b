// An HTML <table> with no header row is a table of body rows only; one with
// <th> or <thead> keeps its header.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/document.ts';
import { blocksOf } from '../../helpers/parse.ts';

const texts = (block: Block | undefined): string[][] =>
  block?.type === 'table' ? block.rows.map((row) => row.cells.map((cell) => cell.children.map((inline) => ('value' in inline ? inline.value : '')).join(''))) : [];

describe('an HTML table', () => {
  it('of <td> rows only has no header row, and no empty row standing for one', () => {
    const [table] = blocksOf('<table>\n  <tr><td>Alpha</td><td>Beta</td></tr>\n  <tr><td>Gamma</td><td>Delta</td></tr>\n</table>\n');
    expect(table).toMatchObject({ type: 'table', headerRows: 0 });
    expect(texts(table)).toEqual([
      ['Alpha', 'Beta'],
      ['Gamma', 'Delta'],
    ]);
  });

  it('in a <tbody>, with a table nested in a cell, counts only its own rows', () => {
    const [table] = blocksOf('<table><tbody>\n<tr><td>Outer</td><td><table><tr><td>in</td></tr><tr><td>ner</td></tr></table></td></tr>\n</tbody></table>\n');
    expect(table).toMatchObject({ type: 'table', headerRows: 0 });
    expect(texts(table)).toHaveLength(1);
    expect(texts(table)[0]?.[0]).toBe('Outer');
  });

  it('with <th> cells in its first row, or a <thead>, keeps that row as its header', () => {
    const [th] = blocksOf('<table>\n<tr><th>Name</th><th>Port</th></tr>\n<tr><td>Dover</td><td>4</td></tr>\n</table>\n');
    expect(th).toMatchObject({ type: 'table', headerRows: 1 });
    expect(texts(th)).toEqual([
      ['Name', 'Port'],
      ['Dover', '4'],
    ]);
    const [thead] = blocksOf('<table>\n<thead><tr><td>Name</td></tr></thead>\n<tbody><tr><td>Dover</td></tr></tbody>\n</table>\n');
    expect(thead).toMatchObject({ type: 'table', headerRows: 1 });
    expect(texts(thead)).toEqual([['Name'], ['Dover']]);
  });

  it('with a row spanning two keeps the cell once, with its span, and adds no row', () => {
    const [table] = blocksOf('<table>\n<tr><td rowspan="2">Both</td><td>One</td></tr>\n<tr><td>Two</td></tr>\n</table>\n');
    expect(table).toMatchObject({ type: 'table', headerRows: 0 });
    expect(texts(table)).toEqual([['Both', 'One'], ['Two']]);
    expect(table?.type === 'table' && table.rows[0]?.cells[0]).toMatchObject({ rowSpan: 2 });
  });

  it('with a head of two rows, a group heading spanning its columns, keeps both rows as its header', () => {
    const [table] = blocksOf(
      '<table>\n<thead>\n<tr><th rowspan="2">Model</th><th colspan="2">Battery</th></tr>\n<tr><th>Light</th><th>Heavy</th></tr>\n</thead>\n<tbody>\n<tr><td>Aurora</td><td colspan="2">Not measured</td></tr>\n<tr><td>Borealis</td><td>9</td></tr>\n</tbody>\n</table>\n',
    );
    expect(table).toMatchObject({ type: 'table', headerRows: 2 });
    expect(texts(table)).toEqual([['Model', 'Battery'], ['Light', 'Heavy'], ['Aurora', 'Not measured'], ['Borealis', '9', '']]);
    const spans = table?.type === 'table' ? table.rows.map((row) => row.cells.map((cell) => [cell.colSpan ?? 1, cell.rowSpan ?? 1])) : [];
    // The short last row is filled to the table's width, as browsers draw it.
    expect(spans).toEqual([[[1, 2], [2, 1]], [[1, 1], [1, 1]], [[1, 1], [2, 1]], [[1, 1], [1, 1], [1, 1]]]);
  });
});
