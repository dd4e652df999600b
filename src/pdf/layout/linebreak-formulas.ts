// Formulas in the line breaker: each is a run of one private-use character,
// unique in its paragraph, which the paragraph's measure reads as the
// formula's width. So a formula is one box like a letter the breaker cannot
// split (no hyphenation, no break inside), joined to punctuation typed right
// after it ("$x$," breaks after the comma, as a word would), and every
// measurement of the line (breaking, justifying, protrusion) sees its width.
import type { Measure, StyledRun } from './types.ts';

/** What a formula's run holds before its paragraph numbers it (U+FFFC, the object replacement character). */
export const FORMULA = '\uFFFC';

/** Supplementary Private Use Area-A: never typed in prose, and a code point no font here maps. */
const FIRST = 0xf0000;
const LAST = 0xffffd;

/**
 * The runs with each formula's placeholder made unique (its run index in the
 * Private Use Area), and a measure that gives those characters the formulas'
 * widths. Runs without formulas pass unchanged.
 */
export function withFormulas(runs: readonly StyledRun[], measure: Measure): { readonly runs: readonly StyledRun[]; readonly measure: Measure } {
  if (!runs.some((run) => run.math !== undefined)) return { runs, measure };
  const widths = new Map<string, number>();
  const numbered = runs.map((run, index) => {
    if (run.math === undefined) return run;
    const text = String.fromCodePoint(FIRST + (index % (LAST - FIRST)));
    widths.set(text, run.math.formula.width * run.size * (run.math.fit ?? 1));
    return { ...run, text };
  });
  return { runs: numbered, measure: (text, font, size) => widths.get(text) ?? measure(text, font, size) };
}
