// Column widths as browsers' automatic table layout gives them: natural widths
// when they fit, else minima, then preferences, then a share of the rest.
import { describe, expect, test } from 'vitest';
import { columnWidths, spannedWidths } from '../../../../src/pdf/layout/blocks/table-widths.ts';

describe('table column widths', () => {
  test('natural widths when they fit', () => {
    expect(columnWidths([10, 10], [40, 50], 100, [20, 20])).toEqual([40, 50]);
  });

  test('every column reaches its preferred width before any grows past it', () => {
    // A prose column (wide max) and a header that stacks one word per line at its minimum.
    const widths = columnWidths([60, 40, 30], [600, 130, 120], 300, [60, 75, 70]);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(300, 6);
    expect(widths[1]).toBeGreaterThanOrEqual(75);
    expect(widths[2]).toBeGreaterThanOrEqual(70);
    expect(widths[0]).toBeGreaterThan(widths[1]!);
  });

  test('too little room: the minima first, then the preferences in proportion', () => {
    const widths = columnWidths([60, 40], [600, 130], 120, [60, 80]);
    expect(widths[0]).toBeCloseTo(60, 6);
    expect(widths[1]).toBeCloseTo(60, 6);
    const cramped = columnWidths([60, 40], [600, 130], 50, [60, 80]);
    expect(cramped[0]).toBeCloseTo(30, 6);
    expect(cramped[1]).toBeCloseTo(20, 6);
  });
});

describe('widths with cells spanning columns', () => {
  test('a merged cell wider than its columns widens them in proportion to their natural widths, not its first alone', () => {
    const { mins, maxes } = spannedWidths(
      [
        { column: 0, colSpan: 1, min: 10, pref: 10, max: 20 },
        { column: 1, colSpan: 1, min: 10, pref: 10, max: 60 },
        { column: 0, colSpan: 2, min: 40, pref: 40, max: 160 },
      ],
      2,
    );
    expect(maxes).toEqual([40, 120]);
    expect(mins).toEqual([15, 25]);
  });

  test('a merged cell narrower than its columns changes nothing; a column only spanned shares evenly', () => {
    expect(spannedWidths([{ column: 0, colSpan: 1, min: 30, pref: 30, max: 30 }, { column: 1, colSpan: 1, min: 30, pref: 30, max: 30 }, { column: 0, colSpan: 2, min: 20, pref: 20, max: 50 }], 2).maxes).toEqual([30, 30]);
    expect(spannedWidths([{ column: 0, colSpan: 2, min: 20, pref: 20, max: 50 }], 2).maxes).toEqual([25, 25]);
  });
});
