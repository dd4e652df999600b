// What a PDF is for. The archive copy is PDF/A (3b by default, carrying its
// manuscript; 1b where a validator must prove it); the print copy is what
// print-on-demand services take: trimmed pages in boxes, no interactive parts.

export type PdfA = 'PDF/A-3b' | 'PDF/A-1b';

export type PdfProfile = { readonly kind: 'archive'; readonly pdfa: PdfA } | { readonly kind: 'print' };

/**
 * A file of the original a document was made from (an archived web page and
 * its images), embedded beside the manuscript in a PDF/A-3 archive copy.
 */
export interface OriginalFile {
  readonly name: string;
  readonly bytes: Buffer;
  /** MIME type, e.g. text/html. */
  readonly type: string;
}

export const ARCHIVE: PdfProfile = { kind: 'archive', pdfa: 'PDF/A-3b' };
