// The natural word space of justified text (lineBreaking.spaceWidth): wider
// than the font's space, drawn as word spacing, so that paint draws each line
// exactly as wide as the breaker measured it; ragged text and code keep the
// font's own space.
import { describe, expect, test } from 'vitest';
import { ARTICLE_PARAGRAPH as ARTICLE, serif } from '../../helpers/source-serif.ts';
import { breakParagraph } from '../../../src/pdf/layout/linebreak.ts';
import type { BreakOptions, LineBox, StyledRun } from '../../../src/pdf/layout/types.ts';

const SIZE = 10.5;
const SPACE = serif(' ', 'body', SIZE);
const WIDTHS = Array.from({ length: 30 }, (_, i) => 200 + i * 4);

function options(width: number, justify = true): BreakOptions {
  return {
    widths: [width],
    measure: serif,
    justify,
    lang: 'en-US',
    hyphenation: { leftMin: 2, rightMin: 3, maxConsecutive: 2 },
    microtype: { expansion: 0.02, expansionStep: 0.005, protrusion: false, tracking: 0 },
  };
}

const run = (text: string): StyledRun[] => [{ text, font: 'body', size: SIZE }];

/**
 * A line's width as paint draws it: each word's glyphs, scaled, and at each
 * space the font's space, scaled, plus the word spacing. Words are measured
 * one by one, as the layout measures them.
 */
function painted(line: LineBox): number {
  return line.fragments.reduce((sum, f) => {
    const words = f.text.split(' ');
    const glyphs = words.reduce((w, word) => w + serif(word, f.font, f.size), 0);
    return sum + (glyphs + (words.length - 1) * serif(' ', f.font, f.size)) * (f.hscale ?? 1) + (words.length - 1) * f.wordSpacing;
  }, 0);
}

const hyphenated = (lines: readonly LineBox[]): number => lines.filter((l) => l.hyphenated).length;

describe('the natural word space of justified text', () => {
  test('is drawn as word spacing: each line is painted exactly as wide as laid out', () => {
    let shortLastLines = 0;
    for (const width of WIDTHS) {
      const { lines } = breakParagraph(run(ARTICLE), options(width), { spaceWidth: 1.15, spaceShrink: 0.4 });
      for (const line of lines) {
        const laidOut = line.fragments.reduce((sum, f) => sum + f.width, 0);
        expect(painted(line)).toBeCloseTo(laidOut, 6);
      }
      // Justified lines fill the measure; the last keeps its natural, widened spaces.
      for (const line of lines.slice(0, -1)) expect(painted(line)).toBeCloseTo(width, 6);
      const lastLine = lines[lines.length - 1] as LineBox;
      const last = lastLine.fragments[0];
      if (last !== undefined && last.text.trim().includes(' ') && painted(lastLine) < width - 1) {
        expect(last.wordSpacing).toBeCloseTo(0.15 * SPACE * (last.hscale ?? 1), 9);
        shortLastLines += 1;
      }
    }
    expect(shortLastLines).toBeGreaterThan(10);
  });

  test('lets the breaker find lines without a hyphen more often', () => {
    const count = (spaceWidth: number): number =>
      WIDTHS.reduce((sum, width) => sum + hyphenated(breakParagraph(run(ARTICLE), options(width), { spaceWidth, spaceShrink: 0.4 }).lines), 0);
    expect(count(1.15)).toBeLessThan(count(1));
  });

  test('never closes a space below its shrink', () => {
    for (const width of WIDTHS) {
      const { lines } = breakParagraph(run(ARTICLE), options(width), { spaceWidth: 1.15, spaceShrink: 0.4 });
      for (const line of lines) {
        const f = line.fragments[0];
        if (f === undefined) continue;
        // A drawn space: the font's, scaled with the glyphs, plus the word spacing.
        expect(SPACE * (f.hscale ?? 1) + f.wordSpacing).toBeGreaterThanOrEqual(SPACE * 1.15 * 0.6 * 0.98 - 1e-9);
      }
    }
  });

  test('is the font’s own space in ragged text and inside code', () => {
    const { lines } = breakParagraph(run(ARTICLE), options(260, false), { spaceWidth: 1.15 });
    for (const line of lines) for (const f of line.fragments) expect(f.wordSpacing).toBe(0);
    const code: StyledRun[] = [
      { text: 'The tree for ', font: 'body', size: SIZE },
      { text: 'var a = 2;', font: 'mono', size: SIZE },
      { text: ' might start with a node.', font: 'body', size: SIZE },
    ];
    const { lines: mixed } = breakParagraph(code, options(400), { spaceWidth: 1.15 });
    const mono = mixed.flatMap((l) => l.fragments).filter((f) => f.font === 'mono');
    expect(mono.length).toBeGreaterThan(0);
    for (const f of mono) expect(f.wordSpacing).toBe(0);
  });
});
