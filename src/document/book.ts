// The Book: book.yaml's metadata plus its chapters, each a Document parsed on
// its own (own positions, own notes numbered from 1), grouped into parts.
// Both writers read it; neither looks at book.yaml or the Markdown.
import type { Document, Metadata } from '../document.ts';

export interface Part {
  /** 1-based, in book order. */
  readonly number: number;
  readonly title: string;
  /** Anchor of the part's opening: an XML id and PDF destination. */
  readonly id: string;
}

export interface Chapter {
  /** 1-based, in book order, through the parts. */
  readonly number: number;
  /** Front matter `title`, else the first heading (which is then not repeated in the text). */
  readonly title: string;
  /** Anchor of the chapter's opening. */
  readonly id: string;
  /** The part it belongs to (Part.number), if any. */
  readonly part?: number;
  /** Marked by its author to take no number (`{.unnumbered}`, `{-}` or `unnumbered: true`). */
  readonly unnumbered?: true;
  /** Made by Galley at the book's end (the gathered Sources), not one of book.yaml's chapters. */
  readonly backMatter?: true;
  /**
   * The chapter's text. Its anchors are prefixed with the chapter's id, so ids
   * are unique in the book; links to other chapters are `#` links to their anchors.
   */
  readonly document: Document;
}

/** A file the book is made from, for the archive copy to carry. */
export interface SourceFile {
  /** Relative to book.yaml's folder. */
  readonly name: string;
  readonly bytes: Buffer;
  readonly type: string;
}

export interface Book {
  /** book.yaml as the user named it (diagnostics). */
  readonly path: string;
  readonly metadata: Metadata;
  /** The edition ("Second edition"), for the copyright page. */
  readonly edition?: string;
  readonly dedication?: string;
  /** The copyright page's own text (else `rights` is shown). */
  readonly copyright?: string;
  readonly parts: readonly Part[];
  readonly chapters: readonly Chapter[];
  /** book.yaml, every chapter, the bibliography: in that order. */
  readonly sources: readonly SourceFile[];
}
