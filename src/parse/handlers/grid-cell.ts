// A grid table cell (read by the grid table handler, never dispatched alone).
// Its blocks are converted as anywhere else, then set as lines of one cell, as
// a table cell holds inline content only (so are an HTML cell's, table-cell.ts): each paragraph, heading or code line
// on a line of its own, a list item after its bullet or number, a nested
// item or a definition indented under its term.
import { formatMarker } from '../../document/list-markers.ts';
import type { GridTableCell, Nodes } from 'mdast';
import type { Block, Inline, TableCell } from '../../document.ts';
import type { ParseContext } from '../context.ts';

/** Code's leading spaces and the indent of nested items are no-break spaces, which neither output collapses. */
const NBSP = '\u00A0';
const INDENT = NBSP.repeat(2);
const TASK_BOXES = { open: '☐', done: '☑' } as const;

export function gridCell(node: GridTableCell, ctx: ParseContext): TableCell {
  return blocksCell(ctx.flow(node.children), ctx, node);
}

/** A cell holding the blocks as its lines, apart by line breaks; `cell` is where a warning about them points. */
export function blocksCell(blocks: readonly Block[], ctx: ParseContext, cell: Nodes): TableCell {
  const lines = blockLines(blocks, ctx, cell);
  return { children: lines.flatMap((line, i): Inline[] => (i === 0 ? [...line] : [{ type: 'break' }, ...line])) };
}

type Line = readonly Inline[];

/** The lines a reader sees for the blocks, in order. */
function blockLines(blocks: readonly Block[], ctx: ParseContext, cell: Nodes): Line[] {
  return blocks.flatMap((block): Line[] => {
    switch (block.type) {
      case 'paragraph':
      case 'heading':
        return [block.children];
      case 'code':
        // Blank lines closing a block (a neighbour cell's extra lines) would only pad the cell.
        return block.value.replace(/\n+$/u, '').split('\n').map((line) => codeLine(line));
      case 'blockquote':
      // A cell is lines of text: an alert's box and label have no place in it, its content stays.
      case 'callout':
        return blockLines(block.children, ctx, cell);
      case 'list':
        return block.items.flatMap((item, i) => {
          const marker = item.checked !== null ? TASK_BOXES[item.checked ? 'done' : 'open'] : block.ordered ? formatMarker(block.start + i, block.style ?? 'decimal', block.delimiter ?? 'period') : '•';
          const [first = [], ...rest] = blockLines(item.children, ctx, cell);
          return [[text(`${marker} `), ...first], ...rest.map(indented)];
        });
      case 'definitionList':
        return block.items.flatMap((item) => [[{ type: 'strong', children: item.term } satisfies Inline], ...blockLines(item.definitions.flat(), ctx, cell).map(indented)]);
      case 'figure': {
        const image: Inline = { type: 'image', image: block.image };
        return [[block.link === undefined ? image : { type: 'link', url: block.link.url, ...(block.link.title !== undefined ? { title: block.link.title } : {}), children: [image] }]];
      }
      case 'table':
        ctx.warning(cell, `a table inside a ${cell.type === 'gtCell' ? 'grid ' : ''}table cell is set as lines of text, its cells separated by "|"`);
        return block.rows.map((row) => row.cells.flatMap((tableCell, i): Inline[] => (i === 0 ? [...tableCell.children] : [text(' | '), ...tableCell.children])));
      case 'thematicBreak':
      case 'pageBreak':
        // A rule (or a page break) between a cell's blocks separates nothing a line break does not.
        return [];
    }
  });
}

function codeLine(line: string): Line {
  const indent = /^ */u.exec(line)?.[0].length ?? 0;
  return line === '' ? [] : [{ type: 'code', value: NBSP.repeat(indent) + line.slice(indent) }];
}

const text = (value: string): Inline => ({ type: 'text', value });

const indented = (line: Line): Line => [text(INDENT), ...line];
