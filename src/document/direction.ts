// Which way text runs: the document's direction from its front matter (`dir:`,
// else a right-to-left `lang:`), and each paragraph's by its first strong
// letter (UAX #9 rules P2–P3, through bidi-js), as GitHub's `dir="auto"` does.
// Both writers ask here: the PDF to order and align lines, the EPUB to mark
// paragraphs for the reader's own bidi algorithm.
import { createRequire } from 'node:module';
import type { Bidi } from 'bidi-js';
import { primaryLanguage } from '../util/language.ts';

// bidi-js is a UMD module whose export is the factory; loaded when a text first has an RTL letter.
const require = createRequire(import.meta.url);
let engine: Bidi | undefined;
export const bidi = (): Bidi => (engine ??= (require('bidi-js') as () => Bidi)());

/** Letters of the right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, NKo, ...) and their presentation forms. */
export const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

/** Languages written right to left: a manuscript in one sets every paragraph right to left. */
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ku', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);

export type Direction = 'rtl' | 'ltr';

/** The direction the whole text is written in, if the front matter decides it (`dir:`, else an RTL `lang:`). */
export function documentDirection(dir: Direction | undefined, lang: string): Direction | undefined {
  if (dir !== undefined) return dir;
  return RTL_LANGUAGES.has(primaryLanguage(lang)) ? 'rtl' : undefined;
}

/** A paragraph's direction: the document's when it has one, else that of its first strong letter. */
export function paragraphDirection(text: string, documentDir: Direction | undefined): Direction {
  if (documentDir !== undefined) return documentDir;
  if (!RTL_LETTER.test(text)) return 'ltr';
  return (bidi().getEmbeddingLevels(text, 'auto').paragraphs[0]?.level ?? 0) % 2 === 1 ? 'rtl' : 'ltr';
}
