// Where each table cell stands: rows keep only the cells that start in them
// (TableRow), so a cell's column is found by skipping the columns a cell from
// a row above still covers, as HTML's table model and Pandoc's do. Every
// writer reads the table through this one placement, so they agree.
import type { Block, TableCell } from '../document.ts';

export interface PlacedCell {
  readonly cell: TableCell;
  readonly row: number;
  readonly column: number;
  readonly colSpan: number;
  /** Clipped to the cell's section: a header cell spans no body row, no cell runs past the last row. */
  readonly rowSpan: number;
}

export interface TableGrid {
  readonly columns: number;
  /** Each row's cells, in the row's order, placed. */
  readonly rows: readonly (readonly PlacedCell[])[];
}

export const spanOf = (count: number | undefined): number => (count !== undefined && Number.isInteger(count) && count > 1 ? count : 1);

export function tableGrid(table: Pick<Extract<Block, { type: 'table' }>, 'rows' | 'headerRows'>): TableGrid {
  const taken = table.rows.map(() => new Set<number>());
  let columns = 0;
  const rows = table.rows.map((row, r) => {
    const sectionEnd = r < table.headerRows ? table.headerRows : table.rows.length;
    let column = 0;
    return row.cells.map((cell): PlacedCell => {
      while (taken[r]?.has(column)) column += 1;
      const colSpan = spanOf(cell.colSpan);
      const rowSpan = Math.min(spanOf(cell.rowSpan), sectionEnd - r);
      for (let down = r; down < r + rowSpan; down += 1) {
        for (let across = column; across < column + colSpan; across += 1) taken[down]?.add(across);
      }
      const placed = { cell, row: r, column, colSpan, rowSpan };
      column += colSpan;
      columns = Math.max(columns, column);
      return placed;
    });
  });
  return { columns, rows };
}
