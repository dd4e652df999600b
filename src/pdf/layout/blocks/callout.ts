// GitHub alerts, drawn as GitHub draws them: a bar in the kind's colour down
// the left, the label in bold in that colour on a line of its own, then the
// content, all indented past the bar. The alert is a Div in the structure
// tree, its label a P the screen reader reads first; the bar is an artifact.
import type { Inline } from '../../../document.ts';
import { calloutLabel } from '../../../theme/book-labels.ts';
import type { PageItem } from '../../page-model.ts';
import { inside, openElement } from '../context.ts';
import type { LayoutContext } from '../context.ts';
import { glue, indentFlow } from '../flow.ts';
import type { FlowBox, FlowItem } from '../flow.ts';
import { flattenInlines } from '../inline.ts';
import { setParagraph } from '../lines.ts';
import { layoutBlocks } from './index.ts';
import type { BlockHandler } from './types.ts';

export const callout: BlockHandler<'callout'> = (block, ctx) => {
  const { theme, text } = ctx;
  const style = theme.callout;
  const color = style.colors[block.kind];
  // Deep nesting stops indenting at the theme's narrowest measure, as a block quote does.
  const indent = Math.max(0, Math.min(style.barWidth + style.gap, ctx.width - theme.body.minMeasure));
  const structure = openElement(ctx, 'Div');
  const inner: LayoutContext = { ...inside(ctx, structure), width: ctx.width - indent, indentFirst: false };
  // Words the writer adds: not counted where a page begins (see Inline `added`).
  const label: Inline[] = [{ type: 'strong', children: [{ type: 'text', value: calloutLabel(ctx.labels, block.kind), added: true }] }];
  const runs = flattenInlines(label, { family: 'body', italic: text.italic, bold: false, size: text.size }, theme);
  const heading = setParagraph(runs, inner, {
    align: 'left',
    firstIndent: 0,
    size: text.size,
    leading: text.leading,
    role: 'P',
    tag: openElement(inner, 'P'),
    hyphenate: false,
    keepTogether: true,
  }).map((b): FlowBox => ({ ...b, items: b.items.map((item) => (item.kind === 'line' ? { ...item, fragments: item.fragments.map((f) => ({ ...f, color })) } : item)) }));
  const content = layoutBlocks(block.children, inner).items;
  const flow: FlowItem[] = [...heading, ...(content.length > 0 ? [glue(theme.body.paragraphSpacing)] : []), ...content];
  const bar = structure.at(-1)?.id ?? 0;
  const items = indentFlow(flow, indent).map((item): FlowItem => {
    if (item.kind === 'glue') return item;
    const piece: PageItem = { kind: 'rule', x: 0, y: 0, width: style.barWidth, thickness: item.height, role: 'Artifact', color, bar };
    return { ...item, items: [...item.items, piece] };
  });
  return { items, spaceBefore: style.spaceBefore, spaceAfter: style.spaceAfter };
};
