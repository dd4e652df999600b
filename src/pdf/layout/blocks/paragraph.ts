import { wordCount, inlineText } from '../../../text.ts';
import { openElement } from '../context.ts';
import type { FlowBox } from '../flow.ts';
import { flattenInlines } from '../inline.ts';
import { setParagraph } from '../lines.ts';
import { displayBox, displaySegments } from './display-math.ts';
import type { BlockHandler } from './types.ts';

/**
 * Body prose: justified, hyphenated, indented unless it opens a section (a
 * line block: flush left, as its lines are written). A
 * display formula in it is set apart (display-math.ts); the text after it
 * goes on unindented, in the same paragraph.
 */
export const paragraph: BlockHandler<'paragraph'> = (block, ctx) => {
  const { theme, text } = ctx;
  const tag = openElement(ctx, 'P');
  const segments = displaySegments(block.children);
  const items: FlowBox[] = [];
  let wordBase = ctx.wordBase;
  segments.forEach((segment, i) => {
    if (segment.kind === 'display') {
      items.push(displayBox(segment.node, ctx, tag, wordBase, i < segments.length - 2 || hasText(segments[i + 1])));
      wordBase += wordCount(segment.node.tex);
      return;
    }
    const runs = flattenInlines(segment.inlines, { family: 'body', italic: text.italic, bold: false, size: text.size }, theme);
    // A line block's lines are the writer's, each set as written: flush left, never indented or hyphenated.
    const verse = block.lines === true;
    const lines = setParagraph(runs, { ...ctx, wordBase }, {
      align: verse ? 'left' : 'justify',
      firstIndent: i === 0 && !verse ? (ctx.indentFirst ? ctx.paragraphIndent.width : 0) - (ctx.hang ?? 0) : 0,
      size: text.size,
      leading: text.leading,
      role: ctx.role,
      tag,
      hyphenate: !verse,
      keepTogether: false,
    });
    const last = lines.at(-1);
    // The line before a display formula stays with it.
    if (last !== undefined && i < segments.length - 1) lines[lines.length - 1] = { ...last, keepWithNext: true };
    items.push(...lines);
    wordBase += wordCount(inlineText(segment.inlines));
  });
  return { items, spaceBefore: theme.body.paragraphSpacing, spaceAfter: theme.body.paragraphSpacing };
};

const hasText = (segment: ReturnType<typeof displaySegments>[number] | undefined): boolean =>
  segment?.kind === 'text' && segment.inlines.some((node) => node.type !== 'text' || node.value.trim() !== '');
