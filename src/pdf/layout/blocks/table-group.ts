// Rows joined by a cell spanning down (a row group) as flow boxes: each row
// as tall as its own cells need, the last row a spanning cell covers made
// taller if that cell needs more than its rows give; every cell set from the
// top of its first row, as the Chicago Manual aligns a runover entry with its
// row's first line. The group is one unbreakable box, so a merged cell never
// parts from the rows it heads. A group taller than the page must part: it is
// a box for each stretch between places no line of any cell crosses (else
// after a line, as a last resort), so it starts where the page has room, a
// page ends inside it as inside a paragraph (orphans and widows kept), and no
// text is lost or drawn below the text block.
import type { Destination, PageItem, PlacedRule } from '../../page-model.ts';
import { box, shiftDestinations, shiftItems } from '../flow.ts';
import type { FlowBox, FlowStart } from '../flow.ts';

/** A cell set in its columns: where its text starts, how many rows it spans, its lines; `midrule`: a rule under it (a column group's heading). */
export interface SetCell {
  readonly x: number;
  readonly rowSpan: number;
  readonly lines: readonly FlowBox[];
  readonly midrule: { readonly x: number; readonly width: number } | null;
}

/** A row's cells (those that start in it) and the index of its first word. */
export interface SetRow {
  readonly cells: readonly SetCell[];
  readonly word: number;
}

export interface GroupOptions {
  readonly rowPad: number;
  /** The table's rules above and below the group (0: none). */
  readonly above: number;
  readonly below: number;
  readonly ruleAt: (y: number, x?: number, width?: number) => PlacedRule;
  readonly limit: number;
  readonly keepWithNext: boolean;
  readonly repeatHeader: readonly FlowBox[] | null;
  readonly block: number;
  readonly orphans: number;
  readonly widows: number;
}

const contentHeight = (cell: SetCell): number => cell.lines.reduce((sum, line) => sum + line.height, 0);

/** Each row's height: its one-row cells' deepest, then what cells spanning rows need beyond their rows' sum, added to their last row. */
export function groupRowHeights(rows: readonly SetRow[], rowPad: number): number[] {
  const heights = rows.map((row) => Math.max(0, ...row.cells.filter((cell) => cell.rowSpan === 1).map(contentHeight)) + 2 * rowPad);
  const spanning = rows.flatMap((row, r) => row.cells.filter((cell) => cell.rowSpan > 1).map((cell) => ({ cell, r, last: Math.min(rows.length, r + cell.rowSpan) - 1 })));
  for (const { cell, r, last } of spanning.sort((a, b) => a.cell.rowSpan - b.cell.rowSpan)) {
    const have = heights.slice(r, last + 1).reduce((sum, h) => sum + h, 0);
    const lack = contentHeight(cell) + 2 * rowPad - have;
    if (lack > 0) heights[last] = (heights[last] ?? 0) + lack;
  }
  return heights;
}

/** One line placed in the group, y from the group's top (the rule above included). */
interface Placed {
  readonly line: FlowBox;
  readonly x: number;
  readonly y: number;
  /** Its cell's place in reading order within the group. */
  readonly cell: number;
}

