// The vertical list pagination consumes: an indented block (a quotation, a
// list item) moves its drawn items, its link targets and a table's repeated
// header alike, so nothing is left at the old margin; the lines of a table row
// split across pages are drawn back cell by cell.
import { describe, expect, test } from 'vitest';
import { box, glue, inReadingOrder, indentFlow, opensSection } from '../../../src/pdf/layout/flow.ts';
import type { FlowBox } from '../../../src/pdf/layout/flow.ts';
import type { PlacedLine, PlacedRule } from '../../../src/pdf/page-model.ts';

const textLine = (x: number): PlacedLine => ({ kind: 'line', x, baseline: 8, fragments: [], role: 'P', block: 0, tag: 'Pagination' });
const rule = (x: number): PlacedRule => ({ kind: 'rule', x, y: 2, width: 100, thickness: 0.5, role: 'Artifact' });

describe('indentFlow', () => {
  const header = box({ height: 10, items: [textLine(0)] });
  const row = box({ height: 10, items: [textLine(5), rule(0)], destinations: [{ name: 'row-1', x: 5, y: 0 }], repeatHeader: [header] });
  const [indented, space] = indentFlow([row, glue(6)], 20) as [FlowBox, ReturnType<typeof glue>];

  test('moves lines, rules and destinations right, leaving heights and glue alone', () => {
    expect(indented.items.map((i) => i.x)).toEqual([25, 20]);
    expect((indented.items[0] as PlacedLine).baseline).toBe(8);
    expect(indented.destinations).toEqual([{ name: 'row-1', x: 25, y: 0 }]);
    expect(indented.height).toBe(10);
    expect(space).toEqual(glue(6));
  });

  test('indents the header a table repeats on the next page too', () => {
    expect(indented.repeatHeader?.[0]?.items[0]?.x).toBe(20);
  });
});

describe('opensSection', () => {
  test('is true for a heading line and false for body text, rules and empty boxes', () => {
    const headingLine: PlacedLine = { ...textLine(0), role: 'H3' };
    expect(opensSection(box({ height: 10, items: [headingLine] }))).toBe(true);
    expect(opensSection(box({ height: 10, items: [textLine(0), rule(0)] }))).toBe(false);
    expect(opensSection(box({ height: 10, items: [] }))).toBe(false);
  });
});

describe('inReadingOrder', () => {
  // Two lines of one table row (cells at x 0 and 100), each box holding that line of both cells, then a paragraph line.
  const row = {};
  const line = (x: number, y: number): PlacedLine => ({ ...textLine(x), baseline: y });
  const first = box({ height: 10, items: [rule(0), line(0, 8), line(100, 8)], rowLine: { row, cells: [-1, 0, 1] } });
  const second = box({ height: 10, items: [line(0, 18), line(100, 18), rule(0)], rowLine: { row, cells: [0, 1, 2] } });
  const after = box({ height: 10, items: [line(0, 28)] });
  const placed = [first, second, after].map((b) => ({ box: b, items: b.items }));

  test("draws a split row's lines cell by cell, each cell's lines in order, the rules where they were", () => {
    const order = inReadingOrder(placed).map((item) => (item.kind === 'line' ? `${item.x}@${item.baseline}` : 'rule'));
    expect(order).toEqual(['rule', '0@8', '0@18', '100@8', '100@18', 'rule', '0@28']);
  });

  test('leaves boxes of different rows, and boxes of no row, in their order', () => {
    const other = box({ height: 10, items: [line(100, 38), line(0, 38)], rowLine: { row: {}, cells: [1, 0] } });
    const order = inReadingOrder([...placed, { box: other, items: other.items }]).map((item) => (item.kind === 'line' ? `${item.x}@${item.baseline}` : 'rule'));
    expect(order.slice(-3)).toEqual(['0@28', '0@38', '100@38']);
  });
});
