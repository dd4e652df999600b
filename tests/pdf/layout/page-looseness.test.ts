// Short pages filled by setting paragraphs a line longer: on synthetic flows of
// 10 pt lines, ten to a page, whose paragraphs cannot be split between pages.
import { describe, expect, test } from 'vitest';
import type { Looser, ParagraphRecord } from '../../../src/pdf/layout/context.ts';
import { box, glue } from '../../../src/pdf/layout/flow.ts';
import type { FlowBox, FlowItem } from '../../../src/pdf/layout/flow.ts';
import { fillShortPages } from '../../../src/pdf/layout/page-looseness.ts';
import { paginate } from '../../../src/pdf/layout/paginate.ts';
import type { PageFrame } from '../../../src/pdf/layout/paginate.ts';
import { stretchPages } from '../../../src/pdf/layout/page-stretch.ts';

const LINE = 10;
const stretch = { height: 100, line: LINE, gapStretch: 0, flush: false };
const paging = { height: 100, separator: 10, noteSpacing: 0, noteMinLines: 2, bodyReserve: 20, shortPage: 20, stretch, twoSided: false };
const options = { height: 100, line: LINE, short: 2 * LINE };

const record = (note: number | null = null): ParagraphRecord => ({ block: 0, note, ratios: [], hyphenatedLines: [], overfullLines: [], emergency: false, unbreakable: [] });
const headingLine = (): FlowBox => box({ height: LINE, items: [{ kind: 'line', x: 0, baseline: 8, fragments: [], role: 'H2', block: 0, tag: 'Layout' }], keepWithNext: true });

/**
 * Paragraphs of the given line counts, each kept whole on its page; a paragraph
 * in `looser` is a line longer when `stretchable` allows it with the hyphens it
 * may add, as a paragraph whose breaks allow one more line within the tolerance.
 */
function layoutOf(counts: readonly number[], stretchable: (p: number, moreHyphens: number) => boolean, headingBefore?: number) {
  const calls: number[][] = [];
  const hyphensAllowed: number[][] = [];
  const layout = (looser: Looser) => {
    calls.push([...looser.keys()].sort());
    hyphensAllowed.push([...looser].sort((a, b) => a[0] - b[0]).map(([, h]) => h));
    const flow: FlowItem[] = counts.flatMap((count, p) => {
      const more = looser.get(p);
      const lines = count + (more !== undefined && stretchable(p, more) ? 1 : 0);
      return [
        ...(p > 0 ? [glue(0)] : []),
        ...(p === headingBefore ? [headingLine()] : []),
        ...Array.from({ length: lines }, (_, line) => box({ height: LINE, items: [], keepWithNext: line < lines - 1, paragraphLine: { paragraph: p, line, lines } })),
      ];
    });
    const frames: PageFrame[] = stretchPages(paginate(flow, new Map(), paging), stretch);
    return { frames, paragraphs: counts.map(() => record()) };
  };
  return { layout, calls, hyphensAllowed };
}

const linesOn = (frame: PageFrame): number => frame.body.length;

describe('a page that stops more than two lines short', () => {
  // 3 + 3 lines, then a paragraph of six that needs a page of its own: 40 pt free.
  const counts = [3, 3, 6, 2];

  test('is filled by setting the paragraphs on it a line longer', () => {
    const { layout, calls } = layoutOf(counts, () => true);
    const { frames } = fillShortPages(layout, options);
    expect(linesOn(frames[0]!)).toBe(8);
    expect(calls).toEqual([[], [0, 1]]);
  });

  test('keeps the first layout when no paragraph can take a line more', () => {
    const { layout } = layoutOf(counts, () => false);
    const first = layout(new Map());
    const { frames } = fillShortPages(layout, options);
    expect(frames.map(linesOn)).toEqual(first.frames.map(linesOn));
    expect(linesOn(frames[0]!)).toBe(6);
  });

  test('lets one paragraph at a time take up to three more hyphens when none can without, as a last resort', () => {
    // Only the second paragraph can grow, and only with two more hyphens.
    const { layout, calls, hyphensAllowed } = layoutOf(counts, (p, more) => p === 1 && more >= 2);
    const { frames } = fillShortPages(layout, options);
    expect(calls).toEqual([[], [0, 1], [0], [1]]);
    expect(hyphensAllowed).toEqual([[], [0, 0], [3], [3]]);
    expect(linesOn(frames[0]!)).toBe(7);
  });

  test('takes the paragraphs with most lines on the page first, as many as its empty lines less one', () => {
    // 2 + 5 lines, then 4 that do not fit: 30 pt free, two paragraphs wanted; only the five-line one can grow.
    const { layout, calls } = layoutOf([2, 5, 4, 4], (p) => p === 1);
    const { frames } = fillShortPages(layout, options);
    expect(calls[1]).toEqual([0, 1]);
    expect(linesOn(frames[0]!)).toBe(8);
  });
});

describe('pages left as they are', () => {
  test('a page before one that opens with a heading', () => {
    const { layout, calls } = layoutOf([3, 3, 6, 2], () => true, 2);
    fillShortPages(layout, options);
    expect(calls).toEqual([[]]);
  });

  test('a page within two lines of its foot, and the last page', () => {
    // 4 + 4 lines, then 4 more: 20 pt free on the first page; the second is the last.
    const { layout, calls } = layoutOf([4, 4, 4], () => true);
    fillShortPages(layout, options);
    expect(calls).toEqual([[]]);
  });

  test('the paragraphs of notes are never set looser', () => {
    const calls: number[][] = [];
    const layout = (looser: Looser) => {
      calls.push([...looser.keys()]);
      const body = Array.from({ length: 3 }, (_, line) => box({ height: LINE, items: [], keepWithNext: line < 2, paragraphLine: { paragraph: 0, line, lines: 3 } }));
      // Eight lines that need a page of their own: the first page is 70 pt short, with only the note's lines on it.
      const rest = Array.from({ length: 8 }, (_, line) => box({ height: LINE, items: [], keepWithNext: line < 7, paragraphLine: { paragraph: 1, line, lines: 8 } }));
      const frames = stretchPages(paginate([...body, glue(0), ...rest], new Map(), paging), stretch);
      return { frames, paragraphs: [record(3), record()] };
    };
    const { frames } = fillShortPages(layout, options);
    expect(linesOn(frames[0]!)).toBe(3);
    expect(calls).toEqual([[]]);
  });
});
