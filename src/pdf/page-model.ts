// The page model: what layout decides and paint draws. Coordinates are PDF
// points from the page's top-left corner, y growing downwards; a line's y is
// its baseline. Every item names its structural role so a tagged-PDF painter
// can build a structure tree from the same walk.
import type { PageStart } from '../document.ts';
import type { Fragment } from './layout/types.ts';

/** Structure roles as in PDF's standard structure types; Artifact is not content. */
export type Role =
  | 'Title'
  | 'P'
  | 'H1'
  | 'H2'
  | 'H3'
  | 'H4'
  | 'H5'
  | 'H6'
  | 'BlockQuote'
  | 'LI'
  | 'Lbl'
  | 'Code'
  | 'TH'
  | 'TD'
  | 'Figure'
  | 'Caption'
  | 'Note'
  | 'Artifact';

export interface PlacedLine {
  readonly kind: 'line';
  /** Left edge of the line. */
  readonly x: number;
  readonly baseline: number;
  readonly fragments: readonly Fragment[];
  readonly role: Role;
  /** Document.blocks index of the top-level block (-1: title block, notes: their referencing block). */
  readonly block: number;
  /** Which paragraph the line belongs to (an index into the layout report's paragraphs), if any. */
  readonly paragraph?: number;
}

export interface PlacedRule {
  readonly kind: 'rule';
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly thickness: number;
  readonly role: Role;
}

export interface PlacedImage {
  readonly kind: 'image';
  readonly path: string;
  readonly alt: string;
  readonly x: number;
  /** Top edge. */
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly role: Role;
  /** Web address the image links to (a linked figure). */
  readonly link?: string;
}

export type PageItem = PlacedLine | PlacedRule | PlacedImage;

/** A named place to link to: headings by id, `note-N`, `ref-N`. */
export interface Destination {
  readonly name: string;
  readonly x: number;
  readonly y: number;
}

/** A heading as it appears in the PDF outline. */
export interface OutlineEntry {
  readonly title: string;
  readonly depth: number;
  readonly destination: string;
}

export interface Page {
  /** 1-based printed page number. */
  readonly number: number;
  readonly width: number;
  readonly height: number;
  /** The text block's content, in reading order. */
  readonly items: readonly PageItem[];
  /** The footnote area (separator rule and note lines), in reading order. */
  readonly notes: readonly PageItem[];
  /** Running head and folio, filled after pagination. */
  readonly head: PlacedLine | null;
  readonly folio: PlacedLine | null;
  readonly destinations: readonly Destination[];
  readonly outline: readonly OutlineEntry[];
  /** Where the page's first word lies in the Document (for the EPUB page list). */
  readonly start: PageStart;
}
