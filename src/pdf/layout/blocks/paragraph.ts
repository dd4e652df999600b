import { openElement } from '../context.ts';
import { flattenInlines } from '../inline.ts';
import { setParagraph } from '../lines.ts';
import type { BlockHandler } from './types.ts';

/** Body prose: justified, hyphenated, indented unless it opens a section. */
export const paragraph: BlockHandler<'paragraph'> = (block, ctx) => {
  const { theme, text } = ctx;
  const runs = flattenInlines(block.children, { family: 'body', italic: text.italic, bold: false, size: text.size }, theme);
  const items = setParagraph(runs, ctx, {
    align: 'justify',
    firstIndent: (ctx.indentFirst ? ctx.paragraphIndent.width : 0) - (ctx.hang ?? 0),
    size: text.size,
    leading: text.leading,
    role: ctx.role,
    tag: openElement(ctx, 'P'),
    hyphenate: true,
    keepTogether: false,
  });
  return { items, spaceBefore: theme.body.paragraphSpacing, spaceAfter: theme.body.paragraphSpacing };
};
