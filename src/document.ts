// The Document: the one model both writers read. Built once by `parse`; neither
// the PDF nor the EPUB writer ever looks at Markdown. Over 300 lines: every
// node type and what it carries, side by side, so a new one is seen whole.

import type { ListDelimiter, ListStyle } from './document/list-markers.ts';
import type { Point } from './util/position.ts';

export type { Point };

export type Inline =
  /** `added`: words the writer puts in (a book's "(p. 12)"), not the author's: where a page begins does not count them. */
  | { readonly type: 'text'; readonly value: string; readonly added?: true }
  | { readonly type: 'emphasis'; readonly children: readonly Inline[] }
  | { readonly type: 'strong'; readonly children: readonly Inline[] }
  | { readonly type: 'delete'; readonly children: readonly Inline[] }
  /** Superscript or subscript text with no Unicode characters of its own (`<sup>?</sup>`, `x^th^`): smaller, raised or lowered. */
  | { readonly type: 'script'; readonly kind: 'sup' | 'sub'; readonly children: readonly Inline[] }
  | { readonly type: 'code'; readonly value: string }
  | {
      readonly type: 'link';
      /** A web or mail address, or `#` and the id of an anchor in the book (as the id is written: `#méta`, not percent-encoded). */
      readonly url: string;
      readonly title?: string;
      readonly children: readonly Inline[];
    }
  /** A citation of a note. `number` is the note's number (1-based, in order of
   * first citation); `occurrence` counts citations of that note (1 = first). */
  | { readonly type: 'noteRef'; readonly number: number; readonly occurrence: number }
  /** A hard line break. */
  | { readonly type: 'break' }
  /** A place `#id` links lead to (`<a id="x"></a>`), with no text of its own; `id` is unique in the document, as headings' are. */
  | { readonly type: 'anchor'; readonly id: string }
  | { readonly type: 'image'; readonly image: ImageRef }
  /**
   * TeX math (`$…$`; `$$…$$` is `display`, set on a line of its own). `formula`
   * is filled by the build's math pass (prepare-math.ts) before either writer
   * reads the Document; a formula TeX cannot read never reaches them (it becomes code).
   */
  | { readonly type: 'math'; readonly tex: string; readonly display: boolean; readonly formula?: Formula };

/**
 * A formula as MathJax renders it, in ems of the surrounding text's size: its
 * outlines for print and its MathML for the EPUB.
 */
export interface Formula {
  /** Advance width, height above the baseline and depth below it. */
  readonly width: number;
  readonly height: number;
  readonly depth: number;
  /** Filled outlines in ems, from the formula's left edge on the baseline, y growing downwards (as in SVG and the page model). */
  readonly shapes: readonly FormulaShape[];
  /** A `<math>` element (MathML namespace), with `alttext`. */
  readonly mathml: string;
}

/** One filled outline: SVG path data under an affine transform [a b c d e f], as SVG's `matrix()`. */
export interface FormulaShape {
  readonly d: string;
  readonly transform: readonly [number, number, number, number, number, number];
  /** A colour the TeX gives it (a CSS name or #hex); absent: the text's. */
  readonly color?: string;
}

/** A local image, already checked to exist and resolved to an absolute path. */
export interface ImageRef {
  /** The file to embed: the manuscript's image, or a smaller copy made for print (see prepare-images.ts). */
  readonly path: string;
  /** The image's address as written in the manuscript, and where (absent for a cover). */
  readonly url?: string;
  readonly at?: Point;
  readonly alt: string;
  readonly title?: string;
  /** SVG and PDF figures become PNG before either writer sees them (see vector-images.ts). */
  readonly mediaType: 'image/png' | 'image/jpeg' | 'image/svg+xml' | 'application/pdf';
  readonly width: number;
  readonly height: number;
  /**
   * The size, in points, the file itself asks to be printed at: its pixels at
   * its declared resolution (96 to the inch when it declares none), or a
   * vector figure's own size. Absent where nothing read the file (a cover).
   */
  readonly natural?: { readonly width: number; readonly height: number };
  /** The size the manuscript asks for (Pandoc's `{width=50%}`); absent, the theme sizes the image. */
  readonly size?: ImageSize;
}

/** Pandoc's `width` and `height` attributes, either or both. */
export interface ImageSize {
  readonly width?: ImageLength;
  readonly height?: ImageLength;
}

/**
 * A length as an image's attributes give it: a percentage of the text's
 * measure (of the text block's height, for a height, as Pandoc's LaTeX reads
 * it), points (px, in, cm and mm converted), or ems of the body text.
 */
