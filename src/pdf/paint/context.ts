// What painting one document needs at hand: the writer, fonts, theme, the
// structure tagger, the profile's options, and the links still open.
import type { FontSet } from '../../fonts.ts';
import type { IncludedFile } from '../../document.ts';
import type { Theme } from '../../theme/types.ts';
import type { PdfWriter, StructElement, WriterOptions } from './pdfkit.ts';
import type { SplitPng } from './png-image.ts';
import type { Sheet } from './sheet.ts';
import type { OriginalFile } from '../profile.ts';
import type { Tagger } from './tags.ts';

export interface PaintOptions {
  readonly writer: WriterOptions;
  /** Links, named destinations and the outline; print files have none. */
  readonly interactive: boolean;
  /** The printer's sheet for each page number; absent for a screen page that is its own trim. */
  readonly sheet?: (pageNumber: number) => Sheet;
  /** Blank pages added at the end (a printed book has an even count). */
  readonly blankPages?: number;
  /** The manuscript, embedded as the document's source (PDF/A-3), or as its data when an original is embedded as the source. */
  readonly source?: { readonly bytes: Buffer; readonly name: string; readonly date: Date };
  /** The original the manuscript was made from (an archived web page and its images), embedded as the source. */
  readonly original?: readonly OriginalFile[];
  /** Files the manuscript reads in (mdBook's `{{#include}}`), embedded beside it as supplements, named as written. */
  readonly included?: readonly IncludedFile[];
  /** A book's files (book.yaml, chapters, bibliography), each embedded as a source of the PDF/A-3. */
  readonly sources?: readonly { readonly bytes: Buffer; readonly name: string; readonly type: string; readonly date: Date }[];
  /** Pages numbered in roman before the body's page 1 (a book's front matter): written as page labels. */
  readonly frontPages?: number;
  /** What to draw instead of the image file at a path: opaque copies for PDF/A-1, colour and alpha split apart otherwise. */
  readonly images?: ReadonlyMap<string, Buffer | SplitPng>;
}

export interface PaintContext {
  readonly pdf: PdfWriter;
  readonly fonts: FontSet;
  readonly theme: Theme;
  readonly tagger: Tagger;
  readonly options: PaintOptions;
  /** The Link element a target's text is in, while a link runs on (across lines too). */
  readonly openLinks: Map<StructElement, { readonly url: string; readonly element: StructElement }>;
}
