// Headings: <h1>–<h6>, with the anchor id the book's plan gave them.
import { h } from '../hast.ts';
import { renderInlines } from '../inline.ts';
import { direction } from './direction.ts';
import type { BlockHandler } from './types.ts';

export const heading: BlockHandler<'heading'> = (block, ctx) => [
  h(`h${block.depth}`, { id: ctx.book.plan.anchorIds.get(block.id) ?? block.id, ...direction(block.children, ctx) }, renderInlines(block.children, ctx)),
];
