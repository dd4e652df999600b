// The fonts' vocabulary, shared by PDF layout, the EPUB's font subsets and the
// missing-glyph check: which face a run is set in, how text is measured, and
// the fragments a set line is made of. Below both writers, so neither imports
// the other to name a face.
import type { Formula, Point } from '../document.ts';

/** Which face of which family a run is set in. */
export type FontKey =
  | 'body'
  | 'bodyItalic'
  | 'bodyBold'
  | 'bodyBoldItalic'
  | 'mono'
  | 'monoItalic'
  | 'monoBold'
  | 'monoBoldItalic'
  | FallbackFontKey
  | FallbackBoldFontKey;

/**
 * The theme's fallback faces (Theme.fonts.fallback) by position: runs are set
 * in them for characters the body or mono face lacks. A finite set, so that
 * every key can be registered with pdfkit before painting.
 */
export type FallbackFontKey = `fallback${FallbackIndex}`;

/** The bold of each fallback face (Theme.fonts.fallbackBold), by the same position; the regular face where the theme has none. */
export type FallbackBoldFontKey = `fallbackBold${FallbackIndex}`;

/** Positions in the theme's fallback list: as many as Theme.fonts.fallback may hold (theme/schema.ts). */
type FallbackIndex =
  | 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15
  | 16 | 17 | 18 | 19 | 20 | 21 | 22 | 23 | 24 | 25 | 26 | 27 | 28 | 29 | 30 | 31
  | 32 | 33 | 34 | 35 | 36 | 37 | 38 | 39 | 40 | 41 | 42 | 43 | 44 | 45 | 46 | 47;

/** Width of `text` in points, with kerning and the features paint will use. */
export type Measure = (text: string, font: FontKey, size: number) => number;

/** How many glyphs paint draws for `text` in `font`: what letter spacing is added after. */
export type GlyphCount = (text: string, font: FontKey) => number;

/** One drawn piece of a line: same style throughout, placed at `x`. */
export interface Fragment {
  readonly text: string;
  readonly font: FontKey;
  readonly size: number;
  /** Offset from the line's left edge. */
  readonly x: number;
  /** Natural width plus the justification added to its spaces. */
  readonly width: number;
  /** Extra width added to each space (U+0020) in `text`; pass to pdfkit as wordSpacing. */
  readonly wordSpacing: number;
  /**
   * Set when `text` ends with the space before the next fragment: that space's
   * width, included in `width`. Underline, strike and link areas end at
   * `width - spaceAfter`.
   */
  readonly spaceAfter?: number;
  /** Horizontal scale of the glyphs (font expansion: 1.02 is 2% wider); absent: 1. */
  readonly hscale?: number;
  /** Points added after each glyph, spaces included (letter spacing, PDF's Tc); absent: 0. */
  readonly tracking?: number;
  /**
   * `text` ends with the hyphen of a word broken at the line's end: drawn as
   * "-", read as a soft hyphen (U+00AD), as Tagged PDF asks of an incidental
   * word division, so that copied and extracted text joins the word again.
   */
  readonly softHyphen?: boolean;
  readonly link?: string;
  readonly noteRef?: number;
  readonly rise?: number;
  readonly strike?: boolean;
  /** Drawn in this colour instead of the text's (an alert's label). */
  readonly color?: string;
  /** A formula, drawn from its outlines at `size` (its em) instead of `text` (one placeholder character). */
  readonly math?: MathBox;
}

/** A formula set in a line: one unbreakable box, as wide as the formula at the run's size. */
export interface MathBox {
  readonly tex: string;
  readonly formula: Formula;
  /** Where the manuscript writes it. */
  readonly at?: Point;
  /** A display formula wider than the measure is set at this fraction of its size (absent: whole). */
  readonly fit?: number;
}
