// Line breaks where spaces do not mark words (Chinese, Japanese): between
// ideographs, but never before closing punctuation or small kana.
import { describe, expect, it } from 'vitest';
import { hasIdeographs, lineBreakOpportunities, NO_LINE_START } from '../../../src/pdf/layout/uax14.ts';

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

describe('hasIdeographs', () => {
  it('tells CJK text from Latin', () => {
    expect(hasIdeographs('The box 集装箱')).toBe(true);
    expect(hasIdeographs('かな')).toBe(true);
    expect(hasIdeographs('Plain Latin, ünïcödé')).toBe(false);
  });
});
