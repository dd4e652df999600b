// Pandoc's list numbering: how a marker's text is read (to open a list or to
// continue one) and how a number is written back in a style and delimiter.
import { describe, expect, it } from 'vitest';
import { continuingNumber, formatMarker, formatNumber, needsTwoSpaces, openingNumber, romanValue } from '../../src/document/list-markers.ts';

describe('reading markers', () => {
  it('opens a list as Pandoc does: i and I are roman one, another single letter a letter, several letters a roman numeral', () => {
    expect(['7', '#', 'i', 'I', 'c', 'v', 'x', 'C', 'iv', 'XII', 'mcmxc'].map((t) => openingNumber(t))).toEqual([
      { style: 'decimal', value: 7 },
      { style: 'decimal', value: 1 },
      { style: 'lower-roman', value: 1 },
      { style: 'upper-roman', value: 1 },
      { style: 'lower-alpha', value: 3 },
      { style: 'lower-alpha', value: 22 },
      { style: 'lower-alpha', value: 24 },
      { style: 'upper-alpha', value: 3 },
      { style: 'lower-roman', value: 4 },
      { style: 'upper-roman', value: 12 },
      { style: 'lower-roman', value: 1990 },
    ]);
  });

  it('reads nothing that is no marker: mixed case, letters and digits, a malformed numeral, ten digits', () => {
    expect(['Ab', 'a1', 'iiii', 'ab', '1234567890', ''].map((t) => openingNumber(t))).toEqual([null, null, null, null, null, null]);
  });

  it('continues a list in its own style: v is five in a roman list, i is nine in a letter list, # continues any', () => {
    expect(continuingNumber('v', 'lower-roman')).toEqual({ style: 'lower-roman', value: 5 });
    expect(continuingNumber('i', 'lower-alpha')).toEqual({ style: 'lower-alpha', value: 9 });
    expect(continuingNumber('#', 'upper-alpha')).toEqual({ style: 'upper-alpha', value: 0 });
    expect([continuingNumber('ii', 'lower-alpha'), continuingNumber('B', 'lower-alpha'), continuingNumber('b', 'decimal')]).toEqual([null, null, null]);
  });

  it('asks two spaces of a capital letter or one-letter capital numeral with a period, as Pandoc does ("B. Russell")', () => {
    expect(needsTwoSpaces({ style: 'upper-alpha', value: 2 }, 'period')).toBe(true);
    expect(needsTwoSpaces({ style: 'upper-roman', value: 5 }, 'period')).toBe(true);
    expect(needsTwoSpaces({ style: 'upper-roman', value: 2 }, 'period')).toBe(false);
    expect(needsTwoSpaces({ style: 'upper-alpha', value: 2 }, 'paren')).toBe(false);
    expect(needsTwoSpaces({ style: 'lower-alpha', value: 2 }, 'period')).toBe(false);
  });

  it('values roman numerals by subtraction', () => {
    expect(['iv', 'ix', 'xl', 'mcmxcix', 'MMXXVI'].map(romanValue)).toEqual([4, 9, 40, 1999, 2026]);
    expect(romanValue('vv')).toBeNull();
  });
});

describe('writing markers', () => {
  it('writes each style and delimiter', () => {
    expect([formatMarker(3, 'lower-alpha', 'period'), formatMarker(4, 'upper-roman', 'paren'), formatMarker(2, 'decimal', 'parens'), formatMarker(14, 'lower-roman', 'parens')]).toEqual([
      'c.',
      'IV)',
      '(2)',
      '(xiv)',
    ]);
  });

  it('goes on past z as CSS counts (aa, ab), and falls back to digits where a style has no numeral', () => {
    expect([formatNumber(26, 'lower-alpha'), formatNumber(27, 'lower-alpha'), formatNumber(28, 'upper-alpha')]).toEqual(['z', 'aa', 'AB']);
    expect([formatNumber(0, 'lower-roman'), formatNumber(4000, 'upper-roman'), formatNumber(0, 'lower-alpha')]).toEqual(['0', '4000', '0']);
  });
});
