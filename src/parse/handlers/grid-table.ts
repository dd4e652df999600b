// Pandoc grid tables: the rows above `+===+` are the header (none without
// one), a foot's rows follow the body. A cell spanning columns or rows keeps
// its spans; each row holds the cells that start in it (document/table-grid.ts
// places them again, as this reader's `placeCells` does).
// Column alignment comes from the `:` marks on the line above the first body
// row: the header's separator, or a headerless table's top border, as Pandoc
// reads them.
import type { GridTableCell, GridTableRow } from 'mdast';
import type { Align, TableCell, TableRow } from '../../document.ts';
import type { ParseContext } from '../context.ts';
import { gridCell } from './grid-cell.ts';
import { tableCaption } from './table.ts';
import type { FlowHandler } from './types.ts';

/** A cell where it stands once the cells spanning into its row are counted. */
interface Placed {
  readonly node: GridTableCell;
  readonly row: number;
  readonly column: number;
}

export const gridTable: FlowHandler<'gridTable'> = (node, ctx) => {
  const header = node.children.filter((section) => section.type === 'gtHeader').flatMap((section) => section.children);
  // The foot, if any, is the last section: its rows close the body.
  const body = node.children.filter((section) => section.type !== 'gtHeader').flatMap((section) => section.children);
  const rows = [...header, ...body];
  const placed = placeCells(rows);
  const columns = placed.reduce((most, cell) => Math.max(most, cell.column + span(cell.node.colSpan)), 0);
  if (rows.length === 0 || columns === 0) return [];
  const cells: TableCell[][] = rows.map(() => []);
  for (const cell of placed) {
    const colSpan = span(cell.node.colSpan);
    // A span stops at its section's end, as Pandoc's does: a header cell spans no body row.
    const sectionEnd = cell.row < header.length ? header.length : rows.length;
    const rowSpan = Math.min(span(cell.node.rowSpan), sectionEnd - cell.row);
    cells[cell.row]?.push({ ...gridCell(cell.node, ctx), ...(colSpan > 1 ? { colSpan } : {}), ...(rowSpan > 1 ? { rowSpan } : {}) });
  }
  const alignRow = header.length;
  const align: Align[] = Array.from({ length: columns }, (_, c) => {
    const mark = placed.find((cell) => cell.row === alignRow && cell.column === c)?.node.align;
    // Justified text is set as the body is, ragged, in a column this narrow.
    return mark === 'left' || mark === 'right' || mark === 'center' ? mark : null;
  });
  return [{ type: 'table', align, headerRows: header.length, rows: cells.map((row): TableRow => ({ cells: row })), ...tableCaption(node, ctx) }];
};

const span = (count: number | undefined): number => Math.max(1, count ?? 1);

/** Each cell's row and column: a row's cells fill, left to right, the columns not taken by a cell spanning down from above. */
function placeCells(rows: readonly GridTableRow[]): Placed[] {
  const taken = rows.map(() => new Set<number>());
  return rows.flatMap((row, r) => {
    let column = 0;
    return row.children.map((node): Placed => {
      while (taken[r]?.has(column)) column += 1;
      for (let down = r; down < Math.min(rows.length, r + span(node.rowSpan)); down += 1) {
        for (let across = column; across < column + span(node.colSpan); across += 1) taken[down]?.add(across);
      }
      const cell = { node, row: r, column };
      column += span(node.colSpan);
      return cell;
    });
  });
}
