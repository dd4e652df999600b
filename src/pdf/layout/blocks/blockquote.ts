import { openElement } from '../context.ts';
import type { LayoutContext } from '../context.ts';
import { indentFlow } from '../flow.ts';
import { layoutBlocks } from './index.ts';
import type { BlockHandler } from './types.ts';

/** Block quotes: indented on both sides, in the theme's quotation size (or italic). */
export const blockquote: BlockHandler<'blockquote'> = (block, ctx) => {
  const style = ctx.theme.blockquote;
  // Inside a note the note's own (smaller) size already sets the quotation apart.
  const size = ctx.note === null ? style.size : Math.min(style.size, ctx.text.size);
  const leading = ctx.note === null ? style.leading : Math.min(style.leading, ctx.text.leading);
  // Deep nesting stops indenting at the theme's narrowest measure, so text stays on the page.
  const indent = Math.max(0, Math.min(style.indent, (ctx.width - ctx.theme.body.minMeasure) / 2));
  const inner: LayoutContext = {
    ...ctx,
    width: ctx.width - 2 * indent,
    text: { size, leading, italic: style.italic ? !ctx.text.italic : ctx.text.italic },
    role: 'BlockQuote',
    indentFirst: false,
    structure: openElement(ctx, 'BlockQuote'),
  };
  const laid = layoutBlocks(block.children, inner);
  return { items: indentFlow(laid.items, indent), spaceBefore: style.spaceBefore, spaceAfter: style.spaceAfter };
};
