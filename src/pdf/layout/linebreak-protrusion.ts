// Character protrusion (margin kerning), as pdfTeX's microtype does it: marks
// light on ink (hyphens, stops, commas, quotes) hang partly into the margin, so
// the column's edge looks straight rather than dented where they stand.
import type { Item } from './linebreak-items.ts';
import type { Measure, StyledRun } from './types.ts';

// microtype.cfg's `default` set (microtype 3), in thousandths of the glyph's
// width: {left, right}. Its letters and figures are the round and diagonal
// ones, whose ink stops short of their advance.
const DEFAULT_SET: readonly (readonly [string, number, number])[] = [
  ['A', 50, 50], ['F', 0, 50], ['J', 50, 0], ['K', 0, 50], ['L', 0, 50], ['T', 50, 50], ['V', 50, 50],
  ['W', 50, 50], ['X', 50, 50], ['Y', 50, 50], ['k', 0, 50], ['r', 0, 50], ['v', 50, 50], ['w', 50, 50],
  ['x', 50, 50], ['y', 0, 50], ['1', 50, 50], ['4', 50, 50], ['7', 50, 50],
  ['.', 0, 700], [',', 0, 500], [':', 0, 500], [';', 0, 300], ['!', 0, 100], ['?', 0, 100],
  ['@', 50, 50], ['~', 200, 250], ['%', 50, 50], ['*', 200, 200], ['+', 250, 250],
  ['(', 100, 0], [')', 0, 200], ['/', 100, 200], ['_', 100, 100],
  // The hyphen: as typed, as Unicode's, and as the breaker adds it.
  ['-', 500, 500], ['\u2010', 500, 500],
  ['\u2013', 200, 200], ['\u2014', 150, 150],
  ["'", 300, 400], ['\u2018', 300, 400], ['\u2019', 300, 400],
  ['"', 300, 300], ['\u201c', 300, 300], ['\u201d', 300, 300],
  ['\u201a', 400, 400], ['\u201e', 400, 400], ['\u2039', 400, 300], ['\u203a', 300, 400],
  ['\u00ab', 200, 200], ['\u00bb', 200, 200], ['\u00a1', 100, 0], ['\u00bf', 100, 0],
];

/** How much of a glyph may hang past the left edge of a line. */
const LEFT: ReadonlyMap<string, number> = new Map(DEFAULT_SET.filter((e) => e[1] > 0).map(([c, l]) => [c, l / 1000]));
/** How much of a glyph may hang past the right edge of a line. */
const RIGHT: ReadonlyMap<string, number> = new Map(DEFAULT_SET.filter((e) => e[2] > 0).map(([c, , r]) => [c, r / 1000]));

function hang(table: ReadonlyMap<string, number>, char: string | undefined, run: StyledRun, measure: Measure): number {
  // A monospaced glyph's ink sits mid-cell: the amounts, made for the body's
  // proportional glyphs, would hang it far too far (microtype leaves tt alone too).
  if (char === undefined || run.font.startsWith('mono')) return 0;
  const share = table.get(char);
  return share === undefined ? 0 : share * measure(char, run.font, run.size);
}

/**
 * `items` with the protrusion of each box's first and last character, and of
 * the hyphen each hyphenation break adds, for the breaker to count as room.
 */
export function withProtrusion(items: readonly Item[], runs: readonly StyledRun[], measure: Measure): Item[] {
  let before: StyledRun | null = null;
  return items.map((item) => {
    if (item.kind === 'box') {
      const run = runs[item.run] as StyledRun;
      before = run;
      const marginLeft = hang(LEFT, item.text[0], run, measure);
      const marginRight = hang(RIGHT, item.text[item.text.length - 1], run, measure);
      return marginLeft === 0 && marginRight === 0 ? item : { ...item, marginLeft, marginRight };
    }
    if (item.kind === 'penalty' && item.hyphen && before !== null) {
      return { ...item, marginRight: hang(RIGHT, '-', before, measure) };
    }
    return item;
  });
}
