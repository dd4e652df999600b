// Figures: <figure> (with its id, if it has one) holding the image (linked if the manuscript links it) and its caption.
import { h } from '../hast.ts';
import type { ElementContent, Properties } from '../hast.ts';
import { imageElement, renderInlines } from '../inline.ts';
import type { BlockHandler } from './types.ts';

export const figure: BlockHandler<'figure'> = (block, ctx) => {
  const image = imageElement(block.image, ctx);
  const link: Properties | undefined = block.link && { href: block.link.url, ...(block.link.title ? { title: block.link.title } : {}) };
  const children: ElementContent[] = [link ? h('a', link, [image]) : image];
  if (block.caption.length > 0) children.push(h('figcaption', {}, renderInlines(block.caption, ctx)));
  return [h('figure', block.id === undefined ? {} : { id: ctx.book.plan.anchorIds.get(block.id) ?? block.id }, children)];
};
