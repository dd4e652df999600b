// Words the hyphenation patterns cannot break that cost a paragraph an even
// line: the first word of a line that follows one set beyond its spaces'
// stretch. "blockchain", "Ouroboros" and "Ethereum" have no pattern break at
// all; the layout report lists such words so an author can give them breaks
// (front matter `hyphenation:`, theme `hyphenation.words`).
import { hyphenationPoints, hyphenatorFor, POSSESSIVE, type HyphenationLimits } from './hyphenate.ts';
import type { LineBox } from './types.ts';

/** Shorter words are rarely worth a break, and most that the patterns leave whole ("their", "through") are right. */
const MIN_LETTERS = 7;

const WORD = /^[\p{L}\p{M}'\u2019]+$/u;
// Latin, Greek and Cyrillic vowels: runs of them count a word's syllables, near enough to pass over
// words of one ("through", "strength", "launched") that no list could break.
const VOWELS = /[aeiouyàáâãäåæèéêëìíîïòóôõöøœùúûüýÿαεηιουωάέήίόύώаеёиоуыэюяіїє]+/gu;
const SILENT_ENDING = /(?<=[^aeiouy])e[sd]?$/u;

const syllables = (word: string): number => (word.toLowerCase().replace(SILENT_ENDING, '').match(VOWELS) ?? []).length;

/**
 * The words, possessive dropped, that open a line after a loose one (ratio
 * over 1, not ending in a hyphen) and that neither the patterns of `lang` nor
 * the author's `words` let break: of MIN_LETTERS letters or more, with a
 * lower-case one, and of two syllables or more; none when hyphenation is off.
 */
export function unbreakableWords(
  lines: readonly LineBox[],
  lang: string | null,
  words: readonly string[],
  limits: HyphenationLimits,
): string[] {
  const candidates = lines.flatMap((line, i) => {
    const next = lines[i + 1];
    if (next === undefined || line.ratio <= 1 || line.hyphenated) return [];
    const token = next.fragments.map((f) => f.text).join('').trimStart().split(/\s/u)[0] ?? '';
    const word = token.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '').replace(POSSESSIVE, '');
    return WORD.test(word) && [...word].length >= MIN_LETTERS && /\p{Ll}/u.test(word) && syllables(word) >= 2 ? [word] : [];
  });
  // Most paragraphs have no loose line: the hyphenator is asked for only when there is a word to try.
  const hyphenator = candidates.length === 0 ? null : hyphenatorFor(lang, words);
  return hyphenator === null ? [] : candidates.filter((word) => hyphenationPoints(word, hyphenator, limits).length === 0);
}
