// The contract between paragraph line breaking and pagination/painting.
import type { FontKey, Fragment, GlyphCount, MathBox, Measure } from '../../fonts/types.ts';
import type { BreakTuning } from './linebreak-tuning.ts';

// Faces, measuring and fragments are the fonts' vocabulary (src/fonts/types.ts);
// they are part of this contract too, so layout and paint keep importing them here.
export type { FallbackFontKey, FontKey, Fragment, GlyphCount, MathBox, Measure } from '../../fonts/types.ts';

/** A stretch of paragraph text in one style: the input to line breaking. */
export interface StyledRun {
  readonly text: string;
  readonly font: FontKey;
  readonly size: number;
  /** Clickable URL, or `#id` for an internal destination. */
  readonly link?: string;
  /** The run is a note reference mark for this note number. */
  readonly noteRef?: number;
  /** Raise the baseline by this many points (superscript note marks). */
  readonly rise?: number;
  /** Inline code or a URL: never hyphenated; may break after / . - as a last resort. */
  readonly noHyphenate?: boolean;
  /** Inline code: a long name in it may also break between its words (identifier-breaks.ts). */
  readonly code?: boolean;
  /** Struck through (Markdown ~~delete~~); the breaker copies it to the fragments. */
  readonly strike?: boolean;
  /** Words the writer added (see Inline `added`): drawn, but not counted where a page begins. */
  readonly uncounted?: boolean;
  /** An empty run that only names a place links lead to (an HTML anchor's id). */
  readonly anchor?: string;
  /** A formula: `text` is one placeholder character, measured as the formula's width (linebreak-formulas.ts). */
  readonly math?: MathBox;
}

export interface LineBox {
  readonly fragments: readonly Fragment[];
  /** Knuth–Plass adjustment ratio (0 for a last line set ragged). */
  readonly ratio: number;
  /** The line ends in a hyphen that the breaker added. */
  readonly hyphenated: boolean;
  /** Note numbers referenced on this line, in order. */
  readonly noteRefs: readonly number[];
  /**
   * Words of the paragraph's visible text (`words()` of the non-note runs'
   * texts) that start before this line: the index of the first word that
   * starts on it. A line opening with the rest of a hyphenated word counts
   * that word as before it.
   */
  readonly wordIndex: number;
  /** Width actually used (≤ the measure unless overfull). */
  readonly width: number;
  readonly overfull: boolean;
}

export interface BreakOptions {
  /** Available width for each line (index 0 = first line; last value repeats). */
  readonly widths: readonly number[];
  readonly measure: Measure;
  /** Glyphs paint draws for a text: letter spacing (microtype.tracking) needs it; absent: none. */
  readonly glyphCount?: GlyphCount;
  readonly justify: boolean;
  /** BCP 47 language for hyphenation, or null for none. */
  readonly lang: string | null;
  readonly hyphenation: {
    readonly leftMin: number;
    readonly rightMin: number;
    readonly maxConsecutive: number;
    /** The author's words and their breaks (util/hyphenation-words.ts), over the patterns. */
    readonly words?: readonly string[];
  };
  /**
   * Line indexes (0-based, within this paragraph) that must not end in a
   * hyphen or dash, e.g. the last line of a page: pagination breaks once,
   * then breaks again with that line listed.
   */
  readonly noHyphenOnLine?: readonly number[];
  /**
   * The first line keeps at least this many words together when they fit on
   * one line (a note must not open with its number and one word, the rest
   * pushed down by a long word after it).
   */
  readonly keepFirstWords?: number;
  /** pdfTeX-style micro-typography for justified text; absent: none. */
  readonly microtype?: Microtype;
  /** The theme's line-breaking knobs (see BreakTuning); the call's own tuning wins. */
  readonly tuning?: Partial<BreakTuning>;
}

export interface Microtype {
  /** Glyphs may widen or narrow by up to this fraction (0.02: ±2%); 0 turns expansion off. */
  readonly expansion: number;
  /** Expansion is applied in steps of this fraction (0.005: 0.5%). */
  readonly expansionStep: number;
  /** Punctuation and quotes hang partly into the margins. */
  readonly protrusion: boolean;
  /**
   * Letters may be spaced apart or closer by up to this many ems after each
   * glyph (InDesign's letter spacing), taken after expansion and before the
   * spaces; 0 turns it off. Latin, Greek and Cyrillic text only.
   */
  readonly tracking: number;
}

export interface BrokenParagraph {
  readonly lines: readonly LineBox[];
  /** Set when no acceptable breaks existed and emergency stretch was used. */
  readonly emergency: boolean;
}
