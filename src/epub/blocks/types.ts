// The EPUB writer's one handler shape, `(block, ctx)`, as the PDF's
// (pdf/layout/blocks/types.ts): a Block becomes the hast of its XHTML.
import type { Block } from '../../document.ts';
import type { EpubContext } from '../context.ts';
import type { ElementContent } from '../hast.ts';

export type BlockHandler<T extends Block['type']> = (block: Extract<Block, { type: T }>, ctx: EpubContext) => ElementContent[];
