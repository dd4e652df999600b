// The print profile's layout decisions: the book laid out with the inside
// margin its page count needs, and what a print shop would reject in it
// (images too coarse for their printed size, more pages than the theme plans for).
import { basename } from 'node:path';
import type { Diagnostic } from '../diagnostics.ts';
import type { Block, Document, ImageRef } from '../document.ts';
import { visit } from '../document/visit.ts';
import type { FontSet } from '../fonts.ts';
import type { PrintSettings, Theme } from '../theme/types.ts';
import { layoutDocument } from './layout/index.ts';
import type { LayoutResult } from './layout/index.ts';
import type { Page } from './page-model.ts';

const POINTS_PER_INCH = 72;

/** The theme as printed: the trim (the theme's page size), two-sided, with the given inside margin. */
function printTheme(theme: Theme, print: PrintSettings, inner: number): Theme {
  return { ...theme, page: { ...print.trim, twoSided: true }, margins: { ...theme.margins, inner } };
}

/**
 * Lays the book out with the inside margin its final page count needs (the
 * count padded to even), never less than the theme's own inner margin. A wider margin can add pages and cross the next step,
 * so the layout is repeated until the margin and the count agree; should they
 * never agree, the wider margin is kept (it satisfies both counts).
 */
export function layoutForPrint(doc: Document, theme: Theme, fonts: FontSet, print: PrintSettings): { layout: LayoutResult; overflow: boolean } {
  const steps = print.insideMargins;
  const last = steps.at(-1);
  if (last === undefined) throw new Error('the theme loader lets no empty print.insideMargins through');
  // The table gives the binding's minimum; a theme that asks for more inside margin keeps it.
  const marginFor = (pages: number): number => Math.max(theme.margins.inner, (steps.find((s) => pages <= s.pages) ?? last).margin);
  const tried = new Map<number, LayoutResult>();
  let inner = marginFor(1);
  for (;;) {
    const layout = layoutDocument(doc, printTheme(theme, print, inner), fonts);
    tried.set(inner, layout);
    const pages = layout.pages.length + (layout.pages.length % 2);
    const wanted = marginFor(pages);
    if (wanted === inner) return { layout, overflow: pages > last.pages };
    const other = tried.get(wanted);
    if (other !== undefined) {
      const wider = wanted > inner ? other : layout;
      return { layout: wider, overflow: wider.pages.length > last.pages };
    }
    inner = wanted;
  }
}

export function tooManyPages(doc: Document, pages: number, print: PrintSettings): Diagnostic {
  const most = print.insideMargins.at(-1)?.pages ?? 0;
  return { severity: 'warning', file: doc.path, line: 1, column: 1, message: `the print edition has ${pages} pages, more than print.insideMargins covers (${most}); the widest inside margin was used` };
}

/** The figures' images by path (only figures are placed as images; inline ones are set as their alt text). */
function figureImages(blocks: readonly Block[]): Map<string, ImageRef> {
  const images = new Map<string, ImageRef>();
  visit(blocks, {
    block(block) {
      if (block.type === 'figure') images.set(block.image.path, block.image);
    },
  });
  return images;
}

/** Images printed at fewer pixels per inch than the print settings ask, located in the manuscript. */
export function lowResolutionImages(doc: Document, pages: readonly Page[], print: PrintSettings): Diagnostic[] {
  const images = figureImages([...doc.blocks, ...doc.notes.flatMap((n) => n.children)]);
  const source = doc.source.toString('utf8');
  const found: Diagnostic[] = [];
  for (const page of pages) {
    for (const item of [...page.items, ...page.notes]) {
      const image = item.kind === 'image' ? images.get(item.path) : undefined;
      if (item.kind !== 'image' || image === undefined) continue;
      const ppi = Math.min(image.width / (item.width / POINTS_PER_INCH), image.height / (item.height / POINTS_PER_INCH));
      if (ppi >= print.minImagePpi) continue;
      const name = image.url ?? basename(image.path);
      const at = image.at === undefined ? source.indexOf(name) : -1;
      const before = source.slice(0, Math.max(0, at));
      const line = image.at?.line ?? (at < 0 ? 1 : before.split('\n').length);
      const column = image.at?.column ?? (at < 0 ? 1 : at - before.lastIndexOf('\n'));
      found.push({
        severity: 'warning',
        file: doc.path,
        line,
        column,
        message: `image "${name}" prints at ${Math.floor(ppi)} ppi on page ${page.number} (${image.width}×${image.height} px over ${(item.width / POINTS_PER_INCH).toFixed(2)} in); print needs at least ${print.minImagePpi} ppi`,
      });
    }
  }
  return found;
}
