// Where a word may take a hyphen, from TeX's hyphenation patterns (the `hyphen`
// package). Only break points come out of here: the breaker draws a literal "-"
// itself, because a soft hyphen must never reach the PDF.
import { hyphenMinima, loadPatterns } from '../../util/hyphenation-patterns.ts';

/** Positions (UTF-16 offsets into the word) after which a hyphen may be added. */
export type Hyphenator = (word: string) => readonly number[];

export interface HyphenationLimits {
  /** Fewest letters before a hyphen. */
  readonly leftMin: number;
  /** Fewest letters after a hyphen. */
  readonly rightMin: number;
}

const hyphenators = new Map<string, Hyphenator | null>();

// The marker we ask the library to insert; we read its positions and drop it.
const MARK = '\u00AD';

function markerPositions(marked: string): number[] {
  const positions: number[] = [];
  let offset = 0;
  for (const ch of marked) {
    if (ch === MARK) positions.push(offset);
    else offset += ch.length;
  }
  return positions;
}

/**
 * The hyphenator for a BCP 47 language, loading its patterns on first use, or
 * null when there are none (unknown language, or `lang` null). `words` are
 * the author's (util/hyphenation-words.ts: "Ouro-bo-ros", or "Galley" for
 * never): a listed word breaks where its entry says and nowhere else, in any
 * language, a possessive "’s" after it included; later entries win.
 */
export function hyphenatorFor(lang: string | null, words: readonly string[] = []): Hyphenator | null {
  if (lang === null) return null;
  if (words.length === 0) return patternHyphenator(lang);
  // One hyphenator per language and list, so its cache of points is shared by every paragraph and chapter.
  const key = [lang, ...words].join('\n');
  let hyphenator = withWords.get(key);
  if (hyphenator === undefined) {
    if (withWords.size >= MAX_WORD_LISTS) withWords.clear();
    const given = givenBreaks(words);
    const patterns = patternHyphenator(lang);
    hyphenator = (word) => {
      const lower = word.toLowerCase();
      return given.get(lower) ?? given.get(lower.replace(POSSESSIVE, '')) ?? patterns?.(word) ?? [];
    };
    withWords.set(key, hyphenator);
  }
  return hyphenator;
}

const withWords = new Map<string, Hyphenator>();
// A watch session may see its lists edited many times; past this the memory starts again.
const MAX_WORD_LISTS = 64;

/** Each listed word, lower-cased without its hyphens, and the offsets after which it may break. */
function givenBreaks(words: readonly string[]): Map<string, readonly number[]> {
  const given = new Map<string, readonly number[]>();
  for (const entry of words) {
    const pieces = entry.split('-');
    const offsets: number[] = [];
    let offset = 0;
    for (const piece of pieces.slice(0, -1)) offsets.push((offset += piece.length));
    given.set(pieces.join('').toLowerCase(), offsets);
  }
  return given;
}

function patternHyphenator(lang: string): Hyphenator | null {
  const cached = hyphenators.get(lang);
  if (cached !== undefined) return cached;
  const own = loadedHyphenator(lang);
  const script = scriptOfLanguage(lang);
  const others = FOREIGN_SCRIPTS.filter((f) => f.script !== script);
  const hyphenator: Hyphenator | null =
    own === null
      ? null
      : (word) => {
          // Loaded on the first such word: most manuscripts have none.
          for (const other of others) if (other.letters.test(word)) return foreignPoints(word, other.lang);
          return own(word);
        };
  hyphenators.set(lang, hyphenator);
  return hyphenator;
}

/** A foreign word's points, with at least as many letters around each as that word's language leaves. */
function foreignPoints(word: string, lang: string): readonly number[] {
  const { leftMin, rightMin } = hyphenMinima(lang);
  const points = patternHyphenator(lang)?.(word) ?? [];
  return points.filter((p) => p >= leftMin && word.length - p >= rightMin);
}

function loadedHyphenator(lang: string): Hyphenator | null {
  const mod = loadPatterns(lang);
  // minWordLength 1: our limits decide, not the library's default of 5.
  return mod === null ? null : (word) => markerPositions(mod.hyphenateSync(word, { hyphenChar: MARK, minWordLength: 1 }));
}

type Script = 'latin' | 'cyrillic' | 'greek' | 'other';

/**
 * A word written wholly in another script than the language's ("Markdown" in
 * Russian, "Москва" in English) is hyphenated by the patterns of the language
 * that script most often brings: a language's own patterns know only its
 * letters, so such words never broke, and a Russian line before "Markdown"
 * was left loose.
 */
