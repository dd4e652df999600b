// The title block opening page 1: title, dek, byline, publisher and the source
// address as a link, centred and kept together with the text that follows.
import type { Metadata } from '../../document.ts';
import type { FacedStyle } from '../../theme/types.ts';
import type { Role } from '../page-model.ts';
import type { LayoutContext } from './context.ts';
import { box, glue } from './flow.ts';
import type { FlowItem } from './flow.ts';
import { faceStyle, flattenInlines } from './inline.ts';
import { setParagraph } from './lines.ts';

/** The title's anchor: a colon never occurs in heading ids (slugs), so no clash. */
export const TITLE_DESTINATION = 'galley:title';

function setLine(text: string, style: FacedStyle, role: Role, ctx: LayoutContext, link?: string): FlowItem[] {
  const runs = flattenInlines(
    [link === undefined ? { type: 'text', value: text } : { type: 'link', url: link, children: [{ type: 'text', value: text }] }],
    { family: 'body', ...faceStyle(style.face), size: style.size },
    ctx.theme,
  );
  return setParagraph(runs, ctx, {
    align: 'center',
    firstIndent: 0,
    size: style.size,
    leading: style.leading,
    role,
    hyphenate: false,
    keepTogether: true,
    // The title heads the outline; headings nest under it.
    ...(role === 'Title' ? { destination: TITLE_DESTINATION, outline: { title: text, depth: 0, destination: TITLE_DESTINATION } } : {}),
  });
}

/** Joins names as a byline: "A", "A and B", "A, B and C". */
function byline(authors: readonly string[]): string {
  if (authors.length <= 1) return authors.join('');
  return `${authors.slice(0, -1).join(', ')} and ${authors.at(-1) ?? ''}`;
}

export function layoutTitleBlock(meta: Metadata, ctx: LayoutContext): FlowItem[] {
  const { theme } = ctx;
  const gap = theme.titleBlock.gap;
  const parts: FlowItem[][] = [setLine(meta.title, theme.title, 'Title', ctx)];
  if (meta.subtitle !== undefined) parts.push(setLine(meta.subtitle, theme.subtitle, 'P', ctx));
  const credits: FlowItem[] = [];
  if (meta.authors.length > 0) credits.push(...setLine(byline(meta.authors), theme.byline, 'P', ctx));
  if (meta.publisher !== undefined) credits.push(...setLine(meta.publisher, theme.byline, 'P', ctx));
  if (meta.source !== undefined) credits.push(...setLine(meta.source, theme.byline, 'P', ctx, meta.source));
  if (credits.length > 0) parts.push(credits);

  // A box, not glue: glue would vanish at the top of the page.
  const items: FlowItem[] = [box({ height: theme.titleBlock.spaceBefore, items: [], keepWithNext: true, start: { block: -1, word: 0 } })];
  parts.forEach((part, i) => {
    if (i > 0) items.push(glue(gap));
    items.push(...part);
  });
  items.push(glue(theme.titleBlock.spaceAfter));
  return items;
}
