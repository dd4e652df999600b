// What a justified line's glyphs may give before its spaces: each box's room
// from font expansion and letter spacing, and which text may be letter-spaced.
import { describe, expect, test } from 'vitest';
import { spaceable, trackingFor, withFlex, wordSpaceFor } from '../../../src/pdf/layout/linebreak-flex.ts';
import type { Item } from '../../../src/pdf/layout/linebreak-items.ts';
import type { Microtype, StyledRun } from '../../../src/pdf/layout/types.ts';

const body = (text: string): StyledRun => ({ text, font: 'body', size: 10 });
const MICRO: Microtype = { expansion: 0.02, expansionStep: 0.005, protrusion: true, tracking: 0.008 };
// One glyph per character: the counts below are the texts' lengths.
const glyphs = (text: string): number => [...text].length;
const box = (text: string, width: number, run = 0): Item => ({ kind: 'box', width, run, text, wordsBefore: 0 });

describe('which text is letter-spaced', () => {
  test('Latin, Greek and Cyrillic body text, with its figures and punctuation', () => {
    expect(spaceable('Kursk, “elite” 1,000 — Κούρσκ Курск', body(''))).toBe(true);
  });

  test('not code, Arabic, combining marks or ideographs', () => {
    expect(spaceable('const x = 1;', { text: '', font: 'mono', size: 9 })).toBe(false);
    expect(spaceable('مرحبا', body(''))).toBe(false);
    expect(spaceable('e\u0301', body(''))).toBe(false);
    expect(spaceable('北朝鮮の兵士', body(''))).toBe(false);
  });

  test('no paragraph with right-to-left text, and none without a glyph count or with tracking 0', () => {
    expect(trackingFor([body('Kursk')], MICRO, glyphs)).toBe(0.008);
    expect(trackingFor([body('Kursk '), body('שלום')], MICRO, glyphs)).toBe(0);
    expect(trackingFor([body('Kursk')], MICRO, undefined)).toBe(0);
    expect(trackingFor([body('Kursk')], { ...MICRO, tracking: 0 }, glyphs)).toBe(0);
  });
});

describe('each box’s room', () => {
  test('is its width times the expansion plus its glyphs times the letter spacing, in points of its size', () => {
    const runs = [body('Kursk'), { text: 'x=1', font: 'mono', size: 9 } as StyledRun];
    const items: Item[] = [box('Kursk', 30), { kind: 'glue', width: 2.5, stretch: 1.2, shrink: 0.8, endStretch: 0, run: 0, text: ' ', fontStretch: 1.2, fontShrink: 0.8, widened: 0 }, box('x=1', 16, 1)];
    const [word, space, code] = withFlex(items, runs, 0.02, 0.008, glyphs);
    expect(word?.kind === 'box' && word.flex).toBeCloseTo(30 * 0.02 + 5 * 0.008 * 10, 9);
    expect(space).toBe(items[1]);
    // Code is expanded with the line but keeps its letter spacing.
    expect(code?.kind === 'box' && code.flex).toBeCloseTo(16 * 0.02, 9);
  });

  test('is absent when neither expansion nor letter spacing is on', () => {
    const [word] = withFlex([box('Kursk', 30)], [body('Kursk')], 0, 0, glyphs);
    expect(word?.kind === 'box' && word.flex).toBeUndefined();
  });
});

describe('which paragraphs take the theme’s word space', () => {
  test('Latin, Greek and Cyrillic text, with code, figures, punctuation and combining accents', () => {
    const mono: StyledRun = { text: 'var a = 2;', font: 'mono', size: 9 };
    expect(wordSpaceFor([body('The tree for '), mono, body(' starts — Κούρσκ, Курск, cafe\u0301 “1,000”.')], 1.2)).toBe(1.2);
    // A formula's run holds a private-use placeholder (linebreak-formulas.ts): it changes nothing.
    const formula = { ...body('\u{F0001}'), math: { tex: 'x^2', formula: {} } } as StyledRun;
    expect(wordSpaceFor([body('The square '), formula, body(' grows.')], 1.2)).toBe(1.2);
  });

  test('not Korean, Chinese or Arabic text, nor a Latin paragraph quoting them: their fonts’ own spaces', () => {
    expect(wordSpaceFor([body('러스트는 안전하고 빠른 프로그래밍 언어입니다.')], 1.2)).toBe(1);
    expect(wordSpaceFor([body('The word 러스트 means Rust.')], 1.2)).toBe(1);
    expect(wordSpaceFor([body('如果使用let，声明的变量')], 1.2)).toBe(1);
    expect(wordSpaceFor([body('هذه فقرة قصيرة')], 1.2)).toBe(1);
  });
});
