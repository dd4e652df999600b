// Pagination on synthetic boxes: every height is a whole number of 10 pt
// lines, so each expectation can be worked out by hand.
import { describe, expect, test } from 'vitest';
import { box, glue } from '../../../src/pdf/layout/flow.ts';
import type { FlowBox, FlowItem } from '../../../src/pdf/layout/flow.ts';
import { paginate } from '../../../src/pdf/layout/paginate.ts';
import type { PageFrame } from '../../../src/pdf/layout/paginate.ts';

const LINE = 10;
const options = { height: 100, separator: 10, noteSpacing: 0, noteMinLines: 2, bodyReserve: 20, shortPage: 20, stretch: { height: 100, line: 10, gapStretch: 0, flush: false }, twoSided: false };

/** A body line; `id` is kept in `start.word` so tests can tell lines apart. */
const line = (id: number, extra: Partial<FlowBox> = {}): FlowBox =>
  box({ height: LINE, items: [], start: { block: 0, word: id }, ...extra });
const lines = (from: number, count: number): FlowBox[] => Array.from({ length: count }, (_, i) => line(from + i));
const noteOf = (lineCount: number): FlowBox[] => Array.from({ length: lineCount }, () => box({ height: LINE, items: [] }));

const ids = (frame: PageFrame): number[] => frame.body.filter((p) => !p.repeated).map((p) => p.box.start?.word ?? -1);
const noteLines = (frame: PageFrame, note: number): number =>
  frame.notes.filter((p) => p.note === note).reduce((n, p) => n + p.boxes.length, 0);

