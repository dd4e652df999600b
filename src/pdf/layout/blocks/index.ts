// Block dispatch: one handler per Block type in a typed map, and the sequencing
// of sibling blocks (collapsed spacing, paragraph indents, word offsets).
import type { Block } from '../../../document.ts';
import { blocksWordCount, inlineText } from '../../../text.ts';
import type { LayoutContext } from '../context.ts';
import { glue } from '../flow.ts';
import type { FlowBox, FlowItem } from '../flow.ts';
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
import type { BlockHandler, BlockLayout } from './types.ts';

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

export function layoutBlock(block: Block, ctx: LayoutContext): BlockLayout {
  const handler = handlers[block.type] as BlockHandler<typeof block.type> | undefined;
  // The Document type is closed; a new block type must get a handler, not vanish.
  if (handler === undefined) throw new Error(`PDF layout has no handler for block type "${String(block.type)}"`);
  return handler(block as never, ctx);
}

// After these, a paragraph starts flush left: the break itself marks it.
const NO_INDENT_AFTER: ReadonlySet<Block['type']> = new Set(['heading', 'thematicBreak']);

// A display a paragraph ending in a colon introduces ("Consider this program:"): the two share a page, so the
// reader does not turn the leaf between the lead-in and the listing, unless that leaves the page short. A
// list or a quotation reads on like prose, and may begin overleaf as a paragraph would.
const INTRODUCED: ReadonlySet<Block['type']> = new Set(['code', 'table', 'figure']);

function introduces(block: Block, next: Block | undefined): boolean {
  return block.type === 'paragraph' && next !== undefined && INTRODUCED.has(next.type) && inlineText(block.children).trimEnd().endsWith(':');
}

// A paragraph all in bold or italic, as manuscripts write a heading they did not mark as one ("**Byron**"
// over the paragraph on Byron): it stays with what follows as a lead-in does, never alone at a page's foot.
function standsAsHeading(block: Block, next: Block | undefined): boolean {
  if (block.type !== 'paragraph' || next === undefined || block.lines === true) return false;
  const content = block.children.filter((node) => node.type !== 'text' || node.value.trim() !== '');
  return content.length === 1 && (content[0]?.type === 'strong' || content[0]?.type === 'emphasis');
}

/** `items` with their last box marked as a lead-in (FlowBox.leadIn). */
function asLeadIn(items: readonly FlowItem[]): FlowItem[] {
  let last = items.length - 1;
  while (last >= 0 && items[last]?.kind !== 'box') last -= 1;
  return items.map((item, i) => (i === last ? { ...(item as FlowBox), leadIn: true } : item));
}

/**
 * Lays out sibling blocks. At the top level each block gets its own index
 * (`firstIndex` onwards); nested blocks share their ancestor's index and
 * count words on from `ctx.wordBase`.
 */
export function layoutBlocks(
  blocks: readonly Block[],
  ctx: LayoutContext,
  topLevel: { readonly firstIndex: number } | null = null,
): BlockLayout {
  const items: FlowItem[] = [];
  let spaceBefore = 0;
  let pendingSpace = 0;
  let wordBase = ctx.wordBase;
  let previous: Block | null = null;
  blocks.forEach((block, i) => {
    const indentFirst = previous === null ? ctx.indentFirst : ctx.paragraphIndent.everyParagraph || !NO_INDENT_AFTER.has(previous.type);
    const childCtx: LayoutContext = topLevel
      ? { ...ctx, block: topLevel.firstIndex + i, wordBase: 0, indentFirst }
      : { ...ctx, wordBase, indentFirst };
    const laid = layoutBlock(block, childCtx);
    if (laid.items.length > 0) {
      if (items.length === 0) spaceBefore = laid.spaceBefore;
      else items.push(glue(Math.max(pendingSpace, laid.spaceBefore)));
      const next = blocks[i + 1];
      items.push(...(introduces(block, next) || standsAsHeading(block, next) ? asLeadIn(laid.items) : laid.items));
      pendingSpace = laid.spaceAfter;
    }
    if (!topLevel) wordBase += blocksWordCount([block]);
    previous = block;
  });
  return { items, spaceBefore, spaceAfter: pendingSpace };
}
