// Line breaks where spaces do not mark words (Chinese, Japanese): between
// ideographs, but never before closing punctuation or small kana.
import { describe, expect, it } from 'vitest';
import { lineBreakOpportunities, needsUnicodeBreaks, NO_LINE_START } from '../../../src/pdf/layout/uax14.ts';

describe('lineBreakOpportunities', () => {
  it('allows a break between any two ideographs', () => {
    expect(lineBreakOpportunities('集装箱改变')).toEqual([1, 2, 3, 4]);
  });

  it('never puts closing punctuation at the start of a line, nor leaves an opening one at the end', () => {
    const text = '世界（经济）。历史';
    const breaks = lineBreakOpportunities(text);
    for (const offset of breaks) {
      expect(text[offset], `break at ${offset}`).not.toMatch(NO_LINE_START);
      expect(text[offset - 1], `break at ${offset}`).not.toBe('（');
    }
    expect(breaks).toContain(2);
  });

  it('gives no offset at the very start or end', () => {
    const breaks = lineBreakOpportunities('中文');
    expect(breaks).toEqual([1]);
  });
});

describe('needsUnicodeBreaks', () => {
  it('tells CJK text, Hangul included, from Latin', () => {
    expect(needsUnicodeBreaks('The box 集装箱')).toBe(true);
    expect(needsUnicodeBreaks('かな')).toBe(true);
    expect(needsUnicodeBreaks('소유권')).toBe(true);
    expect(needsUnicodeBreaks('Plain Latin, ünïcödé')).toBe(false);
  });

  it('finds a break between Hangul syllables, none inside one written in jamo', () => {
    expect(lineBreakOpportunities('소유권')).toEqual([1, 2]);
    expect(lineBreakOpportunities('\u1112\u1161\u11AB\u1100\u1173\u11AF')).toEqual([3]);
  });
});
