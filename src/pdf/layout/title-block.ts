// The title block opening page 1: title, dek, byline (with affiliations),
// publisher, the source address as a link, the date and the ISBN, centred and
// kept together with the text that follows.
import { formatDate } from '../../date-format.ts';
import type { Metadata } from '../../document.ts';
import type { FacedStyle, Theme } from '../../theme/types.ts';
import type { Role } from '../page-model.ts';
import { openElement } from './context.ts';
import type { LayoutContext } from './context.ts';
import { box, glue } from './flow.ts';
import type { FlowItem } from './flow.ts';
import { faceStyle, flattenInlines } from './inline.ts';
import { setParagraph } from './lines.ts';

/** The title's anchor: a colon never occurs in heading ids (slugs), so no clash. */
export const TITLE_DESTINATION = 'galley:title';

/** One line of the block as a paragraph; the title and subtitle are balanced, the credits are not. */
function setLine(text: string, style: FacedStyle, role: Role, ctx: LayoutContext, balance: boolean, link?: string): FlowItem[] {
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
    tag: openElement(ctx, role === 'Title' ? 'H1' : 'P'),
    hyphenate: false,
    balance,
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

/** One line of the title block; `group` 0 is the title, 1 the subtitle, 2 the credits (set closer together). */
export interface TitleLine {
  readonly text: string;
  readonly style: FacedStyle;
  readonly group: 0 | 1 | 2;
  readonly link?: string;
}

/** The title block's lines, each its own paragraph. */
export function titleLines(meta: Metadata, theme: Theme): TitleLine[] {
  const lines: TitleLine[] = [{ text: meta.title, style: theme.title, group: 0 }];
  if (meta.subtitle !== undefined) lines.push({ text: meta.subtitle, style: theme.subtitle, group: 1 });
  const credit = (text: string, style = theme.byline, link?: string): void => {
    lines.push({ text, style, group: 2, ...(link !== undefined ? { link } : {}) });
  };
  const details = meta.authorDetails;
  if (theme.titleBlock.affiliations && details?.some((author) => author.affiliations.length > 0)) {
    // Each name with its institutions under it, as journals set them.
    for (const author of details) {
      credit(author.name);
      if (author.affiliations.length > 0) credit(author.affiliations.join('; '), { ...theme.byline, face: 'italic' });
    }
  } else if (meta.authors.length > 0) credit(byline(meta.authors));
  if (meta.publisher !== undefined) credit(meta.publisher);
  if (meta.source !== undefined) credit(meta.source, theme.byline, meta.source);
  if (meta.date !== undefined) credit(formatDate(meta.date, meta.lang));
  else if (meta.dateText !== undefined) credit(meta.dateText);
  const isbn = meta.isbn?.print;
  if (theme.titleBlock.isbn && isbn !== undefined) credit(`ISBN ${isbn.text}`);
  return lines;
}

export function layoutTitleBlock(meta: Metadata, ctx: LayoutContext): FlowItem[] {
  const { theme } = ctx;
  const gap = theme.titleBlock.gap;
  const parts: FlowItem[][] = [];
  let group: number | undefined;
  for (const line of titleLines(meta, theme)) {
    const set = setLine(line.text, line.style, line.group === 0 ? 'Title' : 'P', ctx, line.group < 2, line.link);
    // Lines of one group follow each other without a gap.
    if (line.group === group) parts[parts.length - 1]?.push(...set);
    else parts.push(set);
    group = line.group;
  }

  // A box, not glue: glue would vanish at the top of the page.
  const items: FlowItem[] = [box({ height: theme.titleBlock.spaceBefore, items: [], keepWithNext: true, start: { block: -1, word: 0 } })];
  parts.forEach((part, i) => {
    if (i > 0) items.push(glue(gap));
    items.push(...part);
  });
  items.push(glue(theme.titleBlock.spaceAfter));
  return items;
}
