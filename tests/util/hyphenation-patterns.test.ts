// The `hyphen` package's pattern folders for a BCP 47 tag, and which languages
// have none (the front matter warns about those that hyphenate their words).
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { candidateFolders, hyphenMinima, lacksHyphenationPatterns, loadPatterns } from '../../src/util/hyphenation-patterns.ts';

const require = createRequire(import.meta.url);

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

  test('each language’s fewest letters before and after a hyphen are TeX’s, English’s where TeX has none', () => {
    expect(hyphenMinima('en-US')).toEqual({ leftMin: 2, rightMin: 3 });
    expect(hyphenMinima('en-GB')).toEqual({ leftMin: 2, rightMin: 3 });
    for (const lang of ['ru', 'uk', 'de', 'de-CH-1901', 'fr-CA', 'es', 'it', 'pl', 'nb-NO', 'sr']) {
      expect(hyphenMinima(lang), lang).toEqual({ leftMin: 2, rightMin: 2 });
    }
    for (const lang of ['pt-BR', 'cs', 'sk', 'cy']) expect(hyphenMinima(lang), lang).toEqual({ leftMin: 2, rightMin: 3 });
    for (const lang of ['el', 'grc', 'hi', 'ta']) expect(hyphenMinima(lang), lang).toEqual({ leftMin: 1, rightMin: 1 });
    expect(hyphenMinima('hy')).toEqual({ leftMin: 1, rightMin: 2 });
    expect(hyphenMinima('sa')).toEqual({ leftMin: 1, rightMin: 3 });
    expect(hyphenMinima('tlh')).toEqual({ leftMin: 2, rightMin: 3 });
  });

  test('every pattern folder has its minima written down', () => {
    const folders = readdirSync(path.dirname(require.resolve('hyphen/package.json')), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(path.join(entry.parentPath, entry.name, 'index.js')))
      .map((entry) => entry.name);
    expect(folders.length).toBeGreaterThan(70);
    // English is the fallback; every other folder a tag can reach is listed, so a new one in the package is noticed.
    const reachable = folders.filter((f) => candidateFolders(f).includes(f) && !f.startsWith('en'));
    const unlisted = reachable.filter((f) => hyphenMinima(f) === hyphenMinima('tlh'));
    expect(unlisted).toEqual([]);
  });
});
