// A table row taller than a page (a giant word broken into a column of lines)
// splits between lines across pages instead of running off the page's foot; a
// tall row that does not fit at a page's foot splits as a paragraph would.
import { describe, expect, test } from 'vitest';
import type { Block, Document } from '../../../../src/document.ts';
import { loadFonts } from '../../../../src/fonts.ts';
import { layoutDocument } from '../../../../src/pdf/layout/index.ts';
import type { LayoutResult } from '../../../../src/pdf/layout/index.ts';
import type { Page, PageItem, PlacedLine } from '../../../../src/pdf/page-model.ts';
import { loadTheme } from '../../../../src/theme/load.ts';
import { makeDocument, note, para, prose, quote, ref, table } from '../../../helpers/build-doc.ts';

const theme = loadTheme();
const EPSILON = 0.01;
const GIANT = 'w'.repeat(2896);

const layout = (doc: Document): LayoutResult => layoutDocument(doc, theme, loadFonts(theme));
const isLine = (item: PageItem): item is PlacedLine => item.kind === 'line';
const textOf = (line: PlacedLine): string => line.fragments.map((f) => f.text).join('');
const cellLines = (page: Page): PlacedLine[] => page.items.filter(isLine).filter((l) => l.role === 'TH' || l.role === 'TD');
/** Letters only, so hyphens added at breaks do not matter. */
const letters = (text: string): string => text.replace(/[^\p{L}\p{N}]+/gu, '');

/** Everything drawn in the text block lies inside it: baselines and rules. */
function expectInsideTextBlock(pages: readonly Page[]): void {
  for (const page of pages) {
    const top = theme.margins.top;
    const bottom = page.height - theme.margins.bottom;
    for (const item of page.items) {
      const y = item.kind === 'line' ? item.baseline : item.y;
      expect(y, `page ${page.number}: ${item.kind} at ${y}`).toBeGreaterThanOrEqual(top - EPSILON);
      expect(y, `page ${page.number}: ${item.kind} at ${y}`).toBeLessThanOrEqual(bottom + EPSILON);
    }
  }
}

/** The cell text of role `role`, in page order, letters only. */
const cellText = (pages: readonly Page[], role: 'TH' | 'TD'): string =>
  letters(pages.flatMap((p) => p.items.filter(isLine).filter((l) => l.role === role && !/^Name|^Notes/u.test(textOf(l)))).map(textOf).join(''));

