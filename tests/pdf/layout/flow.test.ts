// The vertical list pagination consumes: an indented block (a quotation, a
// list item) moves its drawn items, its link targets and a table's repeated
// header alike, so nothing is left at the old margin.
import { describe, expect, test } from 'vitest';
import { box, glue, indentFlow, opensSection } from '../../../src/pdf/layout/flow.ts';
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
