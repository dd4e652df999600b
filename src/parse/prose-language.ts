// The language of a manuscript without `lang:` whose prose is plainly not
// English: a German or Russian README hyphenated with English patterns breaks
// words where they do not break, and gets English quotation marks. The guess
// is franc-min's (trigrams of 82 languages); it is made only where the prose
// has letters English does not use (accents, Cyrillic), so an English
// manuscript is never guessed at, and only the languages listed below (all
// hyphenated but Vietnamese, whose words are single syllables) are taken.

import { francAll } from 'franc-min';
import { FRONT_MATTER, withoutCode } from './prose-text.ts';

const LINK_TARGET = /\]\([^)\s]*(?:\s+"[^"]*")?\)|<[^>\n]+>|https?:\/\/\S+/gu;
const LETTER = /\p{L}/gu;
const NON_ASCII_LETTER = /(?![a-zA-Z])\p{L}/gu;

// Enough prose to tell, and a share of letters outside English's alphabet
// that English text (names with accents aside) does not reach.
const MIN_LETTERS = 400;
const MIN_NON_ASCII_SHARE = 0.005;
// franc reads this many characters; they are taken from the middle, past
// a README's title, badges and bar of links to its translations.
const SAMPLE = 2048;

/** franc-min's ISO 639-3 codes for the languages Galley has hyphenation patterns for, as BCP 47 tags. */
const TAGS: Readonly<Record<string, string>> = {
  deu: 'de',
  fra: 'fr',
  spa: 'es',
  por: 'pt',
  ita: 'it',
  nld: 'nl',
  pol: 'pl',
  ces: 'cs',
  ron: 'ro',
  hun: 'hu',
  hrv: 'hr',
  bos: 'hr',
  srp: 'sr',
  tur: 'tr',
  swe: 'sv',
  rus: 'ru',
  ukr: 'uk',
  bel: 'be',
  bul: 'bg',
  ind: 'id',
  vie: 'vi',
};

const count = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;

/** The BCP 47 tag of the language the prose is written in, when it is plainly one Galley sets and not English. */
export function proseLanguage(markdown: string): string | undefined {
  const prose = withoutCode(markdown.replace(FRONT_MATTER, '')).replace(LINK_TARGET, ' ');
  const letters = count(prose, LETTER);
  if (letters < MIN_LETTERS || count(prose, NON_ASCII_LETTER) < MIN_NON_ASCII_SHARE * letters) return undefined;
  const middle = Math.max(0, Math.floor((prose.length - SAMPLE) / 2));
  const [best] = francAll(prose.slice(middle, middle + SAMPLE));
  return best === undefined ? undefined : TAGS[best[0]];
}