const FOREIGN_SCRIPTS: readonly { readonly script: Script; readonly letters: RegExp; readonly lang: string }[] = [
  { script: 'latin', letters: /^[\p{Script=Latin}\p{M}'\u2019]+$/u, lang: 'en-us' },
  { script: 'cyrillic', letters: /^[\p{Script=Cyrillic}\p{M}'\u2019]+$/u, lang: 'ru' },
  { script: 'greek', letters: /^[\p{Script=Greek}\p{M}'\u2019]+$/u, lang: 'el-monoton' },
];

const CYRILLIC_LANGUAGES = new Set(['ru', 'uk', 'be', 'bg', 'mk', 'sr', 'mn', 'cu', 'kk', 'ky', 'tg', 'tt', 'ba', 'cv', 'sah']);
const GREEK_LANGUAGES = new Set(['el', 'grc']);
// Languages written in none of them: Indic scripts, Armenian, Georgian, Ethiopic, Coptic, Thai; and Chinese,
// whose patterns (the `hyphen` package's zh) are pinyin's, which broke English words in a Chinese text ("co-mputer").
const OTHER_SCRIPT_LANGUAGES = new Set(['as', 'bn', 'gu', 'hi', 'kn', 'ml', 'mr', 'or', 'pa', 'sa', 'ta', 'te', 'hy', 'ka', 'am', 'ti', 'cop', 'th', 'zh']);

/** The script a language's patterns are written for: its script subtag if any, else its usual one. */
function scriptOfLanguage(lang: string): Script {
  const subtags = lang.toLowerCase().split(/[-_]/u);
  if (subtags.includes('latn')) return 'latin';
  if (subtags.includes('cyrl')) return 'cyrillic';
  const primary = subtags[0] ?? '';
  if (CYRILLIC_LANGUAGES.has(primary)) return 'cyrillic';
  if (GREEK_LANGUAGES.has(primary)) return 'greek';
  return OTHER_SCRIPT_LANGUAGES.has(primary) ? 'other' : 'latin';
}

const LETTER = /\p{L}/u;
const LOWERCASE = /\p{Ll}/u;
const DIGIT = /\p{N}/u;
/** A possessive ending: "NASA’s", "Ethereum's". */
export const POSSESSIVE = /['\u2019]s$/u;
// What patterns cover: letters, their combining marks, apostrophes.
const WORD_CHARACTER = /[\p{L}\p{M}'\u2019]/u;

/**
 * Where `word` may be hyphenated: offsets into `word` after which a "-" can be
 * added. Leading and trailing punctuation is ignored; words with digits or
 * without a lowercase letter (acronyms, numbers, codes) are never hyphenated,
 * and at least `leftMin` letters stay before a hyphen and `rightMin` after it.
 */
export function hyphenationPoints(word: string, hyphenator: Hyphenator, limits: HyphenationLimits): readonly number[] {
  let cache = pointCaches.get(hyphenator);
  if (cache === undefined) pointCaches.set(hyphenator, (cache = new Map()));
  const key = `${limits.leftMin},${limits.rightMin},${word}`;
  let points = cache.get(key);
  if (points === undefined) {
    points = computePoints(word, hyphenator, limits);
    cache.set(key, points);
  }
  return points;
}

// Books repeat their words: each is analysed once per language and limits.
const pointCaches = new WeakMap<Hyphenator, Map<string, readonly number[]>>();

function computePoints(word: string, hyphenator: Hyphenator, limits: HyphenationLimits): number[] {
  const chars = Array.from(word);
  let first = 0;
  let last = chars.length;
  while (first < last && !LETTER.test(chars[first] ?? '')) first += 1;
  while (last > first && !LETTER.test(chars[last - 1] ?? '')) last -= 1;
  const core = chars.slice(first, last);
  const coreText = core.join('');
  // An acronym stays one even with a possessive: "NASA’s".
  if (DIGIT.test(coreText) || !LOWERCASE.test(coreText.replace(POSSESSIVE, ''))) return [];
  if (core.some((c) => !WORD_CHARACTER.test(c))) return [];

  // Letters before each UTF-16 offset of the core: the limits count letters.
  const lettersBefore = new Map<number, number>();
  let offset = 0;
  let letters = 0;
  for (const c of core) {
    lettersBefore.set(offset, letters);
    offset += c.length;
    if (LETTER.test(c)) letters += 1;
  }
  if (letters < limits.leftMin + limits.rightMin) return [];
  const coreOffset = chars.slice(0, first).join('').length;
  return hyphenator(coreText)
    .filter((p) => {
      const before = lettersBefore.get(p);
      return before !== undefined && before >= limits.leftMin && letters - before >= limits.rightMin;
    })
    .map((p) => p + coreOffset);
}
