// The page model: what layout decides and paint draws. Coordinates are PDF
// points from the page's top-left corner, y growing downwards; a line's y is
// its baseline. Every drawn line and image carries its tag, set by layout
// where the item is made: the structure elements it lies in (its path from the
// Document down) or the kind of artifact it is, so paint builds the structure
// tree from the items alone and nothing can be left untagged.
import type { PageStart } from '../document.ts';
import type { Fragment } from './layout/types.ts';

/** What a line or image is, in the names of PDF's structure types (Artifact: not content); the tree itself comes from `tag`. */
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

/** The standard structure types layout assigns (ISO 32000-1, 14.8.4). */
export type StructType =
  | 'H1'
  | 'H2'
  | 'H3'
  | 'H4'
  | 'H5'
  | 'H6'
  | 'P'
  | 'L'
  | 'LI'
  | 'Lbl'
  | 'LBody'
  | 'BlockQuote'
  | 'Div'
  | 'Table'
  | 'TR'
  | 'TH'
  | 'TD'
  | 'Figure'
  | 'Caption'
  | 'Note'
  | 'Code';

/** One structure element; every item in it, on whatever page, names the same id. */
export interface StructNode {
  readonly id: number;
  readonly type: StructType;
  /** A Figure's alternative text. */
  readonly alt?: string;
  /** A header cell's scope. */
  readonly scope?: 'Column';
  /** A table cell's columns and rows, when it spans more than one (the /Table attributes /ColSpan, /RowSpan). */
  readonly colSpan?: number;
  readonly rowSpan?: number;
}

/**
 * A child of the Document (a block, a title line, a note) and its place in
 * reading order, compared element by element: a block's own elements come in
 * the order they were laid out, the notes it first cites after them.
 */
export interface TopNode extends StructNode {
  readonly order: readonly number[];
}

/** The elements an item lies in, outermost (the Document's child) first. */
export type StructPath = readonly [TopNode, ...StructNode[]];

/** Not content: an ornament or rule (Layout), a running head, folio or repeated table header (Pagination). */
export type ArtifactKind = 'Layout' | 'Pagination';

/** Where an item goes: content of the innermost element of its path, or an artifact. */
export type Tag = StructPath | ArtifactKind;

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
  readonly tag: Tag;
}

/** A filled rectangle from (x, y): `width` across, `thickness` down (a horizontal rule, or an alert's bar). */
export interface PlacedRule {
  readonly kind: 'rule';
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly thickness: number;
  readonly role: Role;
  /** Drawn in this colour instead of the theme's rule colour. */
  readonly color?: string;
  /**
   * A piece of a bar drawn beside a run of boxes (an alert's): the pieces of
   * one bar that land on the same page become one rectangle (bars.ts), so the
   * bar runs unbroken past the gaps between the boxes and stops at a page break.
   */
  readonly bar?: number;
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
  readonly tag: Tag;
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
