// Formulas in the line breaker: one box each, as wide as the formula, never
// split, kept with the punctuation typed after them.
import { describe, expect, test } from 'vitest';
import type { Formula } from '../../../src/document.ts';
import { breakParagraph } from '../../../src/pdf/layout/linebreak.ts';
import { FORMULA, withFormulas } from '../../../src/pdf/layout/linebreak-formulas.ts';
import type { BreakOptions, StyledRun } from '../../../src/pdf/layout/types.ts';

const formula = (width: number): Formula => ({ width, height: 0.7, depth: 0.2, shapes: [], mathml: '<math/>' });
const run = (text: string): StyledRun => ({ text, font: 'body', size: 10 });
const mathRun = (tex: string, width: number): StyledRun => ({ text: FORMULA, font: 'body', size: 10, noHyphenate: true, math: { tex, formula: formula(width) } });
/** Every character 5 points wide. */
const measure = (text: string): number => [...text].length * 5;
const options = (width: number): BreakOptions => ({
  widths: [width],
  measure,
  justify: false,
  lang: null,
  hyphenation: { leftMin: 2, rightMin: 3, maxConsecutive: 2 },
});

describe('withFormulas', () => {
  test('gives each formula a character of its own that measures as its width at the run’s size', () => {
    const { runs, measure: measured } = withFormulas([run('a '), mathRun('x', 1.5), run(' '), mathRun('y', 2)], measure);
    expect(runs[1]?.text).not.toBe(runs[3]?.text);
    expect(measured(runs[1]?.text ?? '', 'body', 10)).toBe(15);
    expect(measured(runs[3]?.text ?? '', 'body', 10)).toBe(20);
    expect(measured('ab', 'body', 10)).toBe(10);
  });

  test('runs without formulas pass unchanged', () => {
    const runs = [run('plain')];
    expect(withFormulas(runs, measure).runs).toBe(runs);
  });
});

describe('breaking lines with formulas', () => {
  test('a formula is one fragment of its width, carrying the formula', () => {
    const { lines } = breakParagraph([run('see '), mathRun('x^2', 3), run(' here')], options(500));
    const fragment = lines[0]?.fragments.find((f) => f.math !== undefined);
    expect(fragment?.math?.tex).toBe('x^2');
    expect(fragment?.width).toBeCloseTo(30 + 5, 6); // the formula and the space after it
    expect(fragment?.spaceAfter).toBe(5);
  });

  test('punctuation typed after a formula stays on its line, as after a word', () => {
    // "aaaa " is 25 points; the formula 20; "," 5: the line of 48 cannot hold the comma, so the formula moves down with it.
    const { lines } = breakParagraph([run('aaaa aaaa '), mathRun('x', 2), run(', bb')], options(48));
    const texts = lines.map((line) => line.fragments.map((f) => (f.math ? '⟨x⟩' : f.text)).join(''));
    expect(texts).toEqual(['aaaa aaaa', '⟨x⟩, bb']);
  });

  test('the words before a line count a formula as the words of its TeX', () => {
    const { lines } = breakParagraph([run('one two '), mathRun('a + b', 5), run(' three four')], options(60));
    expect(lines.map((line) => line.wordIndex)).toEqual([0, 2, 5].slice(0, lines.length));
  });
});
