// Words whose hyphenation the author gives, as TeX's \hyphenation does: the
// patterns know no proper nouns and few compounds ("Ouroboros", "Ethereum",
// "blockchain" get no break at all), so a line before such a word is set
// loose. Written with a "-" at each allowed break ("Ouro-bo-ros"); a word
// written without one is never broken. The theme and the front matter read
// lists of them; the line breaker (pdf/layout/hyphenate.ts) uses them.

// Letters, their marks and apostrophes, in pieces joined by single hyphens.
const ENTRY = /^[\p{L}\p{M}'\u2019]+(?:-[\p{L}\p{M}'\u2019]+)*$/u;

/** Why `entry` cannot be a hyphenation word, or null when it can. */
export function hyphenationWordProblem(entry: string): string | null {
  if (!ENTRY.test(entry)) return `"${entry}" is not a word with its breaks marked by "-" (such as "block-chain", or "Galley" for never)`;
  // Acronyms and words in capitals are never hyphenated (hyphenate.ts): such an entry would do nothing.
  if (!/\p{Ll}/u.test(entry)) return `"${entry}" has no lower-case letter: words in capitals are never hyphenated`;
  return null;
}
