// A caption's lines, as figures and tables set them: the theme's caption face,
// centred, kept together, tagged Caption.
import type { Inline } from '../../../document.ts';
import { openElement } from '../context.ts';
import type { LayoutContext } from '../context.ts';
import type { FlowBox } from '../flow.ts';
import { faceStyle, flattenInlines } from '../inline.ts';
import { setParagraph } from '../lines.ts';

/** The caption's lines (none for an empty caption); `balance` sets them as a heading's, no word alone on the last. */
export function captionLines(caption: readonly Inline[], ctx: LayoutContext, balance: boolean): FlowBox[] {
  const style = ctx.theme.figure.caption;
  const runs = flattenInlines(caption, { family: 'body', ...faceStyle(style.face), size: style.size }, ctx.theme);
  if (runs.length === 0) return [];
  return setParagraph(runs, ctx, {
    align: 'center',
    firstIndent: 0,
    size: style.size,
    leading: style.leading,
    role: 'Caption',
    tag: openElement(ctx, 'Caption'),
    hyphenate: true,
    ...(balance ? { balance } : {}),
    keepTogether: true,
  });
}
