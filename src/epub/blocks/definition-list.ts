// Definition lists: a <dl>, each term a <dt> and each of its definitions a <dd>.
import { h } from '../hast.ts';
import { renderInlines } from '../inline.ts';
import { direction } from './direction.ts';
import { renderBlocks } from './index.ts';
import type { BlockHandler } from './types.ts';

export const definitionList: BlockHandler<'definitionList'> = (block, ctx) => [
  h(
    'dl',
    {},
    block.items.flatMap((item) => {
      ctx.boundary();
      const term = h('dt', direction(item.term, ctx), renderInlines(item.term, ctx));
      return [term, ...item.definitions.map((definition) => h('dd', {}, renderBlocks(definition, ctx)))];
    }),
  ),
];
