// Cells placed in a table whose rows keep only the cells that start in them:
// a cell spanning down from above pushes the row's own cells right, spans stop
// at their section's end, and the table is as wide as its widest row.
import { describe, expect, test } from 'vitest';
import type { TableCell, TableRow } from '../../src/document.ts';
import { tableGrid } from '../../src/document/table-grid.ts';

const cell = (name: string, colSpan = 1, rowSpan = 1): TableCell => ({ children: [{ type: 'text', value: name }], ...(colSpan > 1 ? { colSpan } : {}), ...(rowSpan > 1 ? { rowSpan } : {}) });
const row = (...cells: TableCell[]): TableRow => ({ cells });
const placed = (rows: TableRow[], headerRows: number): string[][] =>
  tableGrid({ rows, headerRows }).rows.map((r) => r.map((p) => `${(p.cell.children[0] as { value: string }).value}@${p.row},${p.column} ${p.colSpan}x${p.rowSpan}`));

describe('table grid', () => {
  test('a cell spanning rows takes its column in the rows below; one spanning columns takes the next ones', () => {
    const rows = [row(cell('Route', 1, 2), cell('Departures', 2)), row(cell('Am'), cell('Pm')), row(cell('Ferry', 2), cell('21:30'))];
    expect(placed(rows, 2)).toEqual([['Route@0,0 1x2', 'Departures@0,1 2x1'], ['Am@1,1 1x1', 'Pm@1,2 1x1'], ['Ferry@2,0 2x1', '21:30@2,2 1x1']]);
    expect(tableGrid({ rows, headerRows: 2 }).columns).toBe(3);
  });

  test('a header cell spans no body row, and no cell runs past the last row', () => {
    const rows = [row(cell('Head', 1, 3), cell('B')), row(cell('C'), cell('D', 1, 5))];
    expect(placed(rows, 1)).toEqual([['Head@0,0 1x1', 'B@0,1 1x1'], ['C@1,0 1x1', 'D@1,1 1x1']]);
  });
});
