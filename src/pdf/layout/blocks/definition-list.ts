// Definition lists: each term set bold and ragged, kept with its first
// definition, whose blocks are indented by the theme's list indent; tagged
// L > LI > Lbl (the term) + LBody (its definitions), as PDF/UA asks of them.
import { blocksWordCount, inlineText, wordCount } from '../../../text.ts';
import { inside, openElement } from '../context.ts';
import { glue, indentFlow } from '../flow.ts';
import type { FlowItem } from '../flow.ts';
import { flattenInlines } from '../inline.ts';
import { setParagraph } from '../lines.ts';
import { layoutBlocks } from './index.ts';
import type { BlockHandler } from './types.ts';

export const definitionList: BlockHandler<'definitionList'> = (block, ctx) => {
  const { theme, text } = ctx;
  // Deep nesting stops indenting at the theme's narrowest measure, so text stays on the page.
  const indent = Math.min(theme.lists.indent, Math.max(0, ctx.width - theme.body.minMeasure));
  const structure = openElement(ctx, 'L');
  const items: FlowItem[] = [];
  let wordBase = ctx.wordBase;
  for (const item of block.items) {
    const li = inside(ctx, openElement(inside(ctx, structure), 'LI'));
    const runs = flattenInlines(item.term, { family: 'body', italic: text.italic, bold: true, size: text.size }, theme);
    const term = setParagraph(runs, { ...li, wordBase }, {
      align: 'left',
      firstIndent: 0,
      size: text.size,
      leading: text.leading,
      role: 'Lbl',
      tag: openElement(li, 'Lbl'),
      hyphenate: false,
      // Its lines stay together and with what follows, as a heading's: never at a page's foot above its definition.
      keepTogether: true,
    });
    wordBase += wordCount(inlineText(item.term));
    const body = openElement(li, 'LBody');
    const definitions = item.definitions.flatMap((definition, d) => {
      const laid = layoutBlocks(definition, { ...ctx, width: ctx.width - indent, role: 'LI', indentFirst: false, wordBase, structure: body });
      wordBase += blocksWordCount(definition);
      return [...(d > 0 ? [glue(theme.lists.itemSpacing)] : []), ...indentFlow(laid.items, indent)];
    });
    if (items.length > 0) items.push(glue(theme.lists.itemSpacing));
    items.push(...term, ...definitions);
  }
  return { items, spaceBefore: theme.lists.spaceBefore, spaceAfter: theme.lists.spaceAfter };
};
