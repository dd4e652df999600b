// The measures pagination's phases share: how many lines of a note fit, where
// a note may split (never leaving a lone line on either page), and which notes
// a line brings with it.
import { describe, expect, test } from 'vitest';
import { box } from '../../../src/pdf/layout/flow.ts';
import type { FlowBox } from '../../../src/pdf/layout/flow.ts';
import { citedNotes, fitting, heightOf, splitPoint } from '../../../src/pdf/layout/page-state.ts';

const lines = (count: number, extra: Partial<FlowBox> = {}): FlowBox[] =>
  Array.from({ length: count }, () => box({ height: 10, items: [], ...extra }));

describe('fitting and heightOf', () => {
  test('counts the boxes that fit from the first, with rounding slack', () => {
    expect(heightOf(lines(3))).toBe(30);
    expect(fitting(lines(3), 25)).toBe(2);
    expect(fitting(lines(3), 29.995)).toBe(3);
    expect(fitting(lines(3), 0)).toBe(0);
  });
});

describe('splitPoint', () => {
  test('keeps as many lines as fit while leaving at least `min` for the next page', () => {
    expect(splitPoint(6, 3, 2)).toBe(3);
    expect(splitPoint(6, 5, 2)).toBe(4);
  });

  test('does not split when fewer than `min` lines would stay', () => {
    expect(splitPoint(6, 1, 2)).toBe(0);
    // Three lines cannot be split two and one.
    expect(splitPoint(3, 2, 2)).toBe(0);
  });

  test('with no minimum still keeps at least one line', () => {
    expect(splitPoint(4, 0, 0)).toBe(0);
    expect(splitPoint(4, 2, 0)).toBe(2);
  });
});

describe('citedNotes', () => {
  const notes = new Map<number, readonly FlowBox[]>([
    [1, lines(1, { noteRefs: [3] })],
    [2, lines(1)],
    [3, lines(1)],
  ]);

  test('each cited note is followed by the notes its own text cites, in citation order', () => {
    expect(citedNotes([1, 2], notes, () => false)).toEqual([1, 3, 2]);
    expect(citedNotes([2, 1], notes, () => false)).toEqual([2, 1, 3]);
  });

  test('skips notes already set, unknown notes and repeats', () => {
    expect(citedNotes([1, 1, 9], notes, (n) => n === 3)).toEqual([1]);
    expect(citedNotes([1, 2], notes, (n) => n === 1)).toEqual([2]);
  });
});
