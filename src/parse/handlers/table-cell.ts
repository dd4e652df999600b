// A table cell (read by the table handler, never dispatched alone): its phrasing
// content. A GFM cell holds nothing else; an HTML <td> may hold blocks
// (`<td><p><code>label</code></p></td>`, as the jekyll docs write their
// tables): those are set as the cell's lines, as a grid table cell's are
// (grid-cell.ts), inline content between them a line of its own. An HTML
// cell's spans come as data (html-table.ts).
import type { PhrasingContent, RootContent, TableCell as MdastTableCell } from 'mdast';
import type { TableCell } from '../../document.ts';
import type { ParseContext } from '../context.ts';
import { blocksCell } from './grid-cell.ts';

/** The blocks the HTML reader (hast-util-to-mdast) puts in a cell; anything else there is phrasing (math, citations…). */
const BLOCKS = new Set(['paragraph', 'heading', 'list', 'blockquote', 'code', 'table', 'thematicBreak']);
const isPhrasing = (node: RootContent): node is PhrasingContent => !BLOCKS.has(node.type);

export function tableCell(node: MdastTableCell, ctx: ParseContext): TableCell {
  const { colSpan, rowSpan } = node.data ?? {};
  return { ...content(node, ctx), ...(colSpan !== undefined ? { colSpan } : {}), ...(rowSpan !== undefined ? { rowSpan } : {}) };
}

function content(node: MdastTableCell, ctx: ParseContext): TableCell {
  const children = node.children as readonly RootContent[];
  if (children.every(isPhrasing)) return { children: ctx.phrasing(node.children) };
  const blocks: RootContent[] = [];
  let run: PhrasingContent[] = [];
  const flush = (): void => {
    // The white space between an HTML cell's tags is no line of its own.
    if (run.some((child) => child.type !== 'text' || child.value.trim() !== '')) blocks.push({ type: 'paragraph', children: run, ...(node.position ? { position: node.position } : {}) });
    run = [];
  };
  for (const child of children) {
    if (isPhrasing(child)) run.push(child);
    else {
      flush();
      blocks.push(child);
    }
  }
  flush();
  return blocksCell(ctx.flow(blocks), ctx, node);
}
