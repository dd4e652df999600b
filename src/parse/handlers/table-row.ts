// A table row (read by the table handler, never dispatched alone): its cells.
import type { TableRow as MdastTableRow } from 'mdast';
import type { TableRow } from '../../document.ts';
import type { ParseContext } from '../context.ts';
import { tableCell } from './table-cell.ts';

export function tableRow(node: MdastTableRow, ctx: ParseContext): TableRow {
  return { cells: node.children.map((cell) => tableCell(cell, ctx)) };
}
