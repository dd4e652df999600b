// A paragraph set as line boxes: which breaks after a line would leave an
// orphan or a widow (or end a page on a hyphen), where each line's first word
// is for the EPUB page list, the citation anchor on the first line that
// cites each note, and the paragraph's own anchors on its first line.
import { describe, expect, test } from 'vitest';
import type { Formula, Inline } from '../../../src/document.ts';
import { loadFonts } from '../../../src/fonts.ts';
import { layoutContext } from '../../../src/pdf/layout/index.ts';
import { flattenInlines } from '../../../src/pdf/layout/inline.ts';
import { formulaOverhang, setParagraph } from '../../../src/pdf/layout/lines.ts';
import type { Fragment } from '../../../src/pdf/layout/types.ts';
import type { SetOptions } from '../../../src/pdf/layout/lines.ts';
import { words } from '../../../src/text.ts';
import { loadTheme } from '../../../src/theme/load.ts';
import { prose } from '../../helpers/build-doc.ts';

const theme = loadTheme();
const fonts = loadFonts(theme);
const options: SetOptions = { align: 'justify', firstIndent: 0, size: 10, leading: 13, role: 'P', tag: 'Layout', hyphenate: false, keepTogether: false };
const set = (inlines: readonly Inline[], extra: Partial<SetOptions> = {}, block = 4, wordBase = 0) => {
  const ctx = { ...layoutContext(theme, fonts, 'en'), block, wordBase };
  return { boxes: setParagraph(flattenInlines(inlines, { family: 'body', italic: false, bold: false, size: 10 }, theme), ctx, { ...options, ...extra }), ctx };
};

describe('setParagraph', () => {
  const text = prose(120);
  const { boxes, ctx } = set([{ type: 'text', value: text }]);
  const { orphans, widows } = theme.pagination;

  test('forbids a break that would leave fewer than the theme’s orphans or widows, and none after the last line', () => {
    expect(boxes.length).toBeGreaterThan(orphans + widows + 1);
    const kept = boxes.map((b) => b.keepWithNext);
    const n = boxes.length;
    kept.forEach((keep, i) => {
      const mustKeep = i < n - 1 && (i < orphans - 1 || i > n - 1 - widows);
      if (mustKeep) expect(keep, `line ${i + 1} of ${n}`).toBe(true);
    });
    expect(kept.slice(orphans - 1, n - widows).some((keep) => !keep)).toBe(true);
    expect(kept.at(-1)).toBe(false);
  });

  test('each line starts at the word of the block that words() counts there, after the words before it', () => {
    const all = words(text);
    for (const b of boxes) {
      const first = b.items[0]?.kind === 'line' ? b.items[0].fragments.map((f) => f.text).join('').trim().split(/\s+/u)[0] : undefined;
      expect(b.start?.block).toBe(4);
      expect(all[b.start?.word ?? -1]).toBe(first);
    }
    const shifted = set([{ type: 'text', value: text }], {}, 4, 50).boxes;
    expect(shifted.map((b) => b.start?.word)).toEqual(boxes.map((b) => (b.start?.word ?? 0) + 50));
  });

  test('records the paragraph in the layout report, its lines numbered', () => {
    expect(ctx.state.paragraphs).toHaveLength(1);
    expect(ctx.state.paragraphs[0]?.ratios).toHaveLength(boxes.length);
    expect(boxes.map((b) => b.paragraphLine?.line)).toEqual(boxes.map((_, i) => i));
  });

  test('a heading’s lines are kept together and carry its destination on the first', () => {
    const heading = set([{ type: 'text', value: prose(30) }], { keepTogether: true, destination: 'harbours' }).boxes;
    expect(heading.map((b) => b.keepWithNext)).toEqual(heading.map(() => true));
    expect(heading[0]?.destinations).toMatchObject([{ name: 'harbours' }]);
    expect(heading.slice(1).every((b) => b.destinations.length === 0)).toBe(true);
  });

  test('an HTML anchor names the first line, after the heading’s own id, and sets no text', () => {
    const plain = set([{ type: 'text', value: prose(30) }], { destination: 'harbours' }).boxes;
    const anchored = set([{ type: 'anchor', id: 'ports' }, { type: 'text', value: prose(30) }, { type: 'anchor', id: 'docks' }], { destination: 'harbours' }).boxes;
    expect(anchored[0]?.destinations.map((d) => d.name)).toEqual(['harbours', 'ports', 'docks']);
    expect(anchored.map((b) => b.items)).toEqual(plain.map((b) => b.items));
  });

  test('a paragraph of anchors alone is an empty box holding their place, kept with what follows', () => {
    const [only, ...rest] = set([{ type: 'anchor', id: 'top' }]).boxes;
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ height: 0, items: [], keepWithNext: true, destinations: [{ name: 'top' }] });
  });

  test('the line citing a note carries the reference and, the first time, the citation anchor', () => {
    const citing: Inline[] = [{ type: 'text', value: 'A claim' }, { type: 'noteRef', number: 3, occurrence: 1 }, { type: 'text', value: ' and more.' }];
    const { boxes: first, ctx: context } = set(citing);
    expect(first[0]?.noteRefs).toEqual([3]);
    expect(first[0]?.destinations).toMatchObject([{ name: 'ref-3' }]);
    expect(context.state.refsSeen.has(3)).toBe(true);
  });
});

