// Body prose: a <p>, with its direction when it has right-to-left text; a
// Pandoc line block's is of class line-block (flush left, not indented).
import { h } from '../hast.ts';
import { renderInlines } from '../inline.ts';
import { direction } from './direction.ts';
import type { BlockHandler } from './types.ts';

export const paragraph: BlockHandler<'paragraph'> = (block, ctx) => [
  h('p', { ...direction(block.children, ctx), ...(block.lines === true ? { className: ['line-block'] } : {}) }, renderInlines(block.children, ctx)),
];
