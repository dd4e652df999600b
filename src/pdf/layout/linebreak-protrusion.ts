// Character protrusion (margin kerning), as pdfTeX's microtype does it: marks
// light on ink (hyphens, stops, commas, quotes) hang partly into the margin, so
// the column's edge looks straight rather than dented where they stand. The
// amounts are fractions of the glyph's own width, after microtype's default
// set for serif text.
import type { Item } from './linebreak-items.ts';
import type { Measure, StyledRun } from './types.ts';

/** How much of a glyph may hang past the right edge of a line. */
const RIGHT: ReadonlyMap<string, number> = new Map([
  ['.', 0.7], [',', 0.7], ['-', 0.7], ['\u2010', 0.7], ['\u00ad', 0.7],
  ['\u2019', 0.7], ["'", 0.7], ['\u201d', 0.5], ['"', 0.5], ['\u00bb', 0.5], ['\u203a', 0.5],
  [':', 0.5], [';', 0.5], ['!', 0.2], ['?', 0.2], [')', 0.2], [']', 0.2],
  ['\u2013', 0.3], ['\u2014', 0.2],
  ['A', 0.05], ['T', 0.05], ['V', 0.05], ['W', 0.05], ['Y', 0.05], ['v', 0.05], ['w', 0.05], ['y', 0.05],
]);

/** How much of a glyph may hang past the left edge of a line. */
const LEFT: ReadonlyMap<string, number> = new Map([
  ['\u2018', 0.7], ["'", 0.7], ['\u201c', 0.5], ['"', 0.5], ['\u00ab', 0.5], ['\u2039', 0.5],
  ['(', 0.1], ['[', 0.1], ['\u2013', 0.2], ['\u2014', 0.2],
  ['A', 0.05], ['T', 0.05], ['V', 0.05], ['W', 0.05], ['Y', 0.05], ['v', 0.05], ['w', 0.05], ['y', 0.05],
]);

function hang(table: ReadonlyMap<string, number>, char: string | undefined, run: StyledRun, measure: Measure): number {
  if (char === undefined) return 0;
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
