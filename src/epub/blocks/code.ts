// Code blocks: <pre><code>, classed by language as Markdown renderers do.
import { h } from '../hast.ts';
import type { Properties } from '../hast.ts';
import type { BlockHandler } from './types.ts';

export const code: BlockHandler<'code'> = (block, ctx) => {
  const properties: Properties = block.lang === null ? {} : { className: [`language-${block.lang}`] };
  return [h('pre', {}, [h('code', properties, ctx.text(block.value))])];
};
