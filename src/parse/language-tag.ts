// Front matter `lang`: a well-formed BCP 47 tag, in its canonical form, with
// a warning where the language is unknown, written as a country code, or has
// no hyphenation patterns.
import { lacksHyphenationPatterns } from '../util/hyphenation-patterns.ts';

/** Country codes written for a language (`cz` for Czech): the language's code. */
const COUNTRY_FOR_LANGUAGE: Readonly<Record<string, string>> = { cz: 'cs', gr: 'el', jp: 'ja', dk: 'da', ua: 'uk', cn: 'zh', kr: 'ko', vn: 'vi', us: 'en', gb: 'en', rs: 'sr', al: 'sq' };
const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/**
 * The tag, its primary language corrected where a country code stands for it
 * (`cz` → `cs`), with a warning for a language no registry knows and for one
 * whose words Galley cannot hyphenate (its justified lines come out looser).
 */
export function knownLanguage(tag: string, warn: (message: string) => void): string {
  const [primary = '', ...rest] = tag.split('-');
  const meant = COUNTRY_FOR_LANGUAGE[primary.toLowerCase()];
  if (meant !== undefined) {
    const corrected = [meant, ...rest].join('-');
    warn(`front matter "lang": "${primary}" is a country code, not a language; read as "${corrected}" (${LANGUAGE_NAMES.of(meant) ?? meant})`);
    return corrected;
  }
  if (LANGUAGE_NAMES.of(primary) === undefined) warn(`front matter "lang": "${primary}" is not a known language code (ISO 639); it is declared as written, with no hyphenation or quotation marks of its own`);
  else if (lacksHyphenationPatterns(tag)) warn(`front matter "lang": there are no hyphenation patterns for ${LANGUAGE_NAMES.of(primary) ?? primary} ("${tag}"): words are never hyphenated, so justified lines come out looser (the front matter's "hyphenation" list can break the long ones)`);
  return tag;
}

/** The canonical form of a well-formed BCP 47 tag (`en-us` → `en-US`), or undefined. */
export function canonicalLanguageTag(text: string): string | undefined {
  let tag: string | undefined;
  try {
    tag = Intl.getCanonicalLocales(text)[0];
  } catch {
    return undefined;
  }
  // The grammar allows 4–8 letter language subtags, but every registered language has 2 or 3
  // letters: this catches `lang: english`.
  return tag !== undefined && /^[a-z]{2,3}(?:-|$)/i.test(tag) ? tag : undefined;
}