describe('pagination without notes', () => {
  test('fills each page to its height', () => {
    const pages = paginate(lines(0, 25), new Map(), options);
    expect(pages.map(ids)).toEqual([lines(0, 10), lines(10, 10), lines(20, 5)].map((ls) => ls.map((l) => l.start?.word)));
  });

  test('glue between blocks vanishes at the top of a page', () => {
    const flow: FlowItem[] = [...lines(0, 10), glue(15), ...lines(10, 3)];
    const [, second] = paginate(flow, new Map(), options);
    expect(second?.body[0]?.y).toBe(0);
  });

  test('a break is moved up rather than split a kept group', () => {
    // Lines 8–10 must stay together (say, a heading and the two lines after it).
    const flow = lines(0, 12).map((l, i) => (i === 8 || i === 9 ? { ...l, keepWithNext: true } : l));
    const [first, second] = paginate(flow, new Map(), options);
    expect(ids(first!)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(ids(second!)).toEqual([8, 9, 10, 11]);
  });

  test('a group taller than a page is broken rather than loop (and the break is flagged)', () => {
    const flow = lines(0, 15).map((l) => ({ ...l, keepWithNext: true }));
    const pages = paginate(flow, new Map(), options);
    expect(pages).toHaveLength(2);
    expect(pages[0]?.forced).toBe(true);
  });

  test('a table row that starts a page brings its header with it', () => {
    const header = box({ height: LINE, items: [], keepWithNext: true, start: { block: 1, word: 100 } });
    const rows = lines(200, 14).map((r) => ({ ...r, repeatHeader: [header] }));
    const pages = paginate([header, ...rows], new Map(), options);
    expect(pages).toHaveLength(2);
    expect(pages[1]?.body[0]?.repeated).toBe(true);
    expect(pages[1]?.body[0]?.box.height).toBe(LINE);
    expect(ids(pages[1]!)[0]).toBe(209);
  });
});

describe('notes as page insertions', () => {
  test('a line citing a note costs its height, the separator and the note', () => {
    const flow = [...lines(0, 5), line(5, { noteRefs: [1] }), ...lines(6, 10)];
    const [first] = paginate(flow, new Map([[1, noteOf(3)]]), options);
    // 100 − separator 10 − note 30 leaves six lines.
    expect(ids(first!)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(first?.notesHeight).toBe(40);
    expect(noteLines(first!, 1)).toBe(3);
  });

  test('a reference on the last line of a page takes its note with it', () => {
    const flow = [...lines(0, 6), line(6, { noteRefs: [1] }), ...lines(7, 5)];
    const [first] = paginate(flow, new Map([[1, noteOf(2)]]), options);
    expect(ids(first!).at(-1)).toBe(6);
    expect(first?.notes.map((p) => p.note)).toEqual([1]);
  });

  test('a line whose note cannot keep two lines on the page moves to the next page', () => {
    const flow = [...lines(0, 8), line(8, { noteRefs: [1] }), ...lines(9, 3)];
    const [first, second] = paginate(flow, new Map([[1, noteOf(4)]]), options);
    expect(ids(first!)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(first?.notes).toEqual([]);
    expect(ids(second!)[0]).toBe(8);
    expect(noteLines(second!, 1)).toBe(4);
  });

  test('a note longer than a page is split and finishes at the foot of the next page, before its own notes', () => {
    const flow = [...lines(0, 3), line(3, { noteRefs: [1] }), ...lines(4, 2), line(6, { noteRefs: [2] }), ...lines(7, 5)];
    const pages = paginate(flow, new Map([[1, noteOf(10)], [2, noteOf(1)]]), options);
    const [first, second] = pages;
    expect(ids(first!)).toEqual([0, 1, 2, 3]);
    // 100 − 4 lines − separator leaves 5 lines of note 1 here.
    expect(first?.notes).toEqual([expect.objectContaining({ note: 1, continued: false, split: true })]);
    expect(noteLines(first!, 1)).toBe(5);
    expect(ids(second!)).toEqual([4, 5, 6]);
    expect(second?.notes.map((p) => [p.note, p.continued])).toEqual([
      [1, true],
      [2, false],
    ]);
    expect(noteLines(second!, 1)).toBe(5);
  });

  test('a note too long even for the next page leaves room there for text', () => {
    const flow = [...lines(0, 3), line(3, { noteRefs: [1] }), ...lines(4, 10)];
    const [, second, third] = paginate(flow, new Map([[1, noteOf(20)]]), options);
    // Continuations stop short of the reserve kept for two lines of text.
    expect(noteLines(second!, 1)).toBe(7);
    expect(ids(second!)).toEqual([4, 5]);
    expect(third?.notes[0]).toEqual(expect.objectContaining({ note: 1, continued: true }));
  });

  test('three notes cited in one paragraph stack in order on the page', () => {
    const flow = [line(0, { noteRefs: [1] }), line(1, { noteRefs: [2, 3] }), ...lines(2, 3)];
    const [first] = paginate(flow, new Map([[1, noteOf(1)], [2, noteOf(2)], [3, noteOf(1)]]), options);
    expect(first?.notes.map((p) => p.note)).toEqual([1, 2, 3]);
    expect(first?.notesHeight).toBe(10 + 40);
  });

  test('a second citation of a placed note reserves nothing', () => {
    const flow = [line(0, { noteRefs: [1] }), ...lines(1, 4), line(5, { noteRefs: [1] }), ...lines(6, 2)];
    const [first] = paginate(flow, new Map([[1, noteOf(2)]]), options);
    expect(first?.notes).toHaveLength(1);
    expect(first?.notesHeight).toBe(30);
  });

  test('a split note never leaves a kept line as the last on its page', () => {
    // Line 5 cites a long note but must stay with line 6 (an orphan pair):
    // both stay, and the note keeps what room is left (two lines).
    const flow = [...lines(0, 5), line(5, { noteRefs: [1], keepWithNext: true }), ...lines(6, 6)];
    const [first, second] = paginate(flow, new Map([[1, noteOf(8)]]), options);
    expect(ids(first!)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(noteLines(first!, 1)).toBe(2);
    expect(noteLines(second!, 1)).toBe(6);
  });

  test('when too little of the note would stay, the kept pair moves together', () => {
    const flow = [...lines(0, 6), line(6, { noteRefs: [1], keepWithNext: true }), ...lines(7, 6)];
    const [first, second] = paginate(flow, new Map([[1, noteOf(8)]]), options);
    expect(ids(first!)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(ids(second!).slice(0, 2)).toEqual([6, 7]);
    expect(second?.notes[0]).toEqual(expect.objectContaining({ note: 1, continued: false }));
  });
});

describe('split notes keep two lines on each side', () => {
  test('a four-line note that half fits splits two and two, its rest first among the next page’s notes', () => {
    // Six lines and the citing line leave 100 − 70 − separator 10 = 20: two note lines.
    const flow = [...lines(0, 6), line(6, { noteRefs: [1] }), ...lines(7, 2), line(9, { noteRefs: [2] }), ...lines(10, 3)];
    const [first, second] = paginate(flow, new Map([[1, noteOf(4)], [2, noteOf(1)]]), options);
    expect(ids(first!)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(first?.notes).toEqual([expect.objectContaining({ note: 1, continued: false, split: true })]);
    expect(noteLines(first!, 1)).toBe(2);
    expect(second?.notes.map((p) => [p.note, p.continued, p.boxes.length])).toEqual([
      [1, true, 2],
      [2, false, 1],
    ]);
  });

  test('a note cited again on the line kept with its citation still splits', () => {
    const flow = [...lines(0, 5), line(5, { noteRefs: [1], keepWithNext: true }), line(6, { noteRefs: [1] }), ...lines(7, 6)];
    const [first, second] = paginate(flow, new Map([[1, noteOf(8)]]), options);
    expect(ids(first!)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(noteLines(first!, 1)).toBe(2);
    expect(second?.notes).toEqual([expect.objectContaining({ note: 1, continued: true })]);
    expect(noteLines(second!, 1)).toBe(6);
  });

  test('a three-line note is not split two and one: its citing line goes overleaf with it', () => {
    const flow = [...lines(0, 6), line(6, { noteRefs: [1] }), ...lines(7, 4)];
    const [first, second] = paginate(flow, new Map([[1, noteOf(3)]]), options);
    expect(ids(first!)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(first?.notes).toEqual([]);
    expect(ids(second!)[0]).toBe(6);
    expect(second?.notes).toEqual([expect.objectContaining({ note: 1, continued: false, split: false })]);
    expect(noteLines(second!, 1)).toBe(3);
  });
});

describe('a word broken across a page turn', () => {
  const heading = (id: number): FlowBox =>
    line(id, { items: [{ kind: 'line', x: 0, baseline: 8, fragments: [], role: 'H2', block: 0, tag: 'Layout' }], keepWithNext: true });

  test('is avoided when the page stays full enough without it', () => {
    const flow = [...lines(0, 9), line(9, { brokenWord: true }), ...lines(10, 5)];
    const [first, second] = paginate(flow, new Map(), options);
    // The page ends a line early, before the hyphenated line: one line short.
    expect(ids(first!)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(ids(second!)[0]).toBe(9);
  });

  test('is taken when the page would otherwise stop short, so that a note can split', () => {
    // A paragraph: line 3 kept with line 4 (orphans); line 4 cites a five-line
    // note and ends in a hyphen; line 5 cites a three-line note. Kept whole,
    // the paragraph and its notes cannot start here: the page would end after
    // line 2, seven lines short.
    const flow = [
      ...lines(0, 3),
      line(3, { keepWithNext: true }),
      line(4, { noteRefs: [1], brokenWord: true }),
      line(5, { noteRefs: [2] }),
      ...lines(6, 6),
    ];
    const [first, second] = paginate(flow, new Map([[1, noteOf(5)], [2, noteOf(3)]]), options);
    expect(ids(first!)).toEqual([0, 1, 2, 3, 4]);
    expect(first?.notes).toEqual([expect.objectContaining({ note: 1, split: true })]);
    expect(noteLines(first!, 1)).toBe(3);
    expect(ids(second!)[0]).toBe(5);
    expect(second?.notes.map((p) => [p.note, p.continued, p.boxes.length])).toEqual([
      [1, true, 2],
      [2, false, 3],
    ]);
  });

  test('is not taken when stretching the page’s gaps brings it within the limit', () => {
    // The same paragraph after three short blocks whose two gaps may each grow by 10 pt (four times that at most).
    const flow: FlowItem[] = [
      line(0), glue(0), line(1), glue(0), line(2),
      line(3, { keepWithNext: true }),
      line(4, { noteRefs: [1], brokenWord: true }),
      line(5, { noteRefs: [2] }),
      ...lines(6, 6),
    ];
    const stretchy = { ...options, stretch: { ...options.stretch, gapStretch: 10 } };
    const [first] = paginate(flow, new Map([[1, noteOf(5)], [2, noteOf(3)]]), stretchy);
    expect(ids(first!)).toEqual([0, 1, 2]);
  });

  test('in a two-sided layout, is taken at a verso’s foot but never at a recto’s', () => {
    // The same paragraph, opening a recto (page 1), then a verso (page 2, after one full page).
    const paragraph = (from: number): FlowBox[] => [
      ...lines(from, 3),
      line(from + 3, { keepWithNext: true }),
      line(from + 4, { noteRefs: [1], brokenWord: true }),
      line(from + 5, { noteRefs: [2] }),
      ...lines(from + 6, 6),
    ];
    const notes = new Map([[1, noteOf(5)], [2, noteOf(3)]]);
    const twoSided = { ...options, twoSided: true };
    const [recto] = paginate(paragraph(0), notes, twoSided);
    expect(ids(recto!)).toEqual([0, 1, 2]);
    const [, verso] = paginate([...lines(100, 10), ...paragraph(0)], notes, twoSided);
    expect(ids(verso!)).toEqual([0, 1, 2, 3, 4]);
  });

  test('is not taken before a heading: that page may stop short', () => {
    const flow = [...lines(0, 3), heading(3), line(4, { keepWithNext: true }), line(5, { noteRefs: [1], brokenWord: true }), line(6, { noteRefs: [2] }), ...lines(7, 6)];
    const [first] = paginate(flow, new Map([[1, noteOf(5)], [2, noteOf(3)]]), options);
    expect(ids(first!)).toEqual([0, 1, 2]);
  });
});

describe('a lead-in ("Consider this program:") and what it introduces', () => {
  test('share a page when the page stays full enough', () => {
    // Line 8 ends the lead-in; lines 9–13 are the listing, its first two kept together (orphans).
    const flow = [...lines(0, 8), line(8, { leadIn: true }), line(9, { keepWithNext: true }), ...lines(10, 4)];
    const [first, second] = paginate(flow, new Map(), options);
    expect(ids(first!)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(ids(second!).slice(0, 2)).toEqual([8, 9]);
  });

  test('part when keeping them would leave the page short, on a recto as well', () => {
    // The lead-in (line 4) cites a five-line note and introduces four lines kept together (5–8). With them
    // it cannot fit; taken overleaf, the page would end after line 3, six lines short. Parted, line 4 stays
    // with three lines of its note.
    const kept = (id: number): FlowBox => line(id, { keepWithNext: true });
    const flow = [...lines(0, 4), line(4, { noteRefs: [1], leadIn: true }), kept(5), kept(6), kept(7), ...lines(8, 4)];
    const notes = new Map([[1, noteOf(5)]]);
    for (const twoSided of [false, true]) {
      const [first, second] = paginate(flow, notes, { ...options, twoSided });
      expect(ids(first!), `twoSided ${twoSided}`).toEqual([0, 1, 2, 3, 4]);
      expect(noteLines(first!, 1)).toBe(3);
      expect(ids(second!)[0]).toBe(5);
    }
  });
});
