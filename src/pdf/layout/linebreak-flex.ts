// What the glyphs of a justified line may give before its spaces do: font
// expansion (each glyph widened or narrowed a little, pdfTeX's \pdfadjustspacing)
// and letter spacing (a hair added or taken after each glyph, InDesign's
// justification "letter spacing"). The breaker counts both as extra stretch
// and shrink per box; layout takes them up first, so the spaces stay nearer
// their natural width. The natural width of the spaces themselves
// (lineBreaking.spaceWidth) is widened in the same scripts as letter spacing.
import type { Item } from './linebreak-items.ts';
import type { GlyphCount, Microtype, StyledRun } from './types.ts';

/**
 * Scripts whose letters stand apart: spacing them a hair is not seen. Joined
 * scripts (Arabic), combining marks, and ideographs (justified by their own
 * inter-character stretch) are never letter-spaced.
 */
const SPACEABLE = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Common}]*$/u;
const NOT_SPACEABLE_RUN = /[\p{M}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Text of a body-face run that may be letter-spaced (monospaced and fallback faces keep their spacing). */
export function spaceable(text: string, run: StyledRun): boolean {
  return run.font.startsWith('body') && SPACEABLE.test(text) && !NOT_SPACEABLE_RUN.test(text);
}

const WORD_SPACED = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Common}\p{Script=Inherited}]*$/u;
const RIGHT_TO_LEFT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

/** Letter spacing for a paragraph, in ems: none in right-to-left text, where lines are reordered after setting. */
export function trackingFor(runs: readonly StyledRun[], micro: Microtype | undefined, glyphCount: GlyphCount | undefined): number {
  if (micro === undefined || micro.tracking <= 0 || glyphCount === undefined) return 0;
  return runs.some((r) => RIGHT_TO_LEFT.test(r.text)) ? 0 : micro.tracking;
}

/**
 * A justified paragraph's word space, as a multiple of its font's space: the
 * theme's where all its text is in Latin, Greek or Cyrillic (code and formulas aside), the
 * font's own elsewhere. Korean, Arabic and the fallback faces space words as
 * their designers drew them; widened there, a Hangul line's gaps opened past
 * 0.4 em.
 */
export function wordSpaceFor(runs: readonly StyledRun[], spaceWidth: number): number {
  return runs.every((r) => r.font.startsWith('mono') || r.math !== undefined || WORD_SPACED.test(r.text)) ? spaceWidth : 1;
}

/** `items` with each box's flex: what expansion and letter spacing let its glyphs give, in points. */
export function withFlex(
  items: readonly Item[],
  runs: readonly StyledRun[],
  expansion: number,
  tracking: number,
  glyphCount: GlyphCount | undefined,
): Item[] {
  return items.map((item) => {
    if (item.kind !== 'box') return item;
    const run = runs[item.run] as StyledRun;
    const letters = tracking > 0 && glyphCount !== undefined && spaceable(item.text, run) ? glyphCount(item.text, run.font) : 0;
    const flex = item.width * expansion + letters * tracking * run.size;
    return flex === 0 ? item : { ...item, flex };
  });
}
