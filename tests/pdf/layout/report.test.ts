// The layout report that the layout tests and `galley build --report` read:
// it must see a widow, an orphan, a forced break, a note set off its
// citation's page and an overfull line when there is one, or every check that
// counts on it would pass whatever the layout did.
import { describe, expect, test } from 'vitest';
import type { ParagraphRecord } from '../../../src/pdf/layout/context.ts';
import { box } from '../../../src/pdf/layout/flow.ts';
import type { FlowBox } from '../../../src/pdf/layout/flow.ts';
import type { NotePart, PageFrame } from '../../../src/pdf/layout/paginate.ts';
import { buildReport } from '../../../src/pdf/layout/report.ts';

const limits = { widows: 2, orphans: 2 };
/** Line `line` (0-based) of paragraph `paragraph`, which has `lines` lines. */
const line = (paragraph: number, line: number, lines: number, extra: Partial<FlowBox> = {}): FlowBox =>
  box({ height: 10, items: [], paragraphLine: { paragraph, line, lines }, ...extra });
const frame = (body: readonly FlowBox[], notes: readonly NotePart[] = [], forced = false): PageFrame => ({
  body: body.map((b, i) => ({ box: b, y: i * 10, repeated: false, gap: null })),
  notes,
  notesHeight: notes.length > 0 ? 20 : 0,
  forced,
  next: 0,
});
const paragraph = (lines: number, extra: Partial<ParagraphRecord> = {}): ParagraphRecord => ({
  block: 0,
  note: null,
  ratios: Array.from({ length: lines }, () => 0.25),
  hyphenatedLines: [],
  overfullLines: [],
  emergency: false,
  unbreakable: [],
  ...extra,
});
const noteLines = (count: number): FlowBox[] => Array.from({ length: count }, () => box({ height: 10, items: [] }));

describe('buildReport', () => {
  test('a paragraph split two and two has neither widow nor orphan', () => {
    const report = buildReport([frame([line(0, 0, 4), line(0, 1, 4)]), frame([line(0, 2, 4), line(0, 3, 4)])], [paragraph(4)], limits);
    expect(report.pages.map((p) => [p.widows, p.orphans])).toEqual([
      [0, 0],
      [0, 0],
    ]);
    expect(report.paragraphs[0]).toMatchObject({ page: 1, lines: 4 });
  });

  test('sees a paragraph’s last line alone at the top of a page (a widow) and its first alone at the foot (an orphan)', () => {
    const report = buildReport([frame([line(0, 0, 3)]), frame([line(0, 1, 3)]), frame([line(0, 2, 3)])], [paragraph(3)], limits);
    expect(report.pages[0]).toMatchObject({ orphans: 1, widows: 0 });
    expect(report.pages[2]).toMatchObject({ widows: 1 });
  });

  test('counts a note whose first line is not on its citation’s page, and lists placed and split notes', () => {
    const citing = line(0, 0, 1, { noteRefs: [1, 2] });
    const pages = [
      frame([citing], [{ note: 1, boxes: noteLines(2), continued: false, split: true }]),
      frame([line(1, 0, 1)], [
        { note: 1, boxes: noteLines(1), continued: true, split: false },
        { note: 2, boxes: noteLines(1), continued: false, split: false },
      ]),
    ];
    const report = buildReport(pages, [paragraph(1), paragraph(1)], limits);
    expect(report.notesOffPage).toBe(1);
    expect(report.pages.map((p) => [p.notesPlaced, p.notesSplit])).toEqual([
      [[1], [1]],
      [[2], []],
    ]);
  });

  test('reports forced breaks, overfull lines and emergency paragraphs with their page', () => {
    const report = buildReport(
      [frame([line(0, 0, 1)], [], true), frame([line(1, 0, 2), line(1, 1, 2)])],
      [paragraph(1), paragraph(2, { overfullLines: [2], emergency: true, note: 3 })],
      limits,
    );
    expect(report.pages.map((p) => p.forcedBreak)).toEqual([true, false]);
    expect(report.overfullLines).toEqual({ count: 1, where: [{ page: 2, block: 0, note: 3, line: 2 }] });
    expect(report.emergencyParagraphs).toEqual({ count: 1, where: [{ page: 2, block: 0, note: 3 }] });
  });

  test('gathers the words no pattern breaks by word, any case, with the lines they left loose and their pages', () => {
    const report = buildReport(
      [frame([line(0, 0, 2), line(0, 1, 2)]), frame([line(1, 0, 2), line(1, 1, 2), line(2, 0, 1)])],
      [paragraph(2, { unbreakable: ['Blockchain'] }), paragraph(2, { unbreakable: ['blockchain', 'Ouroboros'] }), paragraph(1)],
      limits,
    );
    expect(report.unbreakableWords).toEqual([
      { word: 'Blockchain', lines: 2, pages: [1, 2] },
      { word: 'Ouroboros', lines: 1, pages: [2] },
    ]);
  });
});