export interface ImageLength {
  readonly value: number;
  readonly unit: '%' | 'pt' | 'em';
}

/** GitHub's five alert kinds, as its `[!NOTE]` markers name them (lowercased). */
export type CalloutKind = 'note' | 'tip' | 'important' | 'warning' | 'caution';

export const CALLOUT_KINDS: readonly CalloutKind[] = ['note', 'tip', 'important', 'warning', 'caution'];

export type Align = 'left' | 'right' | 'center' | null;

export interface ListItem {
  /** null: not a task item. */
  readonly checked: boolean | null;
  /** Anchor for links into the item (`#id`): a valid XML id and PDF destination, unique in the document. */
  readonly id?: string;
  readonly children: readonly Block[];
}

/** One term of a definition list (Pandoc's `Term` then `:   definition`) and its definitions, each a run of blocks. */
export interface DefinitionItem {
  readonly term: readonly Inline[];
  readonly definitions: readonly (readonly Block[])[];
}

/**
 * A cell, spanning `colSpan` columns and `rowSpan` rows from where it starts
 * (absent: 1). Spans stay inside their section: a header cell spans no body row.
 */
export interface TableCell {
  readonly children: readonly Inline[];
  readonly colSpan?: number;
  readonly rowSpan?: number;
}

/** The cells that start in the row, left to right (Pandoc's model): a cell spanning down from above is not repeated. */
export interface TableRow {
  readonly cells: readonly TableCell[];
}

export type Block =
  | {
      readonly type: 'heading';
      readonly depth: 1 | 2 | 3 | 4 | 5 | 6;
      /** Unique within the document, usable as an XML id and a PDF destination. */
      readonly id: string;
      readonly children: readonly Inline[];
      /** Written `{.unnumbered}` or `{-}` (Pandoc): a book's chapter titled by it takes no number. */
      readonly unnumbered?: true;
    }
  | {
      readonly type: 'paragraph';
      readonly children: readonly Inline[];
      /** Pandoc's line block (verse, an address): its lines as written, hard breaks between them, set flush left. */
      readonly lines?: true;
    }
  | { readonly type: 'blockquote'; readonly children: readonly Block[] }
  /** A GitHub alert (`> [!NOTE]`): its label is the writers' to add (theme/book-labels.ts), so it is not in `children`. */
  | { readonly type: 'callout'; readonly kind: CalloutKind; readonly children: readonly Block[] }
  | {
      readonly type: 'list';
      readonly ordered: boolean;
      readonly start: number;
      /** How an ordered list's numbers are written, as the manuscript wrote them (Pandoc's `a.`, `iv)`): absent, decimal. */
      readonly style?: ListStyle;
      /** What follows or encloses the numbers: absent, a period (`1.`). */
      readonly delimiter?: ListDelimiter;
      /** Loose list: items separated by blank lines. */
      readonly spread: boolean;
      /** A list of sources (the bibliography): set without bullets, each item an anchor (see ListItem.id). */
      readonly bibliography?: boolean;
      readonly items: readonly ListItem[];
    }
  | { readonly type: 'definitionList'; readonly items: readonly DefinitionItem[] }
  | { readonly type: 'code'; readonly lang: string | null; readonly value: string }
  | { readonly type: 'thematicBreak' }
  /** A page break the writer asked for (`\\newpage`, `<div style="page-break-after: always">`): the PDF's next block opens a page. */
  | { readonly type: 'pageBreak' }
  | {
      readonly type: 'table';
      readonly align: readonly Align[];
      /** How many of the first rows are header rows: 1 for a GFM table; 0 or several for a Pandoc grid table. */
      readonly headerRows: number;
      readonly rows: readonly TableRow[];
      /** Pandoc's `Table: …` caption, set above the table. */
      readonly caption?: readonly Inline[];
      /** The `{#id}` at the caption's end (`: Sizes {#tbl:sizes}`, as pandoc-crossref labels tables): a place `#id` links lead to. */
      readonly id?: string;
    }
  /** An image standing alone in its paragraph (Pandoc's implicit figure): caption from alt, else title; `link` when the image is a link. */
  | {
      readonly type: 'figure';
      readonly image: ImageRef;
      readonly caption: readonly Inline[];
      readonly link?: FigureLink;
      /** Pandoc's `{#id}` after the image: a place `#id` links lead to, unique in the document as headings' ids are. */
      readonly id?: string;
    };

/** Where a linked figure leads: an address already checked safe (see parse/handlers/link.ts). */
export interface FigureLink {
  readonly url: string;
  readonly title?: string;
}

