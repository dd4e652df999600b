// GFM tables. As GitHub renders them, every row has the header's column count:
// extra cells are dropped (with a warning naming what they held, if anything), missing ones
// are empty. An HTML table with cells spanning columns or rows (html-table.ts)
// is as wide as its widest row, as browsers set it, each row's end filled with
// empty cells. A Pandoc caption (parse/table-captions.ts) comes with the table, and its id.
import type { Nodes, PhrasingContent } from 'mdast';
import type { Position } from 'unist';
import type { Align, Inline, TableRow } from '../../document.ts';
import type { ParseContext } from '../context.ts';
import { tableGrid } from '../../document/table-grid.ts';
import { inlineText } from '../../text.ts';
import { tableRow } from './table-row.ts';
import type { FlowHandler } from './types.ts';

export const table: FlowHandler<'table'> = (node, ctx) => {
  const headerRows = node.data?.headerRows ?? 1;
  if (node.children.some((row) => row.children.some((cell) => cell.data?.colSpan !== undefined || cell.data?.rowSpan !== undefined))) {
    return [{ type: 'table', align: node.align ?? [], headerRows, rows: filled(node.children.map((row) => tableRow(row, ctx)), headerRows), ...tableCaption(node, ctx) }];
  }
  const columns = node.children[0]?.children.length ?? 0;
  const align: Align[] = Array.from({ length: columns }, (_, i) => node.align?.[i] ?? null);
  const rows = node.children.map((mdastRow): TableRow => {
    const row = tableRow(mdastRow, ctx);
    if (row.cells.length > columns) {
      const extra = row.cells.slice(columns).map((cell) => inlineText(cell.children).trim()).filter((text) => text !== '');
      // Empty extra cells (a trailing `| |`) hold nothing a reader would miss.
      if (extra.length > 0) {
        const dropped = extra.map((text) => `"${text}"`).join(', ');
        ctx.warning(mdastRow.children[columns] ?? mdastRow, `table row has ${row.cells.length} cells but the header has ${columns}; left out, as GitHub does: ${dropped}`);
      }
      return { cells: row.cells.slice(0, columns) };
    }
    if (row.cells.length < columns) return { cells: [...row.cells, ...Array.from({ length: columns - row.cells.length }, () => ({ children: [] }))] };
    return row;
  });
  return [{ type: 'table', align, headerRows, rows, ...tableCaption(node, ctx) }];
};

/**
 * Rows with spanning cells, each ended with as many empty cells as it has
 * places no cell covers: placed as cells are, they fill those places, so the
 * table is as wide as its widest row throughout.
 */
function filled(rows: readonly TableRow[], headerRows: number): TableRow[] {
  const grid = tableGrid({ rows, headerRows });
  const covered = rows.map(() => 0);
  for (const placed of grid.rows.flat()) {
    for (let down = placed.row; down < placed.row + placed.rowSpan; down += 1) covered[down] = (covered[down] ?? 0) + placed.colSpan;
  }
  return rows.map((row, r) => ({ cells: [...row.cells, ...Array.from({ length: grid.columns - (covered[r] ?? 0) }, () => ({ children: [] }))] }));
}

/** The table's caption (parse/table-captions.ts), when it has one, and the id its attribute block gives when that is free and valid. */
export function tableCaption(node: { readonly data?: unknown; readonly position?: Position | undefined }, ctx: ParseContext): { caption?: Inline[]; id?: string } {
  const { caption, id: wanted } = (node.data as { readonly caption?: PhrasingContent[]; readonly id?: string } | undefined) ?? {};
  if (caption === undefined) return {};
  const claimed = wanted === undefined ? undefined : ctx.slugger.claim(wanted);
  if (claimed !== undefined && 'reason' in claimed) ctx.warning(node as Nodes, `table id "#${wanted}" is not used because ${claimed.reason}`);
  return { caption: ctx.phrasing(caption), ...(claimed !== undefined && 'id' in claimed ? { id: claimed.id } : {}) };
}
