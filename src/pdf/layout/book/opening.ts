// A chapter's (or a part's) opening, as the LaTeX book class sets it: a sunk
// start (a quarter of the text block left blank), the number as a label, the
// title in the title's style, then the text. The label is an ornament (the
// structure tree has the title as the heading); the title carries the anchor,
// the bookmark and the section the running heads name.
import type { FacedStyle } from '../../../theme/types.ts';
import type { OutlineEntry, Role } from '../../page-model.ts';
import { openElement } from '../context.ts';
import type { LayoutContext } from '../context.ts';
import { box, glue } from '../flow.ts';
import type { FlowItem } from '../flow.ts';
import { faceStyle, flattenInlines } from '../inline.ts';
import { setParagraph } from '../lines.ts';

/** Share of the text block left blank above an opening. */
const SINK = 0.25;

export interface Opening {
  /** "Chapter 3", "Part II"; none for an unnumbered chapter. */
  readonly label?: string;
  readonly title: string;
  readonly id: string;
  readonly outlineDepth: number;
}

function centred(text: string, style: FacedStyle, role: Role, ctx: LayoutContext, anchor?: { id: string; outline: OutlineEntry; section: string }): FlowItem[] {
  const runs = flattenInlines([{ type: 'text', value: text }], { family: 'body', ...faceStyle(style.face), size: style.size }, ctx.theme);
  return setParagraph(runs, { ...ctx, role }, {
    align: 'center',
    firstIndent: 0,
    size: style.size,
    leading: style.leading,
    role,
    // The label is an ornament; the title is the heading.
    tag: role === 'Artifact' ? 'Layout' : openElement(ctx, role === 'H1' ? 'H1' : 'P'),
    hyphenate: false,
    balance: true,
    keepTogether: true,
    ...(anchor !== undefined ? { destination: anchor.id, outline: anchor.outline, section: anchor.section } : {}),
  });
}

/** The opening's lines: label and title block -1 (the caller maps them), kept with what follows. */
export function layoutOpening(opening: Opening, ctx: LayoutContext): FlowItem[] {
  const { theme } = ctx;
  const height = theme.page.height - theme.margins.top - theme.margins.bottom;
  const items: FlowItem[] = [box({ height: height * SINK, items: [], keepWithNext: true, start: { block: -1, word: 0 } })];
  const at = { ...ctx, block: -1 };
  if (opening.label !== undefined) {
    items.push(...centred(opening.label, theme.byline, 'Artifact', at));
    items.push(glue(theme.titleBlock.gap));
  }
  const outline = { title: opening.title, depth: opening.outlineDepth, destination: opening.id };
  items.push(...centred(opening.title, theme.title, 'H1', at, { id: opening.id, outline, section: opening.title }));
  // Glue vanishes at a page break; this space stays even when the text starts a new page.
  items.push(glue(theme.titleBlock.spaceAfter));
  return items;
}

/** Lines centred on a page of their own (half-title, dedication): role, style and block per line. */
export function layoutCentred(lines: readonly { text: string; style: FacedStyle; role: Role; block: number }[], ctx: LayoutContext, sink = SINK): FlowItem[] {
  const height = ctx.theme.page.height - ctx.theme.margins.top - ctx.theme.margins.bottom;
  const items: FlowItem[] = [box({ height: height * sink, items: [], keepWithNext: true })];
  lines.forEach((line, i) => {
    if (i > 0) items.push(glue(ctx.theme.titleBlock.gap));
    items.push(...centred(line.text, line.style, line.role, { ...ctx, block: line.block }));
  });
  return items;
}
