// Burmese (Myanmar script) as a font's shaping expects it. fontkit has no
// Myanmar shaper: it would draw the vowel sign ေ and the medial ြ after their
// consonant, where they are written, though they stand before it, and leave
// the kinzi (င်္) unformed. This is HarfBuzz's Myanmar shaper
// (hb-ot-shaper-myanmar.cc) reduced to what those fonts need: each syllable is
// put in visual order, then laid out by fontkit with the features that shaper
// applies, all at once (HarfBuzz applies them to whole syllables too).
import type { Font, GlyphRun } from 'fontkit';

const MYANMAR = /[\u1000-\u109F\uA9E0-\uA9FF\uAA60-\uAA7F]/u;

/** The features HarfBuzz's Myanmar shaper applies besides fontkit's defaults (ccmp, locl, liga, kern, mark…). */
const FEATURES = ['rphf', 'pref', 'blwf', 'pstf', 'pres', 'abvs', 'blws', 'psts', 'abvm', 'blwm', 'dist'];

/** A letter a syllable is built on: consonants, independent vowels, digits, and the placeholders marks may sit on. */
const BASE = /[\u1000-\u102A\u103F-\u1049\u104E\u1050-\u1055\u105A-\u105D\u1061\u1065\u1066\u106E-\u1070\u1075-\u1081\u108E\u1090-\u1099\uA9E0-\uA9E4\uA9E7-\uA9EF\uA9FA-\uA9FE\uAA60-\uAA6F\uAA71-\uAA76\uAA7A\u00A0\u25CC]/u;
/** Consonants that, followed by asat and virama at a syllable's start, are a kinzi. */
const KINZI_RA = /[\u1004\u101B\u105A]/u;
const ASAT = '\u103A';
const VIRAMA = '\u1039';
/** Medial ra: drawn around its consonant, from before it. */
const MEDIAL_RA = '\u103C';
/** Vowel signs drawn before their consonant. */
const PRE_VOWEL = /[\u1031\u1084]/u;
const BELOW_VOWEL = /[\u102F\u1030\u1058\u1059]/u;
const ANUSVARA = /[\u1032\u1036]/u;
const VARIATION_SELECTOR = /[\uFE00-\uFE0F]/u;

// Where each letter of a syllable goes, in HarfBuzz's order.
const PRE_M = 2;
const PRE_C = 3;
const BASE_C = 4;
const AFTER_MAIN = 5;
const BEFORE_SUB = 7;
const BELOW_C = 8;
const AFTER_SUB = 9;

/** The syllables of `text`: each starts at a base letter that no virama stacks under the one before. */
function syllables(text: string): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  for (const ch of text) {
    const starts = !MYANMAR.test(ch) || (BASE.test(ch) && current.at(-1) !== VIRAMA);
    if (starts && current.length > 0) {
      out.push(current);
      current = [];
    }
    current.push(ch);
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** One syllable in the order its glyphs are drawn: ေ, then ြ, then the consonant, then a kinzi, then the rest. */
function visualSyllable(letters: readonly string[]): string[] {
  const kinzi = letters.length > 3 && KINZI_RA.test(letters[0] as string) && letters[1] === ASAT && letters[2] === VIRAMA;
  const limit = kinzi ? 3 : 0;
  let base = letters.findIndex((ch, i) => i >= limit && BASE.test(ch));
  if (base < 0) base = letters.length;
  const places: number[] = [];
  let i = 0;
  for (; i < limit; i++) places.push(AFTER_MAIN);
  for (; i < base; i++) places.push(PRE_C);
  if (i < letters.length) {
    places.push(BASE_C);
    i++;
  }
  let place = AFTER_MAIN;
  for (; i < letters.length; i++) {
    const ch = letters[i] as string;
    if (ch === MEDIAL_RA) places.push(PRE_C);
    else if (PRE_VOWEL.test(ch)) places.push(PRE_M);
    else if (VARIATION_SELECTOR.test(ch)) places.push(places.at(-1) ?? place);
    else if (place === AFTER_MAIN && BELOW_VOWEL.test(ch)) places.push((place = BELOW_C));
    else if (place === BELOW_C && ANUSVARA.test(ch)) places.push(BEFORE_SUB);
    else if (place === BELOW_C && !BELOW_VOWEL.test(ch)) places.push((place = AFTER_SUB));
    else places.push(place);
  }
  // A stable sort: letters of one place keep their written order.
  return letters.map((ch, k) => ({ ch, at: places[k] as number, k })).sort((a, b) => a.at - b.at || a.k - b.k).map((l) => l.ch);
}

/** `text` with each Myanmar syllable in visual order; anything else as it is. */
export function myanmarVisualOrder(text: string): string {
  return syllables(text)
    .map((letters) => (MYANMAR.test(letters[0] ?? '') ? visualSyllable(letters) : letters).join(''))
    .join('');
}

/**
 * fontkit's layout of `text`, Burmese shaped as HarfBuzz shapes it. The glyphs'
 * characters come in drawing order: Burmese is drawn as outlines over its
 * letters in written order (pdf/paint/reordered-text.ts).
 */
export function layoutText(font: Font, text: string): GlyphRun {
  return MYANMAR.test(text) ? font.layout(myanmarVisualOrder(text), FEATURES) : font.layout(text);
}
