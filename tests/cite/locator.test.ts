// The locator at the start of a suffix, read with the locale's terms.
import { describe, expect, it } from 'vitest';
import { locatorTerms } from '../../src/cite/locale.ts';
import { parseLocator } from '../../src/cite/locator.ts';

const english = locatorTerms('en-US');

describe('parseLocator', () => {
  it('reads a labelled locator and keeps what follows as the suffix', () => {
    expect(parseLocator(', p. 3', english)).toEqual({ locator: '3', label: 'page', suffix: '' });
    expect(parseLocator(', chap. 2, and passim', english)).toEqual({ locator: '2', label: 'chapter', suffix: ', and passim' });
    expect(parseLocator(', pp. 33-35, 38-39', english)).toEqual({ locator: '33-35, 38-39', label: 'page', suffix: '' });
    expect(parseLocator(', section 4', english)).toEqual({ locator: '4', label: 'section', suffix: '' });
    expect(parseLocator(', § 4', english)).toEqual({ locator: '4', label: 'section', suffix: '' });
    expect(parseLocator(', vol. iv', english)).toEqual({ locator: 'iv', label: 'volume', suffix: '' });
  });

  it('takes a bare number for a page, and braces verbatim', () => {
    expect(parseLocator(', 12', english)).toEqual({ locator: '12', label: 'page', suffix: '' });
    expect(parseLocator('p. {iv, A-3}', english)).toEqual({ locator: 'iv, A-3', label: 'page', suffix: '' });
  });

  it('leaves a suffix without a locator alone', () => {
    expect(parseLocator(', emphasis added', english)).toEqual({ suffix: ', emphasis added' });
    expect(parseLocator(', cf. the map', english)).toEqual({ suffix: ', cf. the map' });
    expect(parseLocator('', english)).toEqual({ suffix: '' });
  });

  it('reads the terms of the manuscript’s language', () => {
    expect(parseLocator(', chap. 2', locatorTerms('fr-FR'))).toEqual({ locator: '2', label: 'chapter', suffix: '' });
    expect(parseLocator(', Kap. 2', locatorTerms('de-DE'))).toEqual({ locator: '2', label: 'chapter', suffix: '' });
  });
});
