// Formulas on the page model: an inline formula as wide as MathJax makes it at
// the text size, on the line's baseline; a display formula centred on a line
// of its own with the theme's space around it, the paragraph going on after
// it; one too wide for the measure scaled down to fit.
import { describe, expect, test } from 'vitest';
import type { PlacedLine } from '../../../../src/pdf/page-model.ts';
import { displaySegments } from '../../../../src/pdf/layout/blocks/display-math.ts';
import { prose } from '../../../helpers/build-doc.ts';
import { isLine, pagesOf, rightEdge, textOf, theme } from '../../../helpers/laid-out.ts';
import { mathDocument } from '../../../helpers/math.ts';

const allLines = (pages: ReturnType<typeof pagesOf>): PlacedLine[] => pages.flatMap((page) => page.items.filter(isLine));
const withMath = (lines: readonly PlacedLine[]): PlacedLine[] => lines.filter((line) => line.fragments.some((f) => f.math !== undefined));
/** The text block’s left edge and its measure, from the lines of a long justified paragraph (page items are in page space; punctuation may hang a little into the margin). */
const left = (lines: readonly PlacedLine[]): number => Math.min(...lines.map((line) => line.x));
const measureOf = (lines: readonly PlacedLine[]): number => Math.max(...lines.map(rightEdge)) - left(lines);
const LONG = `${prose(80)}\n\n`;

describe('inline formulas', () => {
  test('as wide as the formula at the text size (times the theme’s math scale), on the line’s baseline', async () => {
    const doc = await mathDocument('Energy is $E=mc^2$ here.');
    const [line] = withMath(allLines(pagesOf(doc)));
    const fragment = line?.fragments.find((f) => f.math !== undefined);
    const size = theme.body.size * theme.math.scale;
    expect(fragment?.size).toBeCloseTo(size, 6);
    const natural = (fragment?.math?.formula.width ?? 0) * size;
    expect(natural).toBeGreaterThan(3 * theme.body.size);
    expect(fragment!.width - (fragment!.spaceAfter ?? 0)).toBeCloseTo(natural, 6);
    expect(fragment?.math?.fit).toBeUndefined();
    // Drawn on the line's own baseline, between "is " and " here."
    expect(textOf(line!).replace(/[\u{f0000}-\u{ffffd}]/gu, '⟨⟩')).toBe('Energy is ⟨⟩ here.');
  });
});

describe('display formulas', () => {
  test('centred, with the theme’s space above, and the paragraph going on after it unindented', async () => {
    const doc = await mathDocument(`${LONG}Before the display $$\\sum_{i=1}^n i = \\frac{n(n+1)}{2}$$ and after it.`);
    const lines = allLines(pagesOf(doc));
    const measure = measureOf(lines);
    const [display] = withMath(lines);
    const fragment = display!.fragments[0]!;
    expect(display!.x - left(lines) + fragment.width / 2).toBeCloseTo(measure / 2, 0);
    const before = lines[lines.indexOf(display!) - 1]!;
    const after = lines[lines.indexOf(display!) + 1]!;
    expect(textOf(before)).toBe('Before the display');
    expect(textOf(after)).toBe('and after it.');
    expect(after.x).toBe(left(lines));
    const size = fragment.size;
    const { height, depth } = fragment.math!.formula;
    // Baseline: the line above's box, the space above, then the formula's height; below: its depth and the space after.
    expect(display!.baseline - before.baseline).toBeGreaterThan(theme.math.spaceBefore + height * size);
    expect(after.baseline - display!.baseline).toBeGreaterThan(depth * size + theme.math.spaceAfter);
  });

  test('a formula wider than the measure is scaled down to fit it', async () => {
    const long = Array.from({ length: 40 }, (_, i) => `a_{${i}}`).join(' + ');
    const doc = await mathDocument(`${LONG}$$${long}$$`);
    const lines = allLines(pagesOf(doc));
    const measure = measureOf(lines);
    const [display] = withMath(lines);
    const fragment = display!.fragments[0]!;
    expect(fragment.math?.fit).toBeLessThan(1);
    expect(fragment.width).toBeCloseTo(measure, 0); // within the margin protrusion of the justified lines
    expect(fragment.math!.formula.width * fragment.size * fragment.math!.fit!).toBeCloseTo(fragment.width, 6);
  });

  test('the line before a display formula keeps with it', async () => {
    const doc = await mathDocument('Lead-in words $$x$$ tail.');
    const segments = displaySegments(doc.blocks[0]?.type === 'paragraph' ? doc.blocks[0].children : []);
    expect(segments.map((s) => s.kind)).toEqual(['text', 'display', 'text']);
  });
});
