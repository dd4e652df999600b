// The PDF writer: lay the Document out into pages, then paint them for the
// profile asked for (an archival PDF/A, or a print-shop interior).
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { Diagnostic } from '../diagnostics.ts';
import { UserError } from '../diagnostics.ts';
import type { Document, PageStart } from '../document.ts';
import { loadFonts } from '../fonts.ts';
import type { Theme } from '../theme/types.ts';
import { layoutDocument } from './layout/index.ts';
import type { LayoutReport } from './layout/index.ts';
import type { Page } from './page-model.ts';
import { paintPdf } from './paint/index.ts';
import type { PaintOptions } from './paint/index.ts';
import type { PdfInfo, PdfVersion } from './paint/pdfkit.ts';
import type { SplitPng } from './paint/png-image.ts';
import { printSheet } from './paint/sheet.ts';
import { layoutForPrint, lowResolutionImages, tooManyPages } from './print.ts';
import { xmpDescriptions } from './paint/xmp.ts';
import { wideFormulas } from './wide-formulas.ts';
import { ARCHIVE } from './profile.ts';
import type { OriginalFile, PdfProfile } from './profile.ts';

export type { LayoutReport } from './layout/index.ts';
export type { PdfProfile } from './profile.ts';

export interface RenderedPdf {
  readonly bytes: Buffer;
  /** Pages in the file (a print file's blank pages included). */
  readonly pages: number;
  /** Where each laid-out page begins (blank pages added for print have none). */
  readonly pageStarts: PageStart[];
  readonly report: LayoutReport;
  /** Warnings about the manuscript for this profile (low-resolution images in print). */
  readonly diagnostics: readonly Diagnostic[];
}

export interface RenderOptions {
  /** Every timestamp in the file: equal inputs and dates give equal bytes. */
  readonly date: Date;
  /** The archive profile (PDF/A-3b) unless given. */
  readonly profile?: PdfProfile;
  /** The original the manuscript was made from, embedded as the source of a PDF/A-3 copy. */
  readonly original?: readonly OriginalFile[];
}

/** Document info from the metadata. */
function documentInfo(doc: Document, date: Date): PdfInfo {
  const { metadata } = doc;
  const author = metadata.authors.length > 0 ? metadata.authors.join(', ') : metadata.publisher;
  const subject = metadata.description ?? metadata.subtitle;
  return {
    Title: metadata.title,
    ...(author !== undefined ? { Author: author } : {}),
    ...(subject !== undefined ? { Subject: subject } : {}),
    ...(metadata.keywords.length > 0 ? { Keywords: metadata.keywords.join(', ') } : {}),
    CreationDate: date,
    ModDate: date,
    Producer: 'Galley',
    Creator: 'Galley',
  };
}

export async function renderPdf(doc: Document, theme: Theme, options: RenderOptions): Promise<RenderedPdf> {
  const profile = options.profile ?? ARCHIVE;
  const fonts = loadFonts(theme);
  const info = documentInfo(doc, options.date);
  const pdfa = profile.kind === 'archive' ? profile.pdfa : undefined;
  const version: PdfVersion = pdfa === 'PDF/A-1b' ? '1.4' : profile.kind === 'print' ? '1.6' : '1.7';
  const source = { name: basename(doc.path), sha256: createHash('sha256').update(doc.source).digest('hex') };
  const { metadata } = doc;
  const writer = {
    info,
    lang: metadata.lang,
    version,
    ...(pdfa !== undefined ? { pdfa } : {}),
    xmp: xmpDescriptions({
      info,
      lang: metadata.lang,
      identifier: metadata.isbn?.print?.urn ?? metadata.identifier,
      ...(metadata.rights !== undefined ? { rights: metadata.rights } : {}),
      source,
      pdfa: pdfa !== undefined,
    }),
  };

  if (profile.kind === 'print') {
    const print = theme.print;
    if (print === undefined) {
      throw new UserError([{ severity: 'error', file: theme.dir, line: 1, column: 1, message: `theme "${theme.name}" has no print settings (a "print" section), so it cannot be printed with --profile print` }]);
    }
    const { layout, overflow } = layoutForPrint(doc, theme, fonts, print);
    const pages = layout.pages.length;
    const blankPages = pages % 2;
    const painted = await paintPdf(layout.pages, fonts, theme, {
      writer,
      interactive: false,
      sheet: (number) => printSheet(number, print),
      blankPages,
      images: await splitImages(layout.pages),
    });
    fonts.saveShaping();
    const diagnostics = [...wideFormulas(doc.path, layout.pages), ...lowResolutionImages(doc, layout.pages, print), ...(overflow ? [tooManyPages(doc, pages + blankPages, print)] : [])];
    return { bytes: painted.bytes, pages: pages + blankPages, pageStarts: layout.pages.map((p) => p.start), report: layout.report, diagnostics };
  }

  const layout = layoutDocument(doc, theme, fonts);
  const paint: PaintOptions = {
    writer,
    interactive: true,
    // PDF/A-3 may carry the manuscript; PDF/A-1 may embed no file at all.
    ...(pdfa === 'PDF/A-3b'
      ? { source: { bytes: doc.source, name: source.name, date: options.date }, ...(options.original !== undefined ? { original: options.original } : {}), ...(doc.included !== undefined ? { included: doc.included } : {}) }
      : {}),
    // PDF/A-1 forbids transparency: images with an alpha channel are flattened onto the paper.
    // Otherwise their alpha becomes a soft mask, split off before painting.
    images: pdfa === 'PDF/A-1b' ? await opaqueImages(layout.pages) : await splitImages(layout.pages),
  };
  const painted = await paintPdf(layout.pages, fonts, theme, paint);
  fonts.saveShaping();
  return { bytes: painted.bytes, pages: layout.pages.length, pageStarts: layout.pages.map((p) => p.start), report: layout.report, diagnostics: wideFormulas(doc.path, layout.pages) };
}

/** Opaque copies of the images that have transparency, by path; loaded only when there are any. */
export async function opaqueImages(pages: readonly Page[]): Promise<Map<string, Buffer>> {
  const { opaquePng } = await import('./opaque-png.ts');
  return replaced(pages, opaquePng);
}

/** Colour and alpha of the images that have transparency, apart, by path. */
export async function splitImages(pages: readonly Page[]): Promise<Map<string, SplitPng>> {
  const { splitAlpha } = await import('./alpha-split.ts');
  return replaced(pages, splitAlpha);
}

async function replaced<T>(pages: readonly Page[], replace: (path: string) => Promise<T | null>): Promise<Map<string, T>> {
  const paths = new Set(pages.flatMap((p) => [...p.items, ...p.notes].flatMap((i) => (i.kind === 'image' ? [i.path] : []))));
  const copies = new Map<string, T>();
  for (const path of paths) {
    const copy = await replace(path);
    if (copy !== null) copies.set(path, copy);
  }
  return copies;
}
