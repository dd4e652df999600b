// One page filled from the flow (collect, compose, distribute): notes carried
// from the previous page come first, leave room for text, and hold back new
// notes until they are finished.
import { describe, expect, test } from 'vitest';
import { box } from '../../../src/pdf/layout/flow.ts';
import type { FlowBox } from '../../../src/pdf/layout/flow.ts';
import { fillPage } from '../../../src/pdf/layout/page-fill.ts';
import { NO_LEAVE } from '../../../src/pdf/layout/page-state.ts';
import type { NotePart, PageFrame } from '../../../src/pdf/layout/paginate.ts';

const LINE = 10;
const options = { height: 100, separator: 10, noteSpacing: 0, noteMinLines: 2, bodyReserve: 20, shortPage: 20, stretch: { height: 100, line: 10, gapStretch: 0, flush: false }, twoSided: false };
const line = (id: number, extra: Partial<FlowBox> = {}): FlowBox => box({ height: LINE, items: [], start: { block: 0, word: id }, ...extra });
const lines = (from: number, count: number): FlowBox[] => Array.from({ length: count }, (_, i) => line(from + i));
const noteOf = (count: number): FlowBox[] => Array.from({ length: count }, () => box({ height: LINE, items: [] }));
const ids = (frame: PageFrame): number[] => frame.body.map((p) => p.box.start?.word ?? -1);
const carried = (note: number, count: number): NotePart => ({ note, boxes: noteOf(count), continued: false, split: true });

describe('fillPage', () => {
  test('without notes, fills the page and says where the next resumes', () => {
    const { page, carry } = fillPage(lines(0, 15), 0, [], new Map(), new Set(), options, NO_LEAVE);
    expect(ids(page)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(page.next).toBe(10);
    expect(page.notesHeight).toBe(0);
    expect(carry).toEqual([]);
  });

  test('starts with the rest of a note from the previous page, marked as continued', () => {
    const { page, carry } = fillPage(lines(0, 15), 0, [carried(1, 3)], new Map(), new Set([1]), options, NO_LEAVE);
    expect(page.notes).toMatchObject([{ note: 1, continued: true, split: false }]);
    expect(page.notes[0]?.boxes).toHaveLength(3);
    // 3 note lines and the separator leave 60 pt of text.
    expect(ids(page)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(carry).toEqual([]);
  });

  test('a carried note too long for the page leaves the body its reserve and goes on again', () => {
    const { page, carry } = fillPage(lines(0, 15), 0, [carried(1, 15)], new Map(), new Set([1]), options, NO_LEAVE);
    expect(page.notes[0]?.boxes).toHaveLength(7);
    expect(page.notes[0]?.split).toBe(true);
    expect(ids(page)).toEqual([0, 1]);
    expect(carry.map((part) => part.boxes.length)).toEqual([8]);
  });

  test('while a note is still carried on, a line citing a new note waits for the next page', () => {
    const flow = [line(0), line(1, { noteRefs: [2] }), line(2)];
    const notes = new Map([[2, noteOf(1)]]);
    const { page } = fillPage(flow, 0, [carried(1, 15)], notes, new Set([1]), options, NO_LEAVE);
    expect(ids(page)).toEqual([0]);
    expect(page.next).toBe(1);
  });

  test('with nothing left of the flow, a carried note takes the whole page', () => {
    const { page, carry } = fillPage([], 0, [carried(1, 12)], new Map(), new Set([1]), options, NO_LEAVE);
    expect(page.notes[0]?.boxes).toHaveLength(9);
    expect(carry.map((part) => part.boxes.length)).toEqual([3]);
  });
});
