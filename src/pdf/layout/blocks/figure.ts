import type { Destination, PageItem } from '../../page-model.ts';
import { openElement } from '../context.ts';
import { box, shiftDestinations, shiftItems } from '../flow.ts';
import { captionLines } from './caption.ts';
import { figureSize } from './figure-size.ts';
import type { BlockHandler } from './types.ts';

/**
 * Figures: the image at the size the manuscript asks for, else scaled to the
 * measure (aspect kept, height capped by the theme: figure-size.ts), centred,
 * caption centred below; one unbreakable box, so a figure that does not fit
 * moves whole to the next page. Its id, when it has one, is a destination at its top.
 */
export const figure: BlockHandler<'figure'> = (block, ctx) => {
  const { theme } = ctx;
  const style = theme.figure;
  const { image } = block;
  const textHeight = theme.page.height - theme.margins.top - theme.margins.bottom;
  const { width, height } = figureSize(image, { measure: ctx.width, textHeight, maxHeight: textHeight * style.maxHeight, em: theme.body.size });
  // A linked picture with no alt text still leads somewhere: its address describes it. With neither it is decoration.
  const alt = image.alt.trim() || (block.link?.url ?? '');
  const tag = alt === '' ? 'Layout' : openElement(ctx, 'Figure', { alt });
  const items: PageItem[] = [
    { kind: 'image', path: image.path, alt: image.alt, x: (ctx.width - width) / 2, y: 0, width, height, role: 'Figure', tag, ...(block.link ? { link: block.link.url } : {}) },
  ];

  const lines = captionLines(block.caption, ctx, false);
  let y = height + (lines.length > 0 ? style.captionGap : 0);
  const noteRefs: number[] = [];
  const destinations: Destination[] = block.id === undefined ? [] : [{ name: block.id, x: 0, y: 0 }];
  for (const line of lines) {
    items.push(...shiftItems(line.items, 0, y));
    destinations.push(...shiftDestinations(line.destinations, 0, y));
    noteRefs.push(...line.noteRefs);
    y += line.height;
  }
  return {
    items: [box({ height: y, items, noteRefs: [...new Set(noteRefs)], destinations, start: { block: ctx.block, word: ctx.wordBase } })],
    spaceBefore: style.spaceBefore,
    spaceAfter: style.spaceAfter,
  };
};
