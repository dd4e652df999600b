// Front matter `lang`: canonical BCP 47, a country code read as the language
// it stands for, and warnings a reader of the output would want first.
import { describe, expect, test } from 'vitest';
import { canonicalLanguageTag, knownLanguage } from '../../src/parse/language-tag.ts';
import { documentOf, messages, parse } from '../helpers/parse.ts';

const warned = (tag: string): { lang: string; warnings: string[] } => {
  const warnings: string[] = [];
  return { lang: knownLanguage(tag, (message) => warnings.push(message)), warnings };
};

describe('the front matter language', () => {
  test('is canonical, and a word is no tag', () => {
    expect(canonicalLanguageTag('en-us')).toBe('en-US');
    expect(canonicalLanguageTag('english')).toBeUndefined();
  });

  test('a known language with patterns passes without a word', () => {
    for (const tag of ['en-US', 'de-CH', 'fr', 'zh-Hant', 'ko', 'tr']) expect(warned(tag)).toEqual({ lang: tag, warnings: [] });
  });

  test('a country code written for the language is read as that language, with a warning', () => {
    expect(warned('cz')).toEqual({ lang: 'cs', warnings: ['front matter "lang": "cz" is a country code, not a language; read as "cs" (Czech)'] });
    expect(warned('jp-JP').lang).toBe('ja-JP');
    expect(warned('gr').lang).toBe('el');
  });

  test('an unknown language, and one Galley cannot hyphenate, are kept as written, with a warning', () => {
    expect(warned('xx')).toEqual({ lang: 'xx', warnings: ['front matter "lang": "xx" is not a known language code (ISO 639); it is declared as written, with no hyphenation or quotation marks of its own'] });
    expect(warned('kk').warnings).toEqual([expect.stringMatching(/^front matter "lang": there are no hyphenation patterns for Kazakh \("kk"\): words are never hyphenated/u)]);
  });

  test('the warning points at the value in the manuscript', () => {
    const result = parse('---\ntitle: T\nlang: cz\n---\n\nText.\n');
    expect(messages(result)).toEqual(['book.md:3:7: warning: front matter "lang": "cz" is a country code, not a language; read as "cs" (Czech)']);
    expect(documentOf(result).metadata.lang).toBe('cs');
  });
});
