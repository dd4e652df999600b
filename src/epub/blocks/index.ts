// Block dispatch: one handler per Block type in a typed map (a Block type
// without a handler is a compile error), and the sequencing of sibling blocks.
import type { Block } from '../../document.ts';
import type { EpubContext } from '../context.ts';
import type { ElementContent } from '../hast.ts';
import { blockquote } from './blockquote.ts';
import { callout } from './callout.ts';
import { code } from './code.ts';
import { definitionList } from './definition-list.ts';
import { figure } from './figure.ts';
import { heading } from './heading.ts';
import { list } from './list.ts';
import { pageBreak } from './page-break.ts';
import { paragraph } from './paragraph.ts';
import { table } from './table.ts';
import { thematicBreak } from './thematic-break.ts';
import type { BlockHandler } from './types.ts';

const handlers: { readonly [T in Block['type']]: BlockHandler<T> } = {
  heading,
  paragraph,
  blockquote,
  callout,
  list,
  definitionList,
  code,
  thematicBreak,
  pageBreak,
  table,
  figure,
};

export function renderBlock(block: Block, ctx: EpubContext): ElementContent[] {
  const handler = handlers[block.type] as BlockHandler<typeof block.type> | undefined;
  // The Document type is closed; a new block type must get a handler, not vanish.
  if (handler === undefined) throw new Error(`the EPUB writer has no handler for block type "${String(block.type)}"`);
  return handler(block as never, ctx);
}

/** Sibling blocks, each starting a new word as `blockText` joins them with a line break. */
export function renderBlocks(blocks: readonly Block[], ctx: EpubContext): ElementContent[] {
  return blocks.flatMap((block) => {
    ctx.boundary();
    return renderBlock(block, ctx);
  });
}
