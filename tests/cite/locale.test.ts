// The CSL locale citations are written in: the manuscript's language when a
// locale of it is bundled, else English, said so; and the locator terms a
// suffix may start with, in that language and in English.
import { describe, expect, it } from 'vitest';
import { chooseLocale, locatorTerms, phrases, retrieveLocale } from '../../src/cite/locale.ts';

describe('chooseLocale', () => {
  it('takes the same tag, else the same language, else English saying it does not match', () => {
    expect(chooseLocale('de-DE')).toEqual({ tag: 'de-DE', matches: true });
    expect(chooseLocale('de-AT')).toEqual({ tag: 'de-DE', matches: true });
    expect(chooseLocale('fr')).toEqual({ tag: 'fr-FR', matches: true });
    expect(chooseLocale('ja')).toEqual({ tag: 'en-US', matches: false });
  });
});

describe('retrieveLocale', () => {
  it('answers any tag citeproc asks for with locale XML of the nearest language', () => {
    expect(retrieveLocale('nl-BE')).toMatch(/xml:lang="nl-NL"/u);
    expect(retrieveLocale('xx')).toMatch(/xml:lang="en-US"/u);
  });
});

describe('locatorTerms', () => {
  it('maps every written form to its CSL label, in the language and in English', () => {
    const german = locatorTerms('de-DE');
    expect(german.get('s.')).toBe('page');
    expect(german.get('p.')).toBe('page');
    expect(german.get('pp.')).toBe('page');
    expect(german.get('chap.')).toBe('chapter');
  });
});

describe('phrases', () => {
  it('heads the list of sources in the manuscript’s language, English for others', () => {
    expect(phrases('de-CH').sources).toBe('Quellen');
    expect(phrases('nl').abstract).toBe('Samenvatting');
    expect(phrases('ja').sources).toBe('Sources');
  });
});
