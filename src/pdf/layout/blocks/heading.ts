import { inlineText } from '../../../text.ts';
import type { Role } from '../../page-model.ts';
import { openElement } from '../context.ts';
import { faceStyle, flattenInlines } from '../inline.ts';
import { setParagraph } from '../lines.ts';
import type { BlockHandler } from './types.ts';

// Running heads by section follow the top two levels only.
const SECTION_DEPTH = 2;

/** Headings: set ragged, unhyphenated, and kept with what follows. */
export const heading: BlockHandler<'heading'> = (block, ctx) => {
  const { theme } = ctx;
  const style = theme.headings[Math.min(block.depth, theme.headings.length) - 1];
  // The theme loader rejects an empty heading list.
  if (style === undefined) throw new Error('theme has no heading styles');
  const runs = flattenInlines(block.children, { family: 'body', ...faceStyle(style.face), size: style.size }, theme);
  const title = inlineText(block.children).replace(/\s+/gu, ' ').trim();
  const items = setParagraph(runs, ctx, {
    align: 'left',
    firstIndent: 0,
    size: style.size,
    leading: style.leading,
    role: `H${block.depth}` as Role,
    tag: openElement(ctx, `H${block.depth}`),
    hyphenate: false,
    balance: true,
    keepTogether: true,
    destination: block.id,
    outline: { title, depth: block.depth, destination: block.id },
    ...(block.depth <= SECTION_DEPTH ? { section: title } : {}),
  });
  return { items, spaceBefore: style.spaceBefore, spaceAfter: style.spaceAfter };
};
