// A book's own words by its language: the BCP 47 fallback the EPUB labels and
// hyphenation use (region and script dropped, then English), and a theme's
// `book.labels` over them.
import { describe, expect, it } from 'vitest';
import { bookLabels, calloutLabel, fill, languageLabels } from '../../src/theme/book-labels.ts';
import { loadTheme } from '../../src/theme/load.ts';

describe('bookLabels', () => {
  const theme = loadTheme('default');

  it('gives each language its own words, a regional or scripted tag falling back to its language', () => {
    expect(bookLabels(theme, 'fr-CA').contents).toBe('Table des matières');
    expect(fill(bookLabels(theme, 'de-DE').chapter, { number: 3 })).toBe('Kapitel 3');
    expect(fill(bookLabels(theme, 'ru-RU').chapter, { number: 3 })).toBe('Глава 3');
    expect(fill(bookLabels(theme, 'zh-Hans-CN').chapter, { number: 3 })).toBe('第3章');
    for (const lang of ['es', 'it', 'pt-BR', 'nl']) expect(bookLabels(theme, lang).contents, lang).not.toBe('Contents');
  });

  it('falls back to English for a language it has no words for', () => {
    expect(bookLabels(theme, 'sw').contents).toBe('Contents');
    expect(fill(bookLabels(theme, 'sw').pageReference, { page: 'iv' })).toBe('(p. iv)');
  });

  it("takes the theme's own word over the language's, and leaves the others", () => {
    const own = { ...theme, book: { ...theme.book, labels: { chapter: 'Leçon {number}' } } };
    expect(fill(bookLabels(own, 'fr').chapter, { number: 2 })).toBe('Leçon 2');
    expect(bookLabels(own, 'fr').part).toBe('Partie {number}');
  });

  it('words the five alert labels in each language, the theme’s over them', () => {
    expect((['note', 'tip', 'important', 'warning', 'caution'] as const).map((kind) => calloutLabel(bookLabels(theme, 'de-AT'), kind))).toEqual([
      'Hinweis',
      'Tipp',
      'Wichtig',
      'Warnung',
      'Vorsicht',
    ]);
    for (const lang of ['en', 'fr', 'de', 'es', 'it', 'pt', 'nl', 'ru', 'zh']) expect(calloutLabel(languageLabels(lang), 'caution'), lang).not.toBe('');
    const own = { ...theme, book: { ...theme.book, labels: { calloutTip: 'Conseil' } } };
    expect(calloutLabel(bookLabels(own, 'fr'), 'tip')).toBe('Conseil');
    expect(calloutLabel(bookLabels(own, 'fr'), 'note')).toBe('Remarque');
  });
});
