// GitHub alerts: a <div role="note"> (ARIA's role for a parenthetic note; an
// <aside> would be a complementary landmark, one per alert) with a class per
// kind, its label in a first <p>, as GitHub writes it. The label is the
// writer's word, not the author's: it is not counted where a page begins.
import type { CalloutKind } from '../../document.ts';
import { calloutLabel } from '../../theme/book-labels.ts';
import type { Theme } from '../../theme/types.ts';
import { h } from '../hast.ts';
import { renderBlocks } from './index.ts';
import type { BlockHandler } from './types.ts';

export const callout: BlockHandler<'callout'> = (block, ctx) => [
  h('div', { className: ['callout', `callout-${block.kind}`], role: 'note' }, [
    h('p', { className: ['callout-title'] }, [{ type: 'text', value: calloutLabel(ctx.book.labels, block.kind) }]),
    ...renderBlocks(block.children, ctx),
  ]),
];

/** Each kind's colour from the theme, for its bar and label (the rest of the look is in epub.css). */
export function calloutStyles(theme: Theme): string {
  return Object.entries(theme.callout.colors)
    .map(([kind, color]) => `div.callout-${kind as CalloutKind} { border-left-color: ${color}; }\ndiv.callout-${kind} > p.callout-title { color: ${color}; }\n`)
    .join('');
}
