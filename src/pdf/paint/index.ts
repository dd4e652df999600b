// Paint: the finished page model → pdfkit calls, nothing decided here. Items
// are drawn in reading order (text block, notes, then head and folio), each as
// marked content of the structure element its tag names, or as an artifact.
import type { FontSet } from '../../fonts.ts';
import { FONT_KEYS } from '../../fonts.ts';
import type { Theme } from '../../theme/types.ts';
import type { Page, PageItem, PlacedImage, PlacedLine } from '../page-model.ts';
import type { PaintContext, PaintOptions } from './context.ts';
import { drawLine } from './lines.ts';
import { PdfWriter } from './pdfkit.ts';
import type { OutlineItem } from './pdfkit.ts';
import { Tagger } from './tags.ts';

export type { PaintOptions } from './context.ts';

// Crop marks print on every ink; in an RGB file that is black.
const REGISTRATION = '#000000';

export interface PaintResult {
  readonly bytes: Buffer;
}

function drawImage(item: PlacedImage, ctx: PaintContext): void {
  const { pdf } = ctx;
  const draw = (): void => pdf.image(item.path, item.x, item.y, item.width, item.height, ctx.options.images?.get(item.path));
  const target = ctx.tagger.target(item.tag);
  if (target === null) {
    pdf.artifact('Layout', draw);
    return;
  }
  pdf.marked(target.element, target.type, draw);
  if (item.link !== undefined && ctx.options.interactive) {
    // The annotation belongs to a Link element inside the Figure, as PDF/UA asks of every link.
    const element = ctx.tagger.inline(target.element, 'Link');
    pdf.link(item.x, item.y, item.width, item.height, item.link, element, item.alt.trim() === '' ? item.link : item.alt);
    pdf.endStructure(element);
  }
}

function drawTextLine(line: PlacedLine, ctx: PaintContext): void {
  drawLine(line, ctx.tagger.target(line.tag), typeof line.tag === 'string' ? line.tag : 'Layout', ctx);
}

function drawItem(item: PageItem, ctx: PaintContext): void {
  switch (item.kind) {
    case 'line':
      return drawTextLine(item, ctx);
    case 'rule': {
      const y = item.y + item.thickness / 2;
      return ctx.pdf.artifact('Layout', () => ctx.pdf.line(item.x, y, item.x + item.width, y, item.thickness, item.color ?? ctx.theme.colors.rule));
    }
    case 'image':
      return drawImage(item, ctx);
  }
}

/** Starts a page: a screen page is its own size; a print page sits on its sheet, in its boxes, inside its marks. */
function startPage(number: number, width: number, height: number, ctx: PaintContext): void {
  const { pdf } = ctx;
  const sheet = ctx.options.sheet?.(number);
  if (sheet === undefined) {
    pdf.addPage(width, height);
    return;
  }
  pdf.addPage(sheet.width, sheet.height);
  pdf.pageBoxes(sheet.trim, sheet.bleed);
  if (sheet.marks.length > 0) {
    pdf.artifact('Page', () => sheet.marks.forEach((m) => pdf.line(m.x1, m.y1, m.x2, m.y2, sheet.markThickness, REGISTRATION)));
  }
  pdf.translate(sheet.trim.x, sheet.trim.y);
}

export async function paintPdf(pages: readonly Page[], fonts: FontSet, theme: Theme, options: PaintOptions): Promise<PaintResult> {
  const pdf = new PdfWriter(options.writer);
  for (const key of FONT_KEYS) pdf.registerFont(key, fonts.fonts[key], fonts.shaper(key).layoutCache);
  const ctx: PaintContext = { pdf, fonts, theme, tagger: new Tagger(pages, pdf), options, openLinks: new Map() };
  if (options.source !== undefined) {
    const { bytes, name, date } = options.source;
    const original = options.original ?? [];
    if (original.length === 0) {
      pdf.attach(bytes, { name, type: 'text/markdown', relationship: 'Source', description: 'The Markdown manuscript this document was made from', date });
    } else {
      // The original page is what this copy preserves (its source); the manuscript made from it is the data set in type.
      for (const file of original) pdf.attach(file.bytes, { name: file.name, type: file.type, relationship: 'Source', description: file.type === 'text/html' ? 'The original web page, as saved' : 'An image of the original web page, as saved', date });
      pdf.attach(bytes, { name, type: 'text/markdown', relationship: 'Data', description: 'The Markdown manuscript made from the original page and typeset here', date });
    }
  }

  // Where the manuscript is embedded, the files it reads in go with it: the archive copy stands alone.
  const archived = options.source?.date ?? options.sources?.[0]?.date;
  if (archived !== undefined) {
    for (const file of options.included ?? []) {
      pdf.attach(Buffer.from(file.text, 'utf8'), { name: file.name, type: 'text/plain', relationship: 'Supplement', description: `A file the manuscript reads in: ${file.name}`, date: archived });
    }
  }
  for (const file of options.sources ?? []) {
    pdf.attach(file.bytes, { name: file.name, type: file.type, relationship: 'Source', description: `A source file of this book: ${file.name}`, date: file.date });
  }
  if (options.frontPages !== undefined) pdf.pageLabels(options.frontPages);

  // Outline parents by heading depth: a heading nests under the last shallower one.
  const root = pdf.outlineRoot();
  const parents: { depth: number; item: OutlineItem }[] = [];

  pages.forEach((page, index) => {
    startPage(page.number, page.width, page.height, ctx);
    for (const item of [...page.items, ...page.notes]) drawItem(item, ctx);
    for (const running of [page.head, page.folio]) if (running) drawTextLine(running, ctx);
    // A link's annotations must be recorded on the page they are on: end the ones still open.
    for (const open of ctx.openLinks.values()) pdf.endStructure(open.element);
    ctx.openLinks.clear();
    if (!options.interactive) return;
    for (const d of page.destinations) pdf.destination(d.name, d.x, d.y);
    for (const entry of page.outline) {
      const top = page.destinations.find((d) => d.name === entry.destination)?.y ?? 0;
      while (parents.length > 0 && (parents.at(-1)?.depth ?? 0) >= entry.depth) parents.pop();
      const parent = parents.at(-1)?.item ?? root;
      parents.push({ depth: entry.depth, item: parent.add(entry.title, index, top) });
    }
  });
  const last = pages.at(-1);
  for (let i = 1; i <= (options.blankPages ?? 0) && last !== undefined; i++) startPage(last.number + i, last.width, last.height, ctx);
  return { bytes: await pdf.finish() };
}
