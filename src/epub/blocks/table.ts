// Tables: a Pandoc caption as <caption> (its `{#id}` the table's id), header
// rows of <th scope="col"> (none in a headerless table) and a body, aligned by
// class; a cell spanning columns or rows has colspan/rowspan, aligned as its
// first column.
import type { Align } from '../../document.ts';
import { columnAlignments } from '../../document/table-align.ts';
import { tableGrid } from '../../document/table-grid.ts';
import type { PlacedCell } from '../../document/table-grid.ts';
import { inlineText } from '../../text.ts';
import { h } from '../hast.ts';
import type { ElementContent, Properties } from '../hast.ts';
import { renderInlines } from '../inline.ts';
import type { BlockHandler } from './types.ts';

export const table: BlockHandler<'table'> = (block, ctx) => {
  const grid = tableGrid(block);
  const head = grid.rows.slice(0, block.headerRows);
  const body = grid.rows.slice(block.headerRows);
  const aligns = columnAlignments(block);
  const cells = (row: readonly PlacedCell[], tag: 'th' | 'td'): ElementContent[] =>
    row.map(({ cell, column, colSpan, rowSpan }) => {
      ctx.boundary();
      const properties: Properties = alignment(aligns[column] ?? null);
      if (colSpan > 1) properties.colSpan = colSpan;
      if (rowSpan > 1) properties.rowSpan = rowSpan;
      // An empty header cell (a grid table's corner) heads nothing: a header
      // with no text is an accessibility error (Ace: empty-table-header), so it is a plain cell.
      const own = tag === 'th' && inlineText(cell.children).trim() === '' ? 'td' : tag;
      if (own === 'th') properties.scope = 'col';
      return h(own, properties, renderInlines(cell.children, ctx));
    });
  const sections: ElementContent[] = [];
  if (block.caption) sections.push(h('caption', {}, renderInlines(block.caption, ctx)));
  if (head.length > 0) sections.push(h('thead', {}, head.map((row) => h('tr', {}, cells(row, 'th')))));
  if (body.length > 0) sections.push(h('tbody', {}, body.map((row) => h('tr', {}, cells(row, 'td')))));
  return [h('table', block.id === undefined ? {} : { id: ctx.book.plan.anchorIds.get(block.id) ?? block.id }, sections)];
};

/** Column alignment as a class, so the stylesheet (a user-replaceable file) decides how it looks. */
function alignment(align: Align): Properties {
  return align === null ? {} : { className: [`align-${align}`] };
}
