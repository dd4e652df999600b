// The knobs of paragraph breaking. Defaults are plain TeX's (The TeXbook,
// chapter 14 and appendix B) where TeX has the parameter; lengths are in ems of
// the run's font size so they scale with the text.

export interface BreakTuning {
  /** Badness allowed in the first pass, made without hyphenation (TeX \pretolerance). */
  readonly pretolerance: number;
  /** Badness allowed once hyphenation is on (TeX \tolerance). */
  readonly tolerance: number;
  /** Badness allowed in the pass tried before emergency stretch. */
  readonly looseTolerance: number;
  readonly linePenalty: number;
  /** Lines more (positive) or fewer (negative) than the best breaks give, where possible (TeX \looseness). */
  readonly looseness: number;
  /** Cost of breaking at an added hyphen. */
  readonly hyphenPenalty: number;
  /** Cost of breaking after a hyphen or dash already in the text. */
  readonly exHyphenPenalty: number;
  /** Cost of breaking a URL or code after / . - _ ? & = */
  readonly urlBreakPenalty: number;
  /**
   * Cost of breaking a name in inline code between its words ("Reference|Error"):
   * twice a URL break's, so only a line looser than about 1.4 times its stretch
   * (TeX badness 300) is set rather than take it.
   */
  readonly identifierBreakPenalty: number;
  /** Cost of breaking between two characters of a word wider than the line. */
  readonly charBreakPenalty: number;
  /** Cost of breaking a Korean word between two of its syllables (no hyphen is drawn). */
  readonly syllableBreakPenalty: number;
  /** Added when a very loose line meets a decent or tight one, or loose meets tight. */
  readonly adjDemerits: number;
  /** Added when two consecutive lines end in a hyphen. */
  readonly doubleHyphenDemerits: number;
  /** Added when the second-last line of the paragraph ends in a hyphen. */
  readonly finalHyphenDemerits: number;
  /** A justified line's natural word space, as a multiple of the font's space. */
  readonly spaceWidth: number;
  /** Interword stretch as a fraction of the natural word space (TeX fonts: 1/2). */
  readonly spaceStretch: number;
  /** Interword shrink as a fraction of the natural word space (TeX fonts: 1/3). */
  readonly spaceShrink: number;
  /**
   * Stretch every line is assumed to have when judged in the last pass, in ems
   * (TeX \emergencystretch; LaTeX \sloppy uses 3em). TeX needs it because its
   * badness stops at 10000; ours does not, and on Source Serif 4 any emergency
   * stretch made last-pass paragraphs looser (more lines over ratio 1, a higher
   * worst line), so it is off unless a theme asks for it.
   */
  readonly emergencyStretch: number;
  /**
   * Stretch between two ideographs when justifying, in ems: CJK lines are
   * justified by spacing their characters (JIS X 4051, CLREQ); small enough
   * that text extraction sees no space.
   */
  readonly ideographicStretch: number;
  /** Shrink, in ems, beside a full-width punctuation mark (half of it is blank). */
  readonly punctuationShrink: number;
  /** Stretch at the end of every line when not justifying, in ems (ragged2e: 2em). */
  readonly raggedRightStretch: number;
  /** Stretch at the end of a line broken inside a word wider than the line, in ems. */
  readonly breakStretch: number;
}

export const TEX_TUNING: BreakTuning = Object.freeze({
  pretolerance: 100,
  tolerance: 200,
  looseTolerance: 1000,
  linePenalty: 10,
  looseness: 0,
  hyphenPenalty: 50,
  exHyphenPenalty: 50,
  urlBreakPenalty: 150,
  identifierBreakPenalty: 300,
  charBreakPenalty: 5000,
  syllableBreakPenalty: 150,
  adjDemerits: 10000,
  doubleHyphenDemerits: 10000,
  finalHyphenDemerits: 5000,
  spaceWidth: 1,
  spaceStretch: 1 / 2,
  spaceShrink: 1 / 3,
  emergencyStretch: 0,
  ideographicStretch: 0.05,
  punctuationShrink: 0.25,
  raggedRightStretch: 2,
  breakStretch: 3,
});
