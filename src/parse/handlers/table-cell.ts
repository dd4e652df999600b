// A table cell (read by the table handler, never dispatched alone): its phrasing content.
import type { TableCell as MdastTableCell } from 'mdast';
import type { TableCell } from '../../document.ts';
import type { ParseContext } from '../context.ts';

export function tableCell(node: MdastTableCell, ctx: ParseContext): TableCell {
  return { children: ctx.phrasing(node.children) };
}
