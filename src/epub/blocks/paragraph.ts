// Body prose: a <p>, with its direction when it has right-to-left text.
import { h } from '../hast.ts';
import { renderInlines } from '../inline.ts';
import { direction } from './direction.ts';
import type { BlockHandler } from './types.ts';

export const paragraph: BlockHandler<'paragraph'> = (block, ctx) => [h('p', direction(block.children, ctx), renderInlines(block.children, ctx))];
