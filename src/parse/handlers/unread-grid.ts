// A paragraph that opens with a grid table's border (`+---+---+`) but was not
// read as one: its lines do not line up, so, as in Pandoc, it is printed as
// the text it is. The author hears why, at the table's first line.
import type { Paragraph } from 'mdast';
import type { ParseContext } from '../context.ts';

const BORDER = /^\+(?:[-=:]+\+)+$/u;
const ROW = /^[|+]/u;

export function warnUnreadGrid(node: Paragraph, ctx: ParseContext): void {
  const [first, ...rest] = ctx.source(node).split(/\r\n?|\n/u).map((line) => line.trim());
  if (first === undefined || !BORDER.test(first) || !rest.some((line) => ROW.test(line))) return;
  ctx.warning(
    node,
    'this looks like a grid table but is printed as text: every "|" and "+" must stand under a "+" of the border above, each line end at the same column, and the table start at the margin',
  );
}
