// Pandoc grid tables: the rows above `+===+` are the header (none without
// one), a foot's rows follow the body. Galley's cells span nothing, so a cell
// spanning columns or rows is set in its first column and row, the cells it
// covers left empty (its text neither lost nor repeated), with a warning.
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
  const spanning = placed.filter((cell) => span(cell.node.colSpan) > 1 || span(cell.node.rowSpan) > 1);
  const first = spanning[0];
  if (first !== undefined) {
    ctx.warning(
      first.node,
      `grid table: ${spanning.length} cell(s) span several columns or rows, which Galley cannot set; each is set in its first column and row, and the cells it covers are left empty`,
    );
  }
  const cells: TableCell[][] = rows.map(() => Array.from({ length: columns }, (): TableCell => ({ children: [] })));
  for (const cell of placed) {
    const row = cells[cell.row];
    if (row !== undefined) row[cell.column] = gridCell(cell.node, ctx);
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