describe('a table row taller than a page', () => {
  const cases: [string, (t: Block) => Block[]][] = [
    ['at top level', (t) => [para(prose(40, 1)), t, para(prose(30, 2))]],
    ['in a block quote', (t) => [para(prose(40, 1)), quote(t), para(prose(30, 2))]],
  ];
  for (const [where, wrap] of cases) {
    test(`splits between lines, ${where}, and every character is on a page`, () => {
      const doc = makeDocument(wrap(table([['Name', 'Notes'], ['short', 'a few words here'], ['giant', `before ${GIANT} after`], ['last', 'tail words']])));
      const { pages } = layout(doc);
      expectInsideTextBlock(pages);
      const body = cellText(pages, 'TD');
      expect(body).toContain(GIANT);
      expect(body).toBe(letters(`short a few words here giant before ${GIANT} after last tail words`));
      // The row runs onto more than one page, and each continuation page opens with the header.
      const withRows = pages.filter((p) => cellLines(p).some((l) => l.role === 'TD'));
      expect(withRows.length).toBeGreaterThan(1);
      for (const page of withRows) expect(cellLines(page).slice(0, 2).map(textOf)).toEqual(['Name', 'Notes']);
      // The table's closing rule comes after the last row, on the last page with rows.
      const last = withRows.at(-1)!;
      const rules = last.items.filter((i) => i.kind === 'rule');
      const lastLine = cellLines(last).at(-1)!;
      expect(rules.some((r) => r.kind === 'rule' && r.y > lastLine.baseline)).toBe(true);
    });
  }

  test('a header row taller than a page splits too (and is not repeated)', () => {
    const doc = makeDocument([table([[`head ${GIANT}`, 'Other'], ['body', 'cell']])]);
    const { pages } = layout(doc);
    expectInsideTextBlock(pages);
    // A slice holds the same lines of every cell, so the second column's word follows the first slice of the first.
    const head = cellText(pages, 'TH');
    expect(head.replace('Other', '') === `head${GIANT}`, 'header text, less "Other", is the giant cell').toBe(true);
    expect(head.split('Other')).toHaveLength(2);
    expect(cellText(pages, 'TD')).toBe('bodycell');
  });

  test('two giant cells side by side split at the same line boundaries', () => {
    const doc = makeDocument([table([['A', 'B'], [GIANT, `x ${GIANT}`]])]);
    const { pages } = layout(doc);
    expectInsideTextBlock(pages);
    const lines = pages.flatMap((p) => p.items.filter(isLine).filter((l) => l.role === 'TD'));
    const columns = [...new Set(lines.map((l) => Math.round(l.x)))].sort((a, b) => a - b);
    expect(columns.length).toBeGreaterThanOrEqual(2);
    const column = (i: number): string => letters(lines.filter((l) => Math.round(l.x) >= columns[i]! && (i + 1 >= columns.length || Math.round(l.x) < columns[i + 1]!)).map(textOf).join(''));
    expect(column(0)).toBe(GIANT);
    expect(column(1)).toBe(`x${GIANT}`);
    // Within a page the cells keep their reading order: all of the first column's lines, then the second's.
    for (const page of pages) {
      const xs = page.items.filter(isLine).filter((l) => l.role === 'TD').map((l) => Math.round(l.x));
      expect(xs, `page ${page.number}`).toEqual([...xs].sort((a, b) => a - b));
    }
  });

  test('a row of four lines or more starts where the page has room and continues overleaf, two lines each side', () => {
    const tall = prose(120, 7);
    let split = 0;
    for (let words = 150; words <= 420; words += 15) {
      const doc = makeDocument([para(prose(words, 1)), table([['Item', 'Description'], ['Tall', tall], ['After', 'tail words']])]);
      const { pages } = layout(doc);
      expectInsideTextBlock(pages);
      expect(cellText(pages, 'TD')).toBe(letters(`Tall ${tall} After tail words`));
      const onPage = pages.map((p) => cellLines(p).filter((l) => l.role === 'TD' && !/^(Tall|After|tail)/u.test(textOf(l))).length);
      const parts = onPage.filter((n) => n > 0);
      for (const n of parts) expect(n, `${words} words: lines of the tall cell on a page`).toBeGreaterThanOrEqual(2);
      if (parts.length < 2) continue;
      split += 1;
      // The page the row starts on is full: its last line is within two lines of the text block's foot.
      const first = pages[onPage.findIndex((n) => n > 0)]!;
      const lastBaseline = Math.max(...first.items.filter(isLine).map((l) => l.baseline));
      expect(first.height - theme.margins.bottom - lastBaseline, `${words} words: room left on page ${first.number}`).toBeLessThan(2 * theme.body.leading + theme.table.rowPadding);
      // Its cells read in order on each page: the first cell's line, then the description's.
      for (const page of pages) {
        const xs = cellLines(page).filter((l) => l.role === 'TD').map((l) => Math.round(l.x));
        expect(xs.indexOf(Math.max(...xs)), `page ${page.number}`).toBeLessThanOrEqual(xs.lastIndexOf(Math.min(...xs)) + 1);
      }
      // The header opens the continuation page.
      const next = pages[onPage.findIndex((n) => n > 0) + 1]!;
      expect(cellLines(next).slice(0, 2).map(textOf)).toEqual(['Item', 'Description']);
    }
    expect(split, 'lengths of text before the table that split the row').toBeGreaterThan(3);
  });

  test('rows of fewer lines than orphans + widows are never split', () => {
    const rows = [['Item', 'Description'], ...Array.from({ length: 60 }, (_, i) => [`Item ${i + 1}`, prose(16 + (i % 10), i)])];
    const { pages } = layout(makeDocument([table(rows)]));
    expectInsideTextBlock(pages);
    // Rows of two and three lines (one line each for "Item N").
    const lines = pages.flatMap((p) => cellLines(p).filter((l) => l.role === 'TD')).length;
    expect(lines).toBeGreaterThan(60 * 3.2);
    // Each row's lines are all on one page, whole and in order.
    const byPage = pages.map((p) => letters(cellLines(p).filter((l) => l.role === 'TD').map(textOf).join(' ')));
    for (let i = 1; i <= 60; i++) {
      const row = letters(`Item ${i} ${rows[i]![1]}`);
      expect(byPage.filter((t) => t.includes(row)), `row ${i}`).toHaveLength(1);
    }
  });
});

// Found by the same fuzz run: a note cited only inside another note was never
// set (pagination placed only the notes that body lines cite). It now goes on
// the page of its citing note, after it.
describe('a note cited only inside another note', () => {
  test('is set on the page of the note that cites it, after it', () => {
    const doc = makeDocument(
      [para(prose(30, 1), ' See', ref(1), ' here.'), para(prose(40, 2))],
      [note(1, para('Outer note text', ref(2), ' continues.')), note(2, para('Inner note text.'))],
    );
    const { pages } = layout(doc);
    const noteText = pages.map((p) => p.notes.filter(isLine).map(textOf).join(' '));
    const outer = noteText.findIndex((t) => t.includes('Outer note text'));
    expect(outer).toBeGreaterThanOrEqual(0);
    expect(noteText[outer]).toContain('Inner note text.');
    expect(noteText[outer]!.indexOf('Outer')).toBeLessThan(noteText[outer]!.indexOf('Inner'));
    expect(pages[outer]!.destinations.map((d) => d.name)).toContain('note-2');
  });
});
