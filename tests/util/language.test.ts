// The one BCP 47 fallback chain that hyphenation, citation locales and EPUB labels share.
import { describe, expect, it } from 'vitest';
import { languageFallbacks, primaryLanguage } from '../../src/util/language.ts';

describe('languageFallbacks', () => {
  it('tries the tag as written, then lower-cased, then region, script and the bare language', () => {
    expect(languageFallbacks('sr-Latn-RS')).toEqual(['sr-Latn-RS', 'sr-latn-rs', 'sr-rs', 'sr-latn', 'sr']);
  });

  it("puts a caller's default for the bare language just before it", () => {
    expect(languageFallbacks('en', { en: 'en-us' })).toEqual(['en', 'en-us']);
    expect(languageFallbacks('de-AT', { de: 'de-1996' })).toEqual(['de-AT', 'de-at', 'de-1996', 'de']);
  });

  it('ends with the primary language, even for a bare or empty tag', () => {
    expect(languageFallbacks('FR').at(-1)).toBe('fr');
    expect(languageFallbacks('')).toEqual(['']);
  });
});

describe('primaryLanguage', () => {
  it('is the first subtag, lower-cased, as the last fallback is', () => {
    expect(['pt-BR', 'AR', 'zh-Hant-TW', ''].map(primaryLanguage)).toEqual(['pt', 'ar', 'zh', '']);
    for (const tag of ['pt-BR', 'sr-Latn-RS', 'EN']) expect(primaryLanguage(tag)).toBe(languageFallbacks(tag).at(-1));
  });
});
