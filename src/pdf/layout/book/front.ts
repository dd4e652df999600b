// A book's front matter, page by page: half-title, title page (the article's
// title block), copyright page, dedication, and the table of contents with dot
// leaders and page numbers. Each line is a paragraph of its own, numbered as
// the front blocks the structure tree is planned from (see frontBlocks).
import type { Book } from '../../../document/book.ts';
import { copyrightLines } from '../../../document/book-document.ts';
import type { Block } from '../../../document.ts';
import type { BookLabels, FacedStyle } from '../../../theme/types.ts';
import type { PlacedLine } from '../../page-model.ts';
import { baselineOffset, openElement, type LayoutContext } from '../context.ts';
import { box, glue, type FlowItem } from '../flow.ts';
import { faceStyle, flattenInlines, fontKey } from '../inline.ts';
import { setParagraph } from '../lines.ts';
import { fitText } from '../running.ts';
import { layoutTitleBlock } from '../title-block.ts';
import { layoutCentred } from './opening.ts';

export const CONTENTS_ID = 'contents';

/** One line of the table of contents. */
export interface TocEntry {
  readonly text: string;
  /** The page label it opens on ("7"). */
  readonly page: string;
  readonly destination: string;
  /** 0: a part; 1: a chapter. */
  readonly level: 0 | 1;
}

/** The front matter's sections, each starting a page; `recto` ones start a right-hand page. */
export interface FrontSection {
  readonly flow: FlowItem[];
  readonly recto: boolean;
  /** Shows a folio (the table of contents); the others show none. */
  readonly folio: boolean;
}

const paragraph = (text: string): Block => ({ type: 'paragraph', children: [{ type: 'text', value: text }] });

/** The blocks the front matter's lines belong to, in order (the structure tree's plan for them). */
export function frontBlocks(book: Book, typeface: string, toc: readonly TocEntry[], labels: BookLabels): Block[] {
  return [
    paragraph(book.metadata.title),
    ...copyrightLines(book, typeface, labels).map(paragraph),
    ...(book.dedication !== undefined ? [paragraph(book.dedication)] : []),
    { type: 'heading', depth: 1, id: CONTENTS_ID, children: [{ type: 'text', value: labels.contents }] },
    ...toc.map((entry) => paragraph(entry.text)),
  ];
}

export function layoutFront(book: Book, typeface: string, toc: readonly TocEntry[], labels: BookLabels, ctx: LayoutContext): FrontSection[] {
  const { theme } = ctx;
  let block = 0;
  const sections: FrontSection[] = [];
  sections.push({ flow: layoutCentred([{ text: book.metadata.title, style: theme.subtitle, role: 'P', block: block++ }], ctx), recto: true, folio: false });
  sections.push({ flow: layoutTitleBlock(book.metadata, ctx), recto: true, folio: false });

  const small: FacedStyle = { ...theme.byline, size: theme.notes.size, leading: theme.notes.leading, face: 'regular' };
  const copyright: FlowItem[] = [];
  for (const line of copyrightLines(book, typeface, labels)) {
    if (copyright.length > 0) copyright.push(glue(theme.notes.leading / 2));
    const runs = flattenInlines([{ type: 'text', value: line }], { family: 'body', italic: false, bold: false, size: small.size }, theme);
    copyright.push(...setParagraph(runs, { ...ctx, block: block++ }, { align: 'left', firstIndent: 0, size: small.size, leading: small.leading, role: 'P', tag: openElement({ ...ctx, block: block - 1 }, 'P'), hyphenate: false, keepTogether: false }));
  }
  sections.push({ flow: copyright, recto: false, folio: false });
  if (book.dedication !== undefined) {
    sections.push({ flow: layoutCentred([{ text: book.dedication, style: { ...theme.byline, face: 'italic' }, role: 'P', block: block++ }], ctx, 0.2), recto: true, folio: false });
  }
  sections.push({ flow: layoutToc(toc, block, labels.contents, ctx), recto: true, folio: true });
  return sections;
}

function layoutToc(toc: readonly TocEntry[], firstBlock: number, contents: string, ctx: LayoutContext): FlowItem[] {
  const { theme, fonts } = ctx;
  const heading = theme.headings[0] ?? { ...theme.title, spaceBefore: 0, spaceAfter: theme.body.leading };
  const title = flattenInlines([{ type: 'text', value: contents }], { family: 'body', ...faceStyle(heading.face), size: heading.size }, theme);
  const flow: FlowItem[] = [
    ...setParagraph(title, { ...ctx, block: firstBlock }, {
      align: 'left',
      firstIndent: 0,
      size: heading.size,
      leading: heading.leading,
      role: 'H1',
      tag: openElement({ ...ctx, block: firstBlock }, 'H1'),
      hyphenate: false,
      keepTogether: true,
      destination: CONTENTS_ID,
      outline: { title: contents, depth: 1, destination: CONTENTS_ID },
    }),
    glue(heading.spaceAfter),
  ];
  const size = theme.body.size;
  const leading = theme.body.leading;
  const baseline = baselineOffset(ctx, size, leading);
  toc.forEach((entry, i) => {
    const font = fontKey({ family: 'body', ...faceStyle(entry.level === 0 ? 'bold' : 'regular') });
    const indent = entry.level === 0 ? 0 : theme.body.paragraphIndent * 1.5;
    const number = fonts.setLine(entry.page, 'body', size);
    const dot = fonts.measure('.', 'body', size);
    const gap = fonts.measure('  ', 'body', size);
    const room = ctx.width - indent - number.width - 3 * gap;
    const label = fonts.setLine(fitText(entry.text, font, size, room, fonts), font, size);
    // Leaders on a grid, as LaTeX sets them, so dots align from line to line.
    const pitch = dot * 2.5;
    const leaderStart = Math.ceil((indent + label.width + gap) / pitch) * pitch;
    const leaderEnd = ctx.width - number.width - gap;
    const dots = Math.max(0, Math.floor((leaderEnd - leaderStart) / pitch));
    const link = `#${entry.destination}`;
    const fragments = [
      ...label.fragments.map((f) => ({ ...f, x: f.x + indent, link })),
      ...Array.from({ length: dots }, (_, d) => fonts.setLine('.', 'body', size).fragments.map((f) => ({ ...f, x: f.x + leaderStart + d * pitch, link }))).flat(),
      ...number.fragments.map((f) => ({ ...f, x: f.x + ctx.width - number.width, link })),
    ];
    const line: PlacedLine = { kind: 'line', x: 0, baseline, fragments, role: 'P', block: firstBlock + 1 + i, tag: openElement({ ...ctx, block: firstBlock + 1 + i }, 'P') };
    if (entry.level === 0 && i > 0) flow.push(glue(leading / 2));
    flow.push(box({ height: leading, items: [line], keepWithNext: entry.level === 0 }));
  });
  return flow;
}
