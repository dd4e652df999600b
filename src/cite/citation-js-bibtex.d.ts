// @citation-js/plugin-bibtex ships no types; these are the two calls Galley makes.
declare module '@citation-js/plugin-bibtex/lib/input/file.js' {
  /** The entries of a .bib file; throws on a syntax error, its message saying "at line L col C". */
  export function parse(text: string): BibtexEntry[];
  export interface BibtexEntry {
    readonly type: string;
    readonly label: string;
    readonly properties: Readonly<Record<string, string | number>>;
  }
}

declare module '@citation-js/plugin-bibtex/lib/input/entries.js' {
  import type { BibtexEntry } from '@citation-js/plugin-bibtex/lib/input/file.js';
  /** BibLaTeX entries (BibTeX's are a subset) as CSL-JSON items. */
  export function parse(entries: readonly BibtexEntry[]): ({ id: string; type: string } & Record<string, unknown>)[];
}
