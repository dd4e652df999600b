// Block quotes: a <blockquote> around its blocks.
import { h } from '../hast.ts';
import { renderBlocks } from './index.ts';
import type { BlockHandler } from './types.ts';

export const blockquote: BlockHandler<'blockquote'> = (block, ctx) => [h('blockquote', {}, renderBlocks(block.children, ctx))];
