// Cells spanning columns and rows, read from the page model: a merged cell is
// set across its columns' widths and down its rows, the rows it joins stay on
// one page, a column group's heading is ruled off from the heads under it, and
// a group taller than a page runs on without text lost or set off the page.
import { describe, expect, test } from 'vitest';
import type { Block, TableCell } from '../../../../src/document.ts';
import type { Page, PlacedLine, PlacedRule } from '../../../../src/pdf/page-model.ts';
import { makeDocument, para, prose, text } from '../../../helpers/build-doc.ts';
import { isLine, lines, pagesOf, rightEdge, textOf, theme } from '../../../helpers/laid-out.ts';

const cell = (value: string, colSpan = 1, rowSpan = 1): TableCell => ({ children: [text(value)], ...(colSpan > 1 ? { colSpan } : {}), ...(rowSpan > 1 ? { rowSpan } : {}) });
const HARBOUR = 'Harbour line, calling at the old quay, the fish market and the lighthouse';

const timetable = (harbour = HARBOUR): Block => ({
  type: 'table',
  align: [null, null, null],
  headerRows: 2,
  rows: [
    { cells: [cell('Route', 1, 2), cell('Departures', 2)] },
    { cells: [cell('Morning'), cell('Evening')] },
    { cells: [cell(harbour, 1, 2), cell('07:10'), cell('18:40')] },
    { cells: [cell('08:25'), cell('19:55')] },
    { cells: [cell('Ferry to the island and back again, twice a day in the summer months', 2), cell('21:30')] },
  ],
});

const find = (pages: readonly Page[], start: string): PlacedLine => {
  const line = pages.flatMap((p) => p.items.filter(isLine)).find((l) => textOf(l).startsWith(start));
  if (line === undefined) throw new Error(`no line starting "${start}"`);
  return line;
};
const pageOf = (pages: readonly Page[], start: string): number => pages.findIndex((p) => p.items.filter(isLine).some((l) => textOf(l).startsWith(start)));

describe('a table with merged cells on the page', () => {
  const pages = pagesOf(makeDocument([timetable()]));
  const harbour = lines(pages, 'TD').filter((l) => HARBOUR.includes(textOf(l).replace(/-$/u, '').trim()) && textOf(l).trim() !== '');

  test('a cell spanning columns is set across them: it starts in its first column and runs past the second’s start', () => {
    expect(find(pages, 'Ferry').x).toBeCloseTo(harbour[0]!.x, 3);
    expect(rightEdge(find(pages, 'Ferry'))).toBeGreaterThan(find(pages, '07:10').x);
    expect(find(pages, 'Departures').x).toBeCloseTo(find(pages, 'Morning').x, 3);
    // One line: its text is not squeezed into its first column.
    expect(lines(pages, 'TD').filter((l) => /island|summer/u.test(textOf(l)))).toHaveLength(1);
  });

  test('a cell spanning rows keeps its column in the rows below, and the row after it starts below its last line', () => {
    expect(harbour.length).toBeGreaterThanOrEqual(2);
    expect(find(pages, '08:25').x).toBeCloseTo(find(pages, '07:10').x, 3);
    expect(find(pages, '08:25').baseline).toBeGreaterThan(find(pages, '07:10').baseline);
    expect(find(pages, 'Evening').x).toBeGreaterThan(find(pages, 'Morning').x);
    expect(find(pages, 'Ferry').baseline).toBeGreaterThan(Math.max(...harbour.map((l) => l.baseline)));
    // Set from the top of its first row, as the rows' first line.
    expect(harbour[0]!.baseline).toBeCloseTo(find(pages, '07:10').baseline, 3);
  });

  test('the rules run the table’s width above, under the header and below; a column group’s heading has its own under it only', () => {
    const rules = pages[0]!.items.filter((item): item is PlacedRule => item.kind === 'rule');
    const full = Math.max(...rules.map((r) => r.width));
    expect(rules.filter((r) => r.width === full)).toHaveLength(3);
    const [mid] = rules.filter((r) => r.width < full);
    expect(rules.filter((r) => r.width < full)).toHaveLength(1);
    expect(mid!.y).toBeGreaterThan(find(pages, 'Departures').baseline);
    expect(mid!.y).toBeLessThan(find(pages, 'Morning').baseline);
    expect(mid!.x).toBeGreaterThan(find(pages, 'Route').x);
    expect(mid!.x + mid!.width).toBeLessThanOrEqual(rightEdge(find(pages, 'Evening')) + theme.table.cellPadding + 0.01);
  });

  test('the rows a cell spans stay on one page, wherever the page ends', () => {
    for (let words = 150; words <= 450; words += 15) {
      const laid = pagesOf(makeDocument([para(prose(words)), timetable()]));
      const first = pageOf(laid, 'Harbour');
      expect([pageOf(laid, '07:10'), pageOf(laid, '08:25'), pageOf(laid, '19:55')], `${words} words before`).toEqual([first, first, first]);
    }
  });

  test('a merged cell taller than a page starts where the page has room and runs on, every word set once, nothing below the text block', () => {
    const long = prose(1400);
    const laid = pagesOf(makeDocument([para('Before the table.'), timetable(long)]));
    expect(laid.length).toBeGreaterThan(1);
    // It must part anyway: it does not leave the page it could start on empty.
    expect(pageOf(laid, '07:10')).toBe(pageOf(laid, 'Before the table.'));
    expect(find(laid, '08:25').x).toBeCloseTo(find(laid, '07:10').x, 3);
    const words = laid.flatMap((p) => p.items.filter(isLine).filter((l) => l.role === 'TD')).map((l) => textOf(l)).join(' ');
    expect(words.replace(/-\s+/gu, '').replace(/\s+/gu, ' ')).toContain('08:25');
    const wordsOf = (s: string): string[] => s.replace(/[^\p{L}\s]/gu, '').split(/\s+/u).filter(Boolean);
    const set = laid.flatMap((p) => p.items.filter(isLine).filter((l) => l.role === 'TD' && !/^\d/u.test(textOf(l)) && !/Ferry/u.test(textOf(l)))).map(textOf);
    expect(wordsOf(set.join(' ').replace(/-\s*$/gmu, '').replace(/(\p{L})-(?= )/gu, '$1')).length).toBeGreaterThan(wordsOf(long).length * 0.98);
    for (const page of laid) {
      for (const item of page.items) {
        const y = item.kind === 'line' ? item.baseline : item.y;
        expect(y).toBeLessThanOrEqual(page.height - theme.margins.bottom + 0.01);
      }
    }
  });
});
