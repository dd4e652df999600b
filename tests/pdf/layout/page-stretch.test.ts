// Filling short pages: on synthetic frames of 10 pt lines, the free space at a
// page's foot is shared out among the gaps between its blocks.
import { describe, expect, test } from 'vitest';
import { box, glue } from '../../../src/pdf/layout/flow.ts';
import type { FlowBox, FlowItem } from '../../../src/pdf/layout/flow.ts';
import { paginate } from '../../../src/pdf/layout/paginate.ts';
import type { PageFrame } from '../../../src/pdf/layout/paginate.ts';
import { stretchPage, stretchPages } from '../../../src/pdf/layout/page-stretch.ts';

const LINE = 10;
const paging = { height: 100, separator: 10, noteSpacing: 0, noteMinLines: 2, bodyReserve: 20, shortPage: 20, stretch: { height: 100, line: 10, gapStretch: 0, flush: false }, twoSided: false };
const stretch = { height: 100, line: LINE, gapStretch: 3, flush: false };

const line = (extra: Partial<FlowBox> = {}): FlowBox => box({ height: LINE, items: [], ...extra });
/** Paragraphs of the given line counts, glue `gap` between them; the last two lines of each kept together. */
function paragraphs(counts: readonly number[], gap = 0): FlowItem[] {
  return counts.flatMap((count, p) => [
    ...(p > 0 ? [glue(gap)] : []),
    ...Array.from({ length: count }, (_, i) => line({ keepWithNext: i === count - 2 || i === 0 })),
  ]);
}
const heading = line({ items: [{ kind: 'line', x: 0, baseline: 8, fragments: [], role: 'H2', block: 0, tag: 'Layout' }], keepWithNext: true });

/** Where the page's text stops. */
const bottom = (frame: PageFrame): number => {
  const last = frame.body.at(-1)!;
  return last.y + last.box.height;
};

describe('a page that would stop short', () => {
  // 3 + 3 + 2 lines fill 8 of 10; the next paragraph of three (two kept with
  // its last) does not fit: the page stops 20 pt short.
  const flow = paragraphs([3, 3, 2, 3, 4]);

  test('is short as paginated, and filled to within a line once stretched (one-sided)', () => {
    const [first] = paginate(flow, new Map(), paging);
    expect(bottom(first!)).toBe(80);
    const filled = stretchPage(first!, stretch);
    expect(bottom(filled)).toBeCloseTo(90, 5);
    // Only the gaps grew: the lines of each paragraph stay 10 pt apart.
    expect(filled.body.map((p) => p.y)).toEqual([0, 10, 20, 35, 45, 55, 70, 80]);
  });

  test('is filled flush to its foot when the theme is two-sided', () => {
    const [first] = paginate(flow, new Map(), paging);
    const filled = stretchPage(first!, { ...stretch, flush: true });
    expect(bottom(filled)).toBeCloseTo(100, 5);
    expect(filled.body.map((p) => p.y)).toEqual([0, 10, 20, 40, 50, 60, 80, 90]);
  });

  test('shares the space by each gap’s stretch: a larger gap grows more', () => {
    // 18 pt free; gaps of 0 and 12 pt stretch 3 and 3 + 12/4 = 6: they take 6 and 12.
    const frame: PageFrame = {
      body: [
        { box: line(), y: 0, repeated: false, gap: null },
        { box: line(), y: 10, repeated: false, gap: 0 },
        { box: line(), y: 32, repeated: false, gap: 12 },
      ],
      notes: [],
      notesHeight: 40,
      forced: false,
      next: 3,
    };
    const filled = stretchPage(frame, { ...stretch, flush: true });
    expect(filled.body.map((p) => p.y)).toEqual([0, 16, 50]);
    expect(bottom(filled) + frame.notesHeight).toBeCloseTo(100, 5);
  });

  test('two-sided, the space above the notes rule takes its share, a line at most, and the gaps the rest', () => {
    const frame: PageFrame = {
      body: [
        { box: line(), y: 0, repeated: false, gap: null },
        { box: line(), y: 10, repeated: false, gap: 0 },
        { box: line(), y: 20, repeated: false, gap: 0 },
      ],
      notes: [{ note: 1, boxes: [line(), line(), line()], continued: false, split: false }],
      notesHeight: 40,
      forced: false,
      next: 3,
    };
    // 30 pt free: the rule would take 30 × 10 / (6 + 10) = 18.75, but stops at a line (10).
    const filled = stretchPage(frame, { ...stretch, flush: true });
    expect(filled.body.map((p) => p.y)).toEqual([0, 20, 40]);
    expect(100 - 40 - bottom(filled)).toBeCloseTo(LINE, 5);
  });

  test('opens no hole in the text: a gap grows by at most four times its stretch', () => {
    const frame: PageFrame = {
      body: [
        { box: line(), y: 0, repeated: false, gap: null },
        { box: line(), y: 10, repeated: false, gap: 0 },
      ],
      notes: [],
      notesHeight: 0,
      forced: false,
      next: 2,
    };
    expect(stretchPage(frame, { ...stretch, flush: true }).body[1]?.y).toBe(22);
  });

  test('is left as it is before a page that opens with a heading, and on the last page', () => {
    const withHeading: FlowItem[] = [...paragraphs([3, 3, 2]), glue(12), heading, ...paragraphs([4])];
    const frames = paginate(withHeading, new Map(), paging);
    expect(frames).toHaveLength(2);
    const stretched = stretchPages(frames, { ...stretch, flush: true });
    expect(stretched[0]).toBe(frames[0]);
    expect(stretched[1]).toBe(frames[1]);
  });

  test('with notes, the text comes down to them and the notes stay at the foot', () => {
    // Lines citing a note: the page holds its note (2 lines) and stops short.
    const cited = paragraphs([3, 2, 3, 4]).map((item, i) => (i === 1 && item.kind === 'box' ? { ...item, noteRefs: [1] } : item));
    const notes = new Map([[1, [line(), line()]]]);
    const [first] = paginate(cited, notes, paging);
    expect(first?.notesHeight).toBe(30);
    const free = 100 - 30 - bottom(first!);
    expect(free).toBe(2 * LINE);
    const filled = stretchPage(first!, stretch);
    expect(100 - 30 - bottom(filled)).toBeLessThanOrEqual(LINE + 1e-6);
    expect(filled.notes).toBe(first!.notes);
    expect(filled.notesHeight).toBe(30);
  });
});
