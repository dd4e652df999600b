// The `hyphen` package's pattern folders for a BCP 47 tag, and which languages
// have none (the front matter warns about those that hyphenate their words).
import { describe, expect, test } from 'vitest';
import { candidateFolders, lacksHyphenationPatterns, loadPatterns } from '../../src/util/hyphenation-patterns.ts';

describe('hyphenation patterns', () => {
  test('maps BCP 47 tags to the folders to try, most specific first; nothing unsafe reaches require', () => {
    expect(candidateFolders('de-DE')).toContain('de');
    expect(candidateFolders('en-Latn-GB')).toContain('en-gb');
    expect(candidateFolders('../../etc/passwd')).toEqual([]);
    expect(loadPatterns('fr-CA')).not.toBeNull();
    expect(loadPatterns('tlh')).toBeNull();
  });

  test('languages that hyphenate but have no patterns are told apart from those that never hyphenate', () => {
    for (const lang of ['en-US', 'de', 'ru', 'fr-CA', 'pt-BR', 'nb-NO', 'tr']) expect(lacksHyphenationPatterns(lang), lang).toBe(false);
    for (const lang of ['kk', 'uz', 'tlh']) expect(lacksHyphenationPatterns(lang), lang).toBe(true);
    for (const lang of ['zh-CN', 'ja', 'ko', 'th', 'ar', 'he']) expect(lacksHyphenationPatterns(lang), lang).toBe(false);
  });
});
