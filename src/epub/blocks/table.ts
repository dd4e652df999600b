// Tables: a header row of <th scope="col"> and a body, aligned by class.
import type { Align } from '../../document.ts';
import { columnAlignments } from '../../document/table-align.ts';
import { h } from '../hast.ts';
import type { ElementContent, Properties } from '../hast.ts';
import { renderInlines } from '../inline.ts';
import type { BlockHandler } from './types.ts';

export const table: BlockHandler<'table'> = (block, ctx) => {
  const [head, ...body] = block.rows;
  const aligns = columnAlignments(block);
  const cells = (row: (typeof block.rows)[number], tag: 'th' | 'td'): ElementContent[] =>
    row.cells.map((cell, column) => {
      ctx.boundary();
      const properties: Properties = alignment(aligns[column] ?? null);
      if (tag === 'th') properties.scope = 'col';
      return h(tag, properties, renderInlines(cell.children, ctx));
    });
  const sections: ElementContent[] = [];
  if (head !== undefined) sections.push(h('thead', {}, [h('tr', {}, cells(head, 'th'))]));
  if (body.length > 0) sections.push(h('tbody', {}, body.map((row) => h('tr', {}, cells(row, 'td')))));
  return [h('table', {}, sections)];
};

/** Column alignment as a class, so the stylesheet (a user-replaceable file) decides how it looks. */
function alignment(align: Align): Properties {
  return align === null ? {} : { className: [`align-${align}`] };
}