describe('formulaOverhang', () => {
  const formula = (height: number, depth: number): Formula => ({ width: 1, height, depth, shapes: [], mathml: '<math/>' });
  const fragment = (height: number, depth: number, fit?: number): Fragment => ({
    text: '\uFFFC',
    font: 'body',
    size: 10,
    x: 0,
    width: 10,
    wordSpacing: 0,
    math: { tex: 'x', formula: formula(height, depth), ...(fit !== undefined ? { fit } : {}) },
  });

  test('a formula within the line box opens nothing', () => {
    expect(formulaOverhang([fragment(0.8, 0.2)], 10, 14)).toEqual({ above: 0, below: 0 });
  });

  test('a tall one opens the line by what reaches past its box, above and below', () => {
    const { above, below } = formulaOverhang([fragment(1.4, 0.7)], 10, 14);
    expect(above).toBeCloseTo(4, 6);
    expect(below).toBeCloseTo(3, 6);
  });

  test('a formula scaled down to fit is measured at its scale', () => {
    expect(formulaOverhang([fragment(1.4, 0.7, 0.5)], 10, 14)).toEqual({ above: 0, below: 0 });
  });

  test('a paragraph line holding a tall formula is taller than its leading, its baseline lower', async () => {
    const { mathDocument } = await import('../../helpers/math.ts');
    const doc = await mathDocument('Tall $\\displaystyle\\sum_{i=1}^{n}\\frac{a_i}{b_i}$ here.');
    const block = doc.blocks[0];
    const { boxes } = set(block?.type === 'paragraph' ? block.children : []);
    const [box] = boxes;
    const baseline = (item: unknown): number => (item as { baseline: number }).baseline;
    const plain = set([{ type: 'text', value: 'Tall here.' }]).boxes[0];
    expect(box?.height).toBeGreaterThan(options.leading);
    expect(baseline(box?.items[0])).toBeGreaterThan(baseline(plain?.items[0]));
  });
});

describe('a paragraph pagination asks to set a line longer', () => {
  const setLooser = (value: string, width: number, hyphenate: boolean, moreHyphens = 0) => {
    const runs = flattenInlines([{ type: 'text', value }], { family: 'body', italic: false, bold: false, size: 10 }, theme);
    // Each its own context: the paragraph is the first of its layout in both.
    const normal = setParagraph(runs, { ...layoutContext(theme, fonts, 'en-US'), width }, { ...options, hyphenate });
    const looser = setParagraph(runs, { ...layoutContext(theme, fonts, 'en-US'), width, looser: new Map([[0, moreHyphens]]) }, { ...options, hyphenate });
    const hyphens = (boxes: typeof normal) => boxes.filter((b) => b.brokenWord).length;
    return { normal: normal.length, looser: looser.length, added: hyphens(looser) - hyphens(normal) };
  };
  const widths = Array.from({ length: 30 }, (_, i) => 220 + i * 3);

  test('takes one line more where its spaces allow it, never with more words broken at a hyphen', () => {
    const results = widths.map((width) => setLooser(prose(80), width, true));
    for (const r of results) {
      expect([r.normal, r.normal + 1]).toContain(r.looser);
      if (r.looser > r.normal) expect(r.added).toBeLessThanOrEqual(0);
    }
    expect(results.some((r) => r.looser === r.normal + 1)).toBe(true);
  });

  test('with more hyphens allowed, takes a line more at more widths, adding no more hyphens than allowed', () => {
    const strict = widths.map((width) => setLooser(prose(80), width, true));
    const lenient = widths.map((width) => setLooser(prose(80), width, true, 3));
    for (const r of lenient) {
      expect([r.normal, r.normal + 1]).toContain(r.looser);
      if (r.looser > r.normal) expect(r.added).toBeLessThanOrEqual(3);
    }
    const longer = (rs: typeof strict) => rs.filter((r) => r.looser > r.normal).length;
    expect(longer(lenient)).toBeGreaterThan(longer(strict));
  });

  test('other paragraphs are set as before', () => {
    const runs = flattenInlines([{ type: 'text', value: prose(80) }], { family: 'body', italic: false, bold: false, size: 10 }, theme);
    const base = layoutContext(theme, fonts, 'en-US');
    const plain = setParagraph(runs, base, options).length;
    expect(setParagraph(runs, { ...layoutContext(theme, fonts, 'en-US'), looser: new Map([[1, 0]]) }, options).length).toBe(plain);
  });
});
