// A table row that a page ends inside: Galley draws the row's slice on each
// page cell by cell, so the text layer reads the first page's cells, then the
// rest of a long cell overleaf. The structure tree reads each cell whole, as
// the manuscript does; this puts the text back in that order.
import type { TextItem } from './layer.ts';

/** A text item and the page it is on. */
export interface Placed {
  readonly item: TextItem;
  readonly page: number;
}

const sameRow = (a: TextItem, b: TextItem): boolean => a.cell !== undefined && b.cell !== undefined && a.cell.table === b.cell.table && a.cell.row === b.cell.row;

/**
 * `placed` (items in reading order, page after page) with every run of items
 * of one table row that crosses a page turn read cell by cell: each cell's
 * part on the first page, then its part on the next.
 */
export function withSplitRowsJoined(placed: readonly Placed[]): Placed[] {
  const out: Placed[] = [];
  for (let start = 0; start < placed.length; ) {
    let end = start + 1;
    while (end < placed.length && sameRow((placed[start] as Placed).item, (placed[end] as Placed).item)) end++;
    const run = placed.slice(start, end);
    const split = run.some((p) => p.page !== (run[0] as Placed).page);
    // Array.prototype.sort is stable: within a cell, the first page's part stays first.
    out.push(...(split ? run.sort((a, b) => (a.item.cell?.column ?? 0) - (b.item.cell?.column ?? 0)) : run));
    start = end;
  }
  return out;
}
