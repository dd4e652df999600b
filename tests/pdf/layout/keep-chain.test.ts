// What a box's keeps bind it to: a heading and the lines kept with it must
// find room together, or the page breaks before the heading.
import { describe, expect, test } from 'vitest';
import { box, glue } from '../../../src/pdf/layout/flow.ts';
import type { FlowBox, FlowItem } from '../../../src/pdf/layout/flow.ts';
import { keepChain } from '../../../src/pdf/layout/keep-chain.ts';

const line = (extra: Partial<FlowBox> = {}): FlowBox => box({ height: 10, items: [], ...extra });
const kept = (extra: Partial<FlowBox> = {}): FlowBox => line({ keepWithNext: true, ...extra });
const noNotes = new Map<number, readonly FlowBox[]>();
const never = (): boolean => false;
const keeps = (b: FlowBox): boolean => b.keepWithNext;

describe('keepChain', () => {
  test('a box with no keep binds nothing', () => {
    expect(keepChain([line(), line()], 0, noNotes, never, 100, keeps)).toEqual({ end: 0, extra: 0 });
  });

  test('follows keeps through glue to the first box free to end a page, counting the glue', () => {
    // A heading kept with two lines: heading, 5 pt of space, line (kept), line.
    const flow: FlowItem[] = [kept(), glue(5), kept(), line(), line()];
    expect(keepChain(flow, 0, noNotes, never, 100, keeps)).toEqual({ end: 3, extra: 25 });
  });

  test('is null when the chain could never fit the room given', () => {
    const flow: FlowItem[] = [kept(), kept(), kept(), line()];
    expect(keepChain(flow, 0, noNotes, never, 29, keeps)).toBeNull();
    expect(keepChain(flow, 0, noNotes, never, 30, keeps)).toEqual({ end: 3, extra: 30 });
  });

  test('is null when a kept box cites a note not yet set, and not once that note is set', () => {
    const notes = new Map([[4, [line()]]]);
    const flow: FlowItem[] = [kept(), line({ noteRefs: [4] })];
    expect(keepChain(flow, 0, notes, never, 100, keeps)).toBeNull();
    expect(keepChain(flow, 0, notes, (n) => n === 4, 100, keeps)).toEqual({ end: 1, extra: 10 });
  });

  test('follows what the predicate keeps: a broken word binds only when the page keeps it', () => {
    const flow: FlowItem[] = [line({ brokenWord: true }), line()];
    expect(keepChain(flow, 0, noNotes, never, 100, keeps)).toEqual({ end: 0, extra: 0 });
    expect(keepChain(flow, 0, noNotes, never, 100, (b) => b.keepWithNext || b.brokenWord)).toEqual({ end: 1, extra: 10 });
  });

  test('stops at the end of the flow', () => {
    expect(keepChain([kept(), glue(5)], 0, noNotes, never, 100, keeps)).toEqual({ end: 0, extra: 0 });
  });
});
