import type { Block, ListItem } from '../../../document.ts';
import { formatMarker } from '../../../document/list-markers.ts';
import { paragraphDirection } from '../../../document/direction.ts';
import { blocksWordCount, blockText } from '../../../text.ts';
import type { FontKey } from '../types.ts';
import type { PlacedLine } from '../../page-model.ts';
import { baselineOffset, inside, openElement } from '../context.ts';
import type { LayoutContext } from '../context.ts';
import { anchorFirstBox, glue, indentFlow } from '../flow.ts';
import type { FlowItem } from '../flow.ts';
import { layoutBlocks } from './index.ts';
import type { BlockHandler } from './types.ts';

const TASK_BOXES = { open: '☐', done: '☑' } as const;
const TASK_FALLBACK = { open: '[ ]', done: '[x]' } as const;

function marker(item: ListItem, index: number, block: Extract<Block, { type: 'list' }>, ctx: LayoutContext): string {
  const { fonts, theme } = ctx;
  if (item.checked !== null) {
    const boxes = fonts.hasGlyphs('body', TASK_BOXES.open + TASK_BOXES.done) ? TASK_BOXES : TASK_FALLBACK;
    return item.checked ? boxes.done : boxes.open;
  }
  // Written as the manuscript wrote it: `c.`, `iv)`, `(2)`.
  if (block.ordered) return formatMarker(block.start + index, block.style ?? 'decimal', block.delimiter ?? 'period');
  const bullets = theme.lists.bullets;
  const bullet = bullets[Math.min(ctx.listDepth, bullets.length - 1)] ?? '';
  // A bullet the face cannot draw would print as a box: fall back to the first.
  return fonts.hasGlyphs('body', bullet) ? bullet : (bullets[0] ?? '');
}

/** Lists: markers hang in the indent (numbers right-aligned), items' blocks set in the narrower measure. */
export const list: BlockHandler<'list'> = (block, ctx) => (block.bibliography === true ? sources(block, ctx) : markedList(block, ctx));

/** A list of sources: no markers; each entry's first line hangs out into the indent. */
const sources: BlockHandler<'list'> = (block, ctx) => {
  const { theme } = ctx;
  const hang = theme.lists.indent;
  const items: FlowItem[] = [];
  let wordBase = ctx.wordBase;
  const structure = openElement(ctx, 'L');
  for (const item of block.items) {
    const body = openElement(inside(ctx, openElement(inside(ctx, structure), 'LI')), 'LBody');
    const laid = layoutBlocks(item.children, { ...ctx, width: ctx.width - hang, role: 'LI', indentFirst: false, hang, wordBase, structure: body });
    const flow = indentFlow(laid.items, hang);
    if (item.id !== undefined) anchorFirstBox(flow, item.id);
    if (items.length > 0 && flow.length > 0) items.push(glue(theme.lists.itemSpacing));
    items.push(...flow);
    wordBase += blocksWordCount(item.children);
  }
  return { items, spaceBefore: theme.lists.spaceBefore, spaceAfter: theme.lists.spaceAfter };
};

const markedList: BlockHandler<'list'> = (block, ctx) => {
  const { theme, fonts, text } = ctx;
  const font: FontKey = text.italic ? 'bodyItalic' : 'body';
  const markers = block.items.map((item, i) => marker(item, i, block, ctx));
  const gap = theme.lists.markerGap * text.size;
  const widest = Math.max(0, ...markers.map((m) => fonts.measure(m, font, text.size)));
  // Deep nesting stops indenting at the theme's narrowest measure, so text stays on the page.
  const indent = Math.min(Math.max(theme.lists.indent, widest + gap), Math.max(0, ctx.width - theme.body.minMeasure));

  const items: FlowItem[] = [];
  let wordBase = ctx.wordBase;
  const structure = openElement(ctx, 'L');
  block.items.forEach((item, i) => {
    // Each item is LI > Lbl (its marker) + LBody (its blocks).
    const li = inside(ctx, openElement(inside(ctx, structure), 'LI'));
    const label = openElement(li, 'Lbl');
    const laid = layoutBlocks(item.children, {
      ...ctx,
      width: ctx.width - indent,
      role: 'LI',
      listDepth: ctx.listDepth + 1,
      indentFirst: false,
      wordBase,
      structure: openElement(li, 'LBody'),
    });
    // A right-to-left item hangs its marker in the indent on the right.
    const rtl = paragraphDirection(blockText(item.children[0] ?? { type: 'thematicBreak' }), ctx.direction) === 'rtl';
    const flow = indentFlow(laid.items, rtl ? 0 : indent);
    if (item.id !== undefined) anchorFirstBox(flow, item.id);
    const first = flow.findIndex((f) => f.kind === 'box');
    const firstBox = flow[first];
    if (firstBox && firstBox.kind === 'box') {
      const firstLine = firstBox.items.find((it): it is PlacedLine => it.kind === 'line');
      const marker = markers[i] ?? '';
      const width = fonts.measure(marker, font, text.size);
      const markerLine: PlacedLine = {
        kind: 'line',
        x: rtl ? ctx.width - indent + gap : indent - gap - width,
        baseline: firstLine?.baseline ?? baselineOffset(ctx, text.size, text.leading),
        fragments: [{ text: marker, font, size: text.size, x: 0, width, wordSpacing: 0 }],
        role: 'Lbl',
        block: ctx.block,
        tag: label,
      };
      flow[first] = { ...firstBox, items: [markerLine, ...firstBox.items] };
    }
    if (items.length > 0 && flow.length > 0) items.push(glue(block.spread ? theme.lists.itemSpacing : 0));
    items.push(...flow);
    wordBase += blocksWordCount(item.children);
  });
  // A nested list continues its item: no space around it.
  const space = ctx.listDepth === 0 ? theme.lists : { spaceBefore: 0, spaceAfter: 0 };
  return { items, spaceBefore: space.spaceBefore, spaceAfter: space.spaceAfter };
};
