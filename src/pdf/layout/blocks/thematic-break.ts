import type { PageItem } from '../../page-model.ts';
import { baselineOffset } from '../context.ts';
import { box } from '../flow.ts';
import type { BlockHandler } from './types.ts';

/** A section break: the theme's ornament centred, or a centred rule when the font lacks it. */
export const thematicBreak: BlockHandler<'thematicBreak'> = (_block, ctx) => {
  const { theme, fonts, text } = ctx;
  const style = theme.thematicBreak;
  const ornament = style.ornament.trim() !== '' && fonts.hasGlyphs('body', style.ornament) ? style.ornament : null;
  let item: PageItem;
  if (ornament !== null) {
    const width = fonts.measure(ornament, 'body', text.size);
    item = {
      kind: 'line',
      x: (ctx.width - width) / 2,
      baseline: baselineOffset(ctx, text.size, text.leading),
      fragments: [{ text: ornament, font: 'body', size: text.size, x: 0, width, wordSpacing: 0 }],
      role: 'Artifact',
      block: ctx.block,
      tag: 'Layout',
    };
  } else {
    item = { kind: 'rule', x: (ctx.width - style.ruleWidth) / 2, y: text.leading / 2, width: style.ruleWidth, thickness: style.ruleThickness, role: 'Artifact' };
  }
  return {
    items: [box({ height: text.leading, items: [item], start: { block: ctx.block, word: 0 } })],
    spaceBefore: style.spaceAround,
    spaceAfter: style.spaceAround,
  };
};
