// The PDF writer: lay the Document out into pages, then paint them.
import type { Document, PageStart } from '../document.ts';
import { loadFonts } from '../fonts.ts';
import type { Theme } from '../theme/types.ts';
import { layoutDocument } from './layout/index.ts';
import type { LayoutReport } from './layout/index.ts';
import { paintPdf } from './paint/index.ts';
import type { PdfInfo } from './paint/pdfkit.ts';

export type { LayoutReport } from './layout/index.ts';

export interface RenderedPdf {
  readonly bytes: Buffer;
  readonly pages: number;
  readonly pageStarts: PageStart[];
  readonly report: LayoutReport;
}

/** Document info from the metadata; every date is the build date, so equal inputs give equal bytes. */
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

export async function renderPdf(doc: Document, theme: Theme, options: { date: Date }): Promise<RenderedPdf> {
  const fonts = loadFonts(theme);
  const { pages, report } = layoutDocument(doc, theme, fonts);
  const bytes = await paintPdf(pages, fonts, theme, documentInfo(doc, options.date), doc.metadata.lang);
  return { bytes, pages: pages.length, pageStarts: pages.map((p) => p.start), report };
}
