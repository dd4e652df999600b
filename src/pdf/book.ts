// A book's PDF: laid out chapter by chapter on one page sequence (see
// layout/book/), painted as one file whose structure tree is planned from the
// book as one Document, with roman and arabic page labels, and, for the
// archive, every file the book was made from embedded as its source.
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { Book } from '../document/book.ts';
import type { BookDocument } from '../document/book-document.ts';
import type { IncludedFile, PageStart } from '../document.ts';
import { UserError } from '../diagnostics.ts';
import { loadFonts } from '../fonts.ts';
import type { PrintSettings, Theme } from '../theme/types.ts';
import { opaqueImages, splitImages } from './index.ts';
import { layoutBook, type BookLayout } from './layout/book/index.ts';
import type { FontSet } from '../fonts.ts';
import type { LayoutReport } from './layout/index.ts';
import { paintPdf } from './paint/index.ts';
import type { PdfVersion } from './paint/pdfkit.ts';
import { printSheet } from './paint/sheet.ts';
import { xmpDescriptions } from './paint/xmp.ts';
import { ARCHIVE, type PdfProfile } from './profile.ts';

export interface RenderedBookPdf {
  readonly bytes: Buffer;
  readonly pages: number;
  /** Pages with roman folios before the body's page 1. */
  readonly frontPages: number;
  /** Body page each chapter opens on. */
  readonly chapterPages: readonly number[];
  readonly pageStarts: readonly PageStart[];
  readonly reports: readonly LayoutReport[];
  /** The body face's family name (the colophon names it). */
  readonly typeface: string;
}

/**
 * Print: two-sided on the trim, with the inside margin the page count needs
 * (padded to even), laid out again while the margin changes the count (as an
 * article's print layout does, see print.ts).
 */
function printLayout(book: Book, whole: BookDocument, theme: Theme, fonts: FontSet, typeface: string, print: PrintSettings): { layout: BookLayout; laidTheme: Theme } {
  const steps = print.insideMargins;
  const marginFor = (pages: number): number => Math.max(theme.margins.inner, (steps.find((s) => pages <= s.pages) ?? steps.at(-1))?.margin ?? theme.margins.inner);
  let inner = marginFor(1);
  for (let attempt = 0; ; attempt++) {
    const laidTheme: Theme = { ...theme, page: { ...print.trim, twoSided: true }, margins: { ...theme.margins, inner } };
    const layout = layoutBook(book, whole, laidTheme, fonts, typeface);
    const wanted = marginFor(layout.pages.length + (layout.pages.length % 2));
    // A wider margin never shortens the book, so a second change is the last.
    if (wanted <= inner || attempt >= 2) return { layout, laidTheme };
    inner = wanted;
  }
}

export async function renderBookPdf(book: Book, whole: BookDocument, theme: Theme, options: { readonly date: Date; readonly profile?: PdfProfile }): Promise<RenderedBookPdf> {
  const profile = options.profile ?? ARCHIVE;
  const print = profile.kind === 'print' ? theme.print : undefined;
  if (profile.kind === 'print' && print === undefined) {
    throw new UserError([{ severity: 'error', file: theme.dir, line: 1, column: 1, message: `theme "${theme.name}" has no print settings (a "print" section), so it cannot be printed with --profile print` }]);
  }
  const fonts = loadFonts(theme);
  const typeface = fonts.fonts.body.familyName;
  const { layout, laidTheme } = print === undefined ? { layout: layoutBook(book, whole, theme, fonts, typeface), laidTheme: theme } : printLayout(book, whole, theme, fonts, typeface, print);
  const { metadata } = book;
  const pdfa = profile.kind === 'archive' ? profile.pdfa : undefined;
  const version: PdfVersion = pdfa === 'PDF/A-1b' ? '1.4' : profile.kind === 'print' ? '1.6' : '1.7';
  const author = metadata.authors.length > 0 ? metadata.authors.join(', ') : metadata.publisher;
  const subject = metadata.description ?? metadata.subtitle;
  const info = {
    Title: metadata.title,
    ...(author !== undefined ? { Author: author } : {}),
    ...(subject !== undefined ? { Subject: subject } : {}),
    ...(metadata.keywords.length > 0 ? { Keywords: metadata.keywords.join(', ') } : {}),
    CreationDate: options.date,
    ModDate: options.date,
    Producer: 'Galley',
    Creator: 'Galley',
  };
  const yaml = book.sources[0];
  const source = { name: basename(book.path), sha256: createHash('sha256').update(yaml?.bytes ?? '').digest('hex') };
  const writer = {
    info,
    lang: metadata.lang,
    version,
    ...(pdfa !== undefined ? { pdfa } : {}),
    xmp: xmpDescriptions({ info, lang: metadata.lang, identifier: metadata.isbn?.print?.urn ?? metadata.identifier, ...(metadata.rights !== undefined ? { rights: metadata.rights } : {}), source, pdfa: pdfa !== undefined }),
  };
  const blankPages = print !== undefined ? layout.pages.length % 2 : 0;
  const painted = await paintPdf(layout.pages, fonts, laidTheme, {
    writer,
    interactive: print === undefined,
    frontPages: layout.frontPages,
    images: pdfa === 'PDF/A-1b' ? await opaqueImages(layout.pages) : await splitImages(layout.pages),
    ...(print !== undefined ? { sheet: (number: number) => printSheet(number, print), blankPages } : {}),
    ...(pdfa === 'PDF/A-3b' ? { sources: book.sources.map((file) => ({ ...file, date: options.date })), included: includedFiles(book) } : {}),
  });
  fonts.saveShaping();
  return {
    bytes: painted.bytes,
    pages: layout.pages.length + blankPages,
    frontPages: layout.frontPages,
    chapterPages: layout.chapterPages,
    pageStarts: layout.pageStarts,
    reports: layout.reports,
    typeface,
  };
}

/** The files the chapters read in (mdBook's listings), each name once: `galley check` looks them up by the name written. */
function includedFiles(book: Book): IncludedFile[] {
  const files = new Map<string, IncludedFile>();
  for (const file of book.chapters.flatMap((chapter) => chapter.document.included ?? [])) if (!files.has(file.name)) files.set(file.name, file);
  return [...files.values()];
}