export interface Note {
  /** 1-based, in order of first citation. */
  readonly number: number;
  /** The label as written in the manuscript: `label` of `[^label]`, or a source citation as written (`[@key, p. 3]`). */
  readonly label: string;
  /** `manual`: a `[^label]` note; `citation`: made from a source citation (`[@key]`), its text set by the CSL style. */
  readonly kind?: 'manual' | 'citation';
  readonly children: readonly Block[];
  /** Where the definition (or, for a citation note, the citation) starts in the manuscript. */
  readonly position: Point;
}

/** What front matter says of an author besides the name (Pandoc and Quarto author maps). */
export interface Author {
  readonly name: string;
  /** Institutions, as written; none when not given. */
  readonly affiliations: readonly string[];
  readonly email?: string;
  /** The bare ORCID iD, `0000-0002-1825-0097`. */
  readonly orcid?: string;
}

/** An ISBN as written (for the title block) and as a URN (for identifiers). */
export interface Isbn {
  /** As written, without an `ISBN` prefix. */
  readonly text: string;
  /** `urn:isbn:` and the digits, without hyphens or spaces. */
  readonly urn: string;
}

export interface Metadata {
  readonly title: string;
  readonly subtitle?: string;
  /** The authors' names, in order. */
  readonly authors: readonly string[];
  /** Each author of `authors` in full, when any was written as a map (`- name: …`). */
  readonly authorDetails?: readonly Author[];
  readonly publisher?: string;
  /** URL of the original publication. */
  readonly source?: string;
  /** BCP 47 tag, e.g. en-US. */
  readonly lang: string;
  /** Stable identifier (URN, URI or similar); never random. */
  readonly identifier: string;
  readonly rights?: string;
  /** ISO date (YYYY-MM-DD) of the manuscript, when given (a date-time's date as written, not moved to UTC). */
  readonly date?: string;
  /** A date in other words ("March 2005"), printed as written; `date` is then absent. */
  readonly dateText?: string;
  /** The print edition's and the ebook's ISBN; one ISBN given alone is both. Each edition's ISBN takes the place of `identifier` in it. */
  readonly isbn?: { readonly print?: Isbn; readonly ebook?: Isbn };
  readonly keywords: readonly string[];
  /** The writing direction of the whole text (`dir:`); otherwise each paragraph's own. */
  readonly dir?: 'rtl' | 'ltr';
  /** Short description; defaults to the subtitle. */
  readonly description?: string;
  /** Cover image named in front matter; without it the EPUB writer draws one from the theme. */
  readonly cover?: ImageRef;
  /** `unnumbered: true`: a book's chapter that takes no number. */
  readonly unnumbered?: true;
  /** `smart: false`: quotes, dashes and ellipses printed as typed (parse/smart-punctuation.ts). */
  readonly smart?: false;
  /** `hyphenation:` words the patterns miss, their breaks marked ("Ouro-bo-ros"; util/hyphenation-words.ts). */
  readonly hyphenation?: readonly string[];
}

/** A file a manuscript reads in, by the name it is written with (relative to the manuscript). */
export interface IncludedFile {
  readonly name: string;
  readonly text: string;
}

export interface Document {
  /** Path of the manuscript as given by the user (used in diagnostics). */
  readonly path: string;
  /** The manuscript's bytes, exactly as read (for archival embedding and hashing). */
  readonly source: Buffer;
  /** Files the manuscript reads in (mdBook's `{{#include}}`), named as written, embedded beside it in the archive copy. */
  readonly included?: readonly IncludedFile[];
  readonly metadata: Metadata;
  readonly blocks: readonly Block[];
  /** Cited notes only, ordered by number (notes[i].number === i + 1). */
  readonly notes: readonly Note[];
  /**
   * A book's chapters number their notes from 1 again: each chapter's title
   * and how many notes come before its first, ascending. Numbers stay unique
   * through the book (they name the anchors); `shownNoteNumber` gives the
   * printed one.
   */
  readonly noteChapters?: readonly NoteChapter[];
}

export interface NoteChapter {
  readonly title: string;
  readonly before: number;
}

/**
 * Where a page of the print edition begins, in terms both writers share:
 * `block` indexes Document.blocks (-1: before the first block, i.e. the title
 * block); `word` counts the whitespace-separated words of that block's visible
 * text (`blockText` in text.ts, counted by its `WordCounter`) that come before
 * the page's first word.
 */
export interface PageStart {
  /** The printed page number. */
  readonly page: number;
  readonly block: number;
  readonly word: number;
}
