import type { PageItem } from '../../page-model.ts';
import { openElement } from '../context.ts';
import { box, shiftDestinations, shiftItems } from '../flow.ts';
import { captionLines } from './caption.ts';
import type { BlockHandler } from './types.ts';

/**
 * Figures: the image scaled to the measure (aspect kept, height capped by the
 * theme), caption centred below; one unbreakable box, so a figure that does not
 * fit moves whole to the next page.
 */
export const figure: BlockHandler<'figure'> = (block, ctx) => {
  const { theme } = ctx;
  const style = theme.figure;
  const { image } = block;
  const textHeight = theme.page.height - theme.margins.top - theme.margins.bottom;
  const aspect = image.height / image.width;
  let width = ctx.width;
  let height = width * aspect;
  const maxHeight = textHeight * style.maxHeight;
  if (height > maxHeight) {
    height = maxHeight;
    width = height / aspect;
  }
  // A linked picture with no alt text still leads somewhere: its address describes it. With neither it is decoration.
  const alt = image.alt.trim() || (block.link?.url ?? '');
  const tag = alt === '' ? 'Layout' : openElement(ctx, 'Figure', { alt });
  const items: PageItem[] = [
    { kind: 'image', path: image.path, alt: image.alt, x: (ctx.width - width) / 2, y: 0, width, height, role: 'Figure', tag, ...(block.link ? { link: block.link.url } : {}) },
  ];

  const lines = captionLines(block.caption, ctx, false);
  let y = height + (lines.length > 0 ? style.captionGap : 0);
  const noteRefs: number[] = [];
  const destinations = [];
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
