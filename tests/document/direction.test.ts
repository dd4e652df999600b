// Which way text runs: an Arabic or Hebrew paragraph is set from the right, a
// Latin one from the left, and a right-to-left manuscript sets them all so.
import { describe, expect, it } from 'vitest';
import { documentDirection, paragraphDirection } from '../../src/document/direction.ts';

describe('documentDirection', () => {
  it('takes dir: from the front matter first', () => {
    expect(documentDirection('ltr', 'ar')).toBe('ltr');
    expect(documentDirection('rtl', 'en')).toBe('rtl');
  });

  it('takes a right-to-left language, with or without a region', () => {
    expect(documentDirection(undefined, 'he')).toBe('rtl');
    expect(documentDirection(undefined, 'fa-IR')).toBe('rtl');
    expect(documentDirection(undefined, 'AR')).toBe('rtl');
  });

  it('leaves the direction to each paragraph otherwise', () => {
    expect(documentDirection(undefined, 'en-GB')).toBeUndefined();
    expect(documentDirection(undefined, 'ja')).toBeUndefined();
  });
});

describe('paragraphDirection', () => {
  it('follows the first strong letter, as dir="auto" does', () => {
    expect(paragraphDirection('مرحبا with an English word', undefined)).toBe('rtl');
    expect(paragraphDirection('An English line with שלום inside', undefined)).toBe('ltr');
    expect(paragraphDirection('1999: שלום', undefined)).toBe('rtl');
    expect(paragraphDirection('', undefined)).toBe('ltr');
  });

  it('is the document’s when the document has one', () => {
    expect(paragraphDirection('An English quotation', 'rtl')).toBe('rtl');
  });
});
