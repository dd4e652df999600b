// The breaker's vocabulary: boxes, glue and penalties as Knuth and Plass
// define them, with pdfTeX's protrusion amounts, the parameters of one pass,
// and what a pass returns.

/** Penalty at or above this forbids a break; at or below its negative forces one. */
export const INFINITE_PENALTY = 10000;
export interface KPBox {
  readonly kind: 'box';
  readonly width: number;
  /** Points the box may hang into the left margin when it opens a line (protrusion). */
  readonly marginLeft?: number;
  /** Points it may hang into the right margin when it ends one. */
  readonly marginRight?: number;
  /** Points its glyphs may widen or narrow by (font expansion and letter spacing). */
  readonly flex?: number;
}

export interface KPGlue {
  readonly kind: 'glue';
  readonly width: number;
  readonly stretch: number;
  readonly shrink: number;
  /** Stretch added to a line that ends here (ragged-right setting). */
  readonly endStretch: number;
}

export interface KPPenalty {
  readonly kind: 'penalty';
  /** Width added to a line that ends here (the hyphen, and any kerning the break undoes). */
  readonly width: number;
  readonly cost: number;
  /** A break here ends the line with a hyphen or dash. */
  readonly flagged: boolean;
  readonly endStretch: number;
  /** The line ending here may be as short as it likes (TeX \parfillskip). */
  readonly fill: boolean;
  /** Protrusion of what the break draws (its hyphen); unset: the box before it decides. */
  readonly marginRight?: number;
  /** The break adds a hyphen inside a word, rather than following a hyphen or dash the text has. */
  readonly hyphen?: boolean;
  /** Inside a word wider than the line: a last line holding only its tail cannot be helped. */
  readonly wide?: boolean;
}

export type KPItem = KPBox | KPGlue | KPPenalty;

export interface KPParams {
  readonly lineWidth: (line: number) => number;
  /** Lines from this index on have the same width and constraints (TeX easy_line). */
  readonly easyLine: number;
  readonly tolerance: number;
  readonly linePenalty: number;
  readonly adjDemerits: number;
  readonly doubleHyphenDemerits: number;
  readonly finalHyphenDemerits: number;
  /** Stretch every line gets for free when judging badness (TeX \emergencystretch). */
  readonly backgroundStretch: number;
  /**
   * The stretch a line without any (one word, nothing around it) is judged
   * with: one space's. Badness is not capped here as in TeX, so a line left
   * three-quarters blank must not cost TeX's capped 10000 while a line of
   * spaces stretched nine times costs 73000: it cost "The" a line of its own.
   */
  readonly stretchFloor: number;
  readonly maxConsecutiveFlagged: number;
  readonly flaggedForbidden: (line: number) => boolean;
  /** Accept an overfull line rather than no solution. */
  readonly finalPass: boolean;
  /** The first line's opening may protrude (false when it is indented). */
  readonly protrudeFirstLine: boolean;
  /** Lines more (positive) or fewer than the optimum, when possible (TeX \looseness). */
  readonly looseness: number;
}

/** Points the line ending at break `i` may protrude on the right. */
export function rightMarginAt(items: readonly KPItem[], i: number): number {
  const item = items[i];
  if (item?.kind === 'penalty' && item.marginRight !== undefined) return item.marginRight;
  const before = items[i - 1];
  return before?.kind === 'box' ? (before.marginRight ?? 0) : 0;
}

export interface ChosenBreak {
  /** Index of the item the line ends at. */
  readonly index: number;
  readonly overfull: boolean;
}
