// The contract between paragraph line breaking and pagination/painting.

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
  | FallbackFontKey;

/**
 * The theme's fallback faces (Theme.fonts.fallback) by position: runs are set
 * in them for characters the body or mono face lacks. A finite set, so that
 * every key can be registered with pdfkit before painting.
 */
export type FallbackFontKey =
  | 'fallback0'
  | 'fallback1'
  | 'fallback2'
  | 'fallback3'
  | 'fallback4'
  | 'fallback5'
  | 'fallback6'
  | 'fallback7';

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
  /** Struck through (Markdown ~~delete~~); the breaker copies it to the fragments. */
  readonly strike?: boolean;
}

/** Width of `text` in points, with kerning and the features paint will use. */
export type Measure = (text: string, font: FontKey, size: number) => number;

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
  readonly link?: string;
  readonly noteRef?: number;
  readonly rise?: number;
  readonly strike?: boolean;
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
  readonly justify: boolean;
  /** BCP 47 language for hyphenation, or null for none. */
  readonly lang: string | null;
  readonly hyphenation: {
    readonly leftMin: number;
    readonly rightMin: number;
    readonly maxConsecutive: number;
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
}

export interface BrokenParagraph {
  readonly lines: readonly LineBox[];
  /** Set when no acceptable breaks existed and emergency stretch was used. */
  readonly emergency: boolean;
}