export function groupBoxes(rows: readonly SetRow[], options: GroupOptions): FlowBox[] {
  const heights = groupRowHeights(rows, options.rowPad);
  const tops = heights.map((_, r) => options.above + heights.slice(0, r).reduce((sum, h) => sum + h, 0));
  const bottom = options.above + heights.reduce((sum, h) => sum + h, 0);
  const total = bottom + options.below;
  // Cell by cell, row by row: the reading order, which the structure tree follows.
  const placed: Placed[] = [];
  const midrules: { rule: PlacedRule; cell: number }[] = [];
  let index = 0;
  rows.forEach((row, r) => {
    for (const cell of row.cells) {
      let y = (tops[r] ?? 0) + options.rowPad;
      for (const line of cell.lines) {
        placed.push({ line, x: cell.x, y, cell: index });
        y += line.height;
      }
      const last = Math.min(rows.length, r + cell.rowSpan) - 1;
      if (cell.midrule !== null) midrules.push({ rule: options.ruleAt((tops[last] ?? 0) + (heights[last] ?? 0), cell.midrule.x, cell.midrule.width), cell: index });
      index += 1;
    }
  });
  const ruleTop = options.above > 0 ? [options.ruleAt(0)] : [];
  const ruleBottom = options.below > 0 ? [options.ruleAt(bottom)] : [];
  const split = total > options.limit;
  const cuts = split ? cutPoints(placed, total, options.limit) : [0, total];
  const slices = cuts.length - 1;
  return cuts.slice(1).map((to, s) => {
    const from = cuts[s] ?? 0;
    const first = s === 0;
    const last = to === total;
    const lines = placed.filter((p) => p.y >= from && p.y < to);
    const rules = midrules.filter(({ rule }) => rule.y >= from && rule.y < to);
    const items: PageItem[] = [
      ...(first ? ruleTop : []),
      ...lines.flatMap((p) => shiftItems(p.line.items, p.x, p.y - from)),
      ...rules.map(({ rule }) => ({ ...rule, y: rule.y - from })),
      ...(last ? ruleBottom.map((rule) => ({ ...rule, y: rule.y - from })) : []),
    ];
    // Each item's cell, so that the slices on one page are drawn cell by cell (flow.ts inReadingOrder).
    const cells = [
      ...(first ? ruleTop.map(() => -1) : []),
      ...lines.flatMap((p) => p.line.items.map(() => p.cell)),
      ...rules.map(({ cell }) => cell),
      ...(last ? ruleBottom.map(() => index) : []),
    ];
    const destinations: Destination[] = lines.flatMap((p) => shiftDestinations(p.line.destinations, p.x, p.y - from));
    const starts = lines.map((p) => p.line.start).filter((start): start is FlowStart => start !== null);
    return box({
      height: to - from,
      items,
      destinations,
      noteRefs: [...new Set(lines.flatMap((p) => p.line.noteRefs))],
      // A page may end inside a split group only with `orphans` slices before and `widows` after.
      keepWithNext: last ? options.keepWithNext : s + 1 < options.orphans || slices - (s + 1) < options.widows,
      start: first ? { block: options.block, word: rows[0]?.word ?? 0 } : (starts.sort((a, b) => a.word - b.word)[0] ?? null),
      repeatHeader: options.repeatHeader,
      rowLine: split ? { row: rows, cells } : null,
    });
  });
}

/**
 * Where to cut a group taller than `limit`: 0, every line's end that no line
 * crosses and that has a line below it, and, where two of those lie more
 * than `limit` apart, the lowest line end within `limit` (else the next one)
 * as a last resort; then `total`.
 */
function cutPoints(placed: readonly Placed[], total: number, limit: number): number[] {
  const spans = placed.map((p) => [p.y, p.y + p.line.height] as const);
  const crosses = (y: number): boolean => spans.some(([top, end]) => top < y && y < end);
  const deepest = Math.max(0, ...spans.map(([top]) => top));
  const ends = [...new Set(spans.map(([, end]) => end))].filter((y) => y <= deepest).sort((a, b) => a - b);
  const safe = ends.filter((y) => !crosses(y));
  const cuts = [0];
  for (const next of [...safe, total]) {
    for (let at = cuts.at(-1) ?? 0; next - at > limit; at = cuts.at(-1) ?? 0) {
      const forced = ends.filter((y) => y > at && y < next && y - at <= limit).at(-1) ?? ends.find((y) => y > at && y < next);
      if (forced === undefined) break;
      cuts.push(forced);
    }
    if (next > (cuts.at(-1) ?? 0)) cuts.push(next);
  }
  return cuts;
}
