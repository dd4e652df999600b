// Paint: the finished page model → pdfkit calls, nothing decided here. Items
// are drawn in reading order (text block, notes, then head and folio), each
// with its role at hand, so structure tagging can be added in this one walk.
import type { FontSet } from '../../fonts.ts';
import { FONT_KEYS } from '../../fonts.ts';
import type { Theme } from '../../theme/types.ts';
import type { Page, PageItem, PlacedLine } from '../page-model.ts';
import type { Fragment } from '../layout/types.ts';
import { PdfWriter } from './pdfkit.ts';
import type { OutlineItem, PdfInfo } from './pdfkit.ts';

const SOFT_HYPHEN = /\u00ad/gu;

interface PaintContext {
  readonly pdf: PdfWriter;
  readonly fonts: FontSet;
  readonly theme: Theme;
}

function drawFragment(fragment: Fragment, line: PlacedLine, ctx: PaintContext): void {
  const { pdf, fonts, theme } = ctx;
  // Soft hyphens are never drawn (fontkit would confuse them with "-").
  const text = fragment.text.replace(SOFT_HYPHEN, '');
  if (text.trim() === '') return;
  const x = line.x + fragment.x;
  const baseline = line.baseline - (fragment.rise ?? 0);
  const color = fragment.link !== undefined ? theme.colors.link : theme.colors.text;
  // pdfkit drops leading spaces when it spaces words itself: step past them here.
  const lead = text.length - text.trimStart().length;
  const space = fonts.measure(' ', fragment.font, fragment.size) + fragment.wordSpacing;
  pdf.text(text.trim(), x + lead * space, baseline, fragment.font, fragment.size, color, fragment.wordSpacing);

  const ascent = fonts.ascent(fragment.font, fragment.size);
  if (fragment.strike) {
    const font = fonts.fonts[fragment.font];
    const middle = ((font.xHeight / font.unitsPerEm) * fragment.size) / 2;
    pdf.rule(x, baseline - middle, fragment.width, (font.underlineThickness / font.unitsPerEm) * fragment.size, color);
  }
  if (fragment.link !== undefined) {
    const height = ascent + fonts.descent(fragment.font, fragment.size);
    if (fragment.link.startsWith('#')) pdf.goTo(x, baseline - ascent, fragment.width, height, fragment.link.slice(1));
    else pdf.link(x, baseline - ascent, fragment.width, height, fragment.link);
  }
}

function drawItem(item: PageItem, ctx: PaintContext): void {
  switch (item.kind) {
    case 'line':
      for (const fragment of item.fragments) drawFragment(fragment, item, ctx);
      return;
    case 'rule':
      ctx.pdf.rule(item.x, item.y + item.thickness / 2, item.width, item.thickness, ctx.theme.colors.rule);
      return;
    case 'image':
      ctx.pdf.image(item.path, item.x, item.y, item.width, item.height);
      return;
  }
}

export async function paintPdf(pages: readonly Page[], fonts: FontSet, theme: Theme, info: PdfInfo, lang: string): Promise<Buffer> {
  const pdf = new PdfWriter(info, lang);
  for (const key of FONT_KEYS) pdf.registerFont(key, fonts.fonts[key]);
  const ctx: PaintContext = { pdf, fonts, theme };

  // Outline parents by heading depth: a heading nests under the last shallower one.
  const root = pdf.outlineRoot();
  const parents: { depth: number; item: OutlineItem }[] = [];

  pages.forEach((page, index) => {
    pdf.addPage(page.width, page.height);
    for (const item of page.items) drawItem(item, ctx);
    for (const item of page.notes) drawItem(item, ctx);
    if (page.head) drawItem(page.head, ctx);
    if (page.folio) drawItem(page.folio, ctx);
    for (const d of page.destinations) pdf.destination(d.name, d.x, d.y);
    for (const entry of page.outline) {
      const top = page.destinations.find((d) => d.name === entry.destination)?.y ?? 0;
      while (parents.length > 0 && (parents.at(-1)?.depth ?? 0) >= entry.depth) parents.pop();
      const parent = parents.at(-1)?.item ?? root;
      parents.push({ depth: entry.depth, item: parent.add(entry.title, index, top) });
    }
  });
  return pdf.finish();
}
