// Tables: columns sized from their content as browsers size them, cells set by
// the line breaker, numbers right-aligned, booktabs rules (above, under the
// header row, below); a row of orphans + widows lines or more may split across
// pages as a paragraph does.
import type { Align, TableRow } from '../../../document.ts';
import { columnAlignments } from '../../../document/table-align.ts';
import { inlineText, wordCount } from '../../../text.ts';
import type { Destination, PageItem, Role } from '../../page-model.ts';
import { inside, openElement } from '../context.ts';
import type { LayoutContext } from '../context.ts';
import { box, shiftDestinations, shiftItems } from '../flow.ts';
import type { FlowBox } from '../flow.ts';
import { flattenInlines } from '../inline.ts';
import type { RunStyle } from '../inline.ts';
import { setParagraph } from '../lines.ts';
import type { StyledRun } from '../types.ts';
import { urlBreakPositions } from '../url-breaks.ts';
import type { BlockHandler } from './types.ts';

/** Code and URLs break where the Chicago Manual allows (url-breaks.ts): their narrowest is their widest piece. */
function narrowest(word: string, run: StyledRun, ctx: LayoutContext): number {
  const width = (text: string): number => ctx.fonts.measure(text, run.font, run.size);
  if (run.noHyphenate !== true) return width(word);
  const cuts = [0, ...urlBreakPositions(word), word.length];
  return Math.max(...cuts.slice(1).map((end, i) => width(word.slice(cuts[i], end))));
}

/**
 * Widths of a cell's content (CSS min-/max-content): `min` its widest word
 * (or piece of code or URL), `max` its longest line unbroken; `two` the
 * narrowest it can be set in two lines at most, breaking only between words.
 */
function contentWidths(runs: readonly StyledRun[], ctx: LayoutContext): { min: number; max: number; two: number } {
  let max = 0;
  let min = 0;
  let line = 0;
  // Each word with the space before it, for the two-line split.
  const words: { width: number; space: number }[] = [];
  for (const run of runs) {
    const space = ctx.fonts.measure(' ', run.font, run.size);
    for (const [i, segment] of run.text.split('\n').entries()) {
      if (i > 0) line = 0;
      line += ctx.fonts.measure(segment, run.font, run.size);
      max = Math.max(max, line);
      for (const word of segment.split(/\s+/u)) {
        if (word === '') continue;
        min = Math.max(min, narrowest(word, run, ctx));
        words.push({ width: ctx.fonts.measure(word, run.font, run.size), space });
      }
    }
  }
  return { min, max, two: Math.max(min, Math.min(max, twoLineWidth(words))) };
}

/** The narrowest measure that sets the words in two lines (or one). */
function twoLineWidth(words: readonly { width: number; space: number }[]): number {
  const total = words.reduce((sum, w, i) => sum + w.width + (i > 0 ? w.space : 0), 0);
  let best = total;
  let first = 0;
  for (let k = 1; k < words.length; k += 1) {
    first += (k > 1 ? (words[k - 1]?.space ?? 0) : 0) + (words[k - 1]?.width ?? 0);
    const second = total - first - (words[k]?.space ?? 0);
    best = Math.min(best, Math.max(first, second));
  }
  return best;
}

// Body cells of at most this many words, no wider than an even share of the
// measure, are short labels or figures: they keep one line if they can. A few
// long words (package names, paths) are not: they would starve a prose column.
const SHORT_CELL_WORDS = 3;

/**
 * Column widths, as browsers' automatic table layout: natural (max-content)
 * widths when they all fit. Otherwise columns whose natural width is within
 * an even share keep it (a short column never wraps to make room for a long
 * one), and the rest get, in turn, their narrowest width (`mins`), then their
 * preferred one (`prefs`: a header in two lines, not one word per line; a
 * short cell on one line), then a share of what is left in proportion to how
 * much more they could use.
 */
export function columnWidths(mins: readonly number[], maxes: readonly number[], available: number, prefs: readonly number[] = mins): number[] {
  const widths = [...maxes];
  if (maxes.reduce((a, b) => a + b, 0) <= available) return widths;
  let flexible = maxes.map((_, i) => i);
  let room = available;
  for (;;) {
    const share = room / Math.max(1, flexible.length);
    const settled = flexible.filter((i) => (maxes[i] ?? 0) <= share);
    if (settled.length === 0 || settled.length === flexible.length) break;
    for (const i of settled) room -= maxes[i] ?? 0;
    flexible = flexible.filter((i) => (maxes[i] ?? 0) > share);
  }
  const levels = flexible.map((i) => {
    const min = mins[i] ?? 0;
    const max = Math.max(min, maxes[i] ?? 0);
    return { i, min, pref: Math.min(max, Math.max(min, prefs[i] ?? 0)), max };
  });
  const sum = (key: 'min' | 'pref' | 'max'): number => levels.reduce((total, level) => total + level[key], 0);
  const sumMin = sum('min');
  const sumPref = sum('pref');
  const sumMax = sum('max');
  for (const { i, min, pref, max } of levels) {
    if (sumMin >= room) widths[i] = sumMin > 0 ? (min / sumMin) * room : room / levels.length;
    else if (sumPref >= room) widths[i] = min + (pref - min) * ((room - sumMin) / (sumPref - sumMin));
    else widths[i] = pref + (max - pref) * ((room - sumPref) / (sumMax - sumPref));
  }
  return widths;
}

const toAlign = (a: Align | undefined): 'left' | 'right' | 'center' => a ?? 'left';

/**
 * Tables: columns sized from their content, cells wrapped by the line breaker,
 * booktabs rules; a tall row may split between lines across pages, and the
 * header row repeats on every page the table runs onto.
 */
export const table: BlockHandler<'table'> = (block, ctx) => {
  const { theme } = ctx;
  const style = theme.table;
  const size = ctx.note === null ? style.size : Math.min(style.size, ctx.text.size);
  const leading = ctx.note === null ? style.leading : Math.min(style.leading, ctx.text.leading);
  const pad = style.cellPadding;
  const rowPad = style.rowPadding;
  const rule = style.ruleThickness;
  const columns = Math.max(0, ...block.rows.map((r) => r.cells.length));

  const runStyle = (header: boolean): RunStyle => ({ family: 'body', italic: ctx.text.italic, bold: header, size });
  const cellRuns = block.rows.map((row, r) => row.cells.map((cell) => flattenInlines(cell.children, runStyle(r === 0), theme)));
  const mins = Array.from({ length: columns }, () => 0);
  const prefs = Array.from({ length: columns }, () => 0);
  const maxes = Array.from({ length: columns }, () => 0);
  cellRuns.forEach((row, r) => {
    row.forEach((runs, c) => {
      const w = contentWidths(runs, ctx);
      const short = r > 0 && wordCount(inlineText(block.rows[r]?.cells[c]?.children ?? [])) <= SHORT_CELL_WORDS && w.max + 2 * pad <= ctx.width / columns;
      mins[c] = Math.max(mins[c] ?? 0, w.min + 2 * pad);
      prefs[c] = Math.max(prefs[c] ?? 0, (r === 0 ? w.two : short ? w.max : w.min) + 2 * pad);
      maxes[c] = Math.max(maxes[c] ?? 0, w.max + 2 * pad);
    });
  });
  const widths = columnWidths(mins, maxes, ctx.width, prefs);
  const aligns = columnAlignments(block);
  const tableWidth = widths.reduce((a, b) => a + b, 0);
  const left = Math.max(0, (ctx.width - tableWidth) / 2);

  let wordBase = ctx.wordBase;
  const structure = openElement(ctx, 'Table');
  /** A row set: each cell's line boxes, at its x; the row's word index. */
  interface SetRow {
    readonly cells: readonly { readonly x: number; readonly lines: readonly FlowBox[] }[];
    readonly word: number;
  }
  const setRow = (row: TableRow, r: number): SetRow => {
    const word = wordBase;
    const tr = inside(ctx, openElement(inside(ctx, structure), 'TR'));
    const cells: { x: number; lines: FlowBox[] }[] = [];
    let x = left;
    row.cells.forEach((cell, c) => {
      const width = widths[c] ?? 0;
      const lines = setParagraph(cellRuns[r]?.[c] ?? [], { ...ctx, width: width - 2 * pad, wordBase }, {
        align: toAlign(aligns[c] ?? null),
        firstIndent: 0,
        size,
        leading,
        role: (r === 0 ? 'TH' : 'TD') as Role,
        tag: r === 0 ? openElement(tr, 'TH', { scope: 'Column' }) : openElement(tr, 'TD'),
        hyphenate: r > 0,
        // A header cell that wraps is balanced, like a heading: no word alone under the rest.
        balance: r === 0,
        keepTogether: false,
      });
      cells.push({ x: x + pad, lines });
      x += width;
      wordBase += wordCount(inlineText(cell.children));
    });
    return { cells, word };
  };
  /** Height of the row's content: its deepest cell, padding included. */
  const rowHeight = (set: SetRow): number =>
    Math.max(0, ...set.cells.map((cell) => cell.lines.reduce((sum, l) => sum + l.height, 0))) + 2 * rowPad;

  /**
   * Lines `from`..`to` (exclusive) of every cell of a row, as one box's content,
   * y from `top`. Line i of each cell shares a band, so a cut between bands is a
   * cut between lines in every cell.
   */
  const band = (set: SetRow, from: number, to: number, top: number) => {
    const items: PageItem[] = [];
    const cells: number[] = [];
    const destinations: Destination[] = [];
    const noteRefs: number[] = [];
    let start: FlowBox['start'] = null;
    for (const [c, cell] of set.cells.entries()) {
      let y = top;
      for (const line of cell.lines.slice(from, to)) {
        items.push(...shiftItems(line.items, cell.x, y));
        cells.push(...line.items.map(() => c));
        destinations.push(...shiftDestinations(line.destinations, cell.x, y));
        noteRefs.push(...line.noteRefs);
        start ??= line.start;
        y += line.height;
      }
    }
    return { items, cells, destinations, noteRefs: [...new Set(noteRefs)], start };
  };
  const lineCount = (set: SetRow): number => Math.max(0, ...set.cells.map((cell) => cell.lines.length));

  /**
   * A row as flow boxes, each holding the same lines of every cell (within a
   * box the cells keep their order: all of one cell, then the next). A body
   * row of at least orphans + widows lines is one box per line, and a page may
   * end inside it with that many lines each side, as a paragraph may: a tall
   * row that does not fit starts where the page has room instead of leaving a
   * hole above it. Any other row that fits in `limit` is one unbreakable box;
   * a taller one (a giant word broken into a column of lines) is cut between
   * lines into slices of at most `limit`, so it runs across pages and nothing
   * is drawn below the text block. `ruleTop`/`ruleBottom` draw the table's
   * rules above and below the row.
   */
  const rowBoxes = (
    set: SetRow,
    options: { ruleTop: boolean; ruleBottom: boolean; limit: number; keepWithNext: boolean; repeatHeader: FlowBox[] | null; splittable: boolean },
  ): FlowBox[] => {
    const above = options.ruleTop ? rule : 0;
    const below = options.ruleBottom ? rule : 0;
    const n = lineCount(set);
    const { orphans, widows } = theme.pagination;
    const bandHeight = (i: number): number => Math.max(0, ...set.cells.map((cell) => cell.lines[i]?.height ?? 0));
    // Slices as [from, to) line ranges: each line, the whole row, or as many lines as fit in `limit` each (at least one).
    const slices: [number, number][] = [];
    const byLine = options.splittable && n >= Math.max(orphans, 1) + Math.max(widows, 1);
    if (byLine) {
      for (let i = 0; i < n; i++) slices.push([i, i + 1]);
    } else if (rowHeight(set) + above + below <= options.limit) slices.push([0, n]);
    else {
      let from = 0;
      while (from < n) {
        let to = from;
        let used = from === 0 ? above + rowPad : 0;
        while (to < n && (to === from || used + bandHeight(to) + (to === n - 1 ? rowPad + below : 0) <= options.limit)) used += bandHeight(to++);
        slices.push([from, to]);
        from = to;
      }
    }
    return slices.map(([from, to], s) => {
      const first = s === 0;
      const last = s === slices.length - 1;
      const top = first ? above + rowPad : 0;
      const part = band(set, from, to, top);
      let content = 0;
      for (let i = from; i < to; i++) content += bandHeight(i);
      // A row's cells may be empty: the whole row keeps its padding.
      const height = top + content + (last ? rowPad + below : 0);
      const ruleAbove = first && options.ruleTop ? [ruleAt(0)] : [];
      const ruleBelow = last && options.ruleBottom ? [ruleAt(height - below)] : [];
      const items = [...ruleAbove, ...part.items, ...ruleBelow];
      const cells = [...ruleAbove.map(() => -1), ...part.cells, ...ruleBelow.map(() => set.cells.length)];
      return box({
        height,
        items,
        destinations: part.destinations,
        noteRefs: part.noteRefs,
        // Inside a row split line by line, a page may end only with `orphans` lines before and `widows` after.
        keepWithNext: last ? options.keepWithNext : byLine && (to < orphans || n - to < widows),
        start: first ? { block: ctx.block, word: set.word } : part.start,
        repeatHeader: options.repeatHeader,
        rowLine: byLine ? { row: set, cells } : null,
      });
    });
  };

  const ruleAt = (y: number): PageItem => ({ kind: 'rule', x: left, y, width: tableWidth, thickness: rule, role: 'Artifact' });
  const [headerRow, ...bodyRows] = block.rows;
  if (headerRow === undefined) return { items: [], spaceBefore: 0, spaceAfter: 0 };
  // The text block's height: no box may be taller than this.
  const bodyHeight = theme.page.height - theme.margins.top - theme.margins.bottom;
  const head = setRow(headerRow, 0);
  const headHeight = rowHeight(head) + 2 * rule;
  // A header repeats on continuation pages only if it leaves room there for rows.
  const repeats = headHeight <= bodyHeight / 2;
  const header = rowBoxes(head, {
    ruleTop: true,
    ruleBottom: true,
    limit: bodyHeight,
    keepWithNext: bodyRows.length > 0,
    repeatHeader: null,
    splittable: false,
  });
  const rowLimit = repeats ? bodyHeight - headHeight : bodyHeight;
  const rows: FlowBox[] = bodyRows.flatMap((row, i) =>
    rowBoxes(setRow(row, i + 1), {
      ruleTop: false,
      ruleBottom: i === bodyRows.length - 1,
      limit: rowLimit,
      keepWithNext: false,
      repeatHeader: repeats ? header : null,
      splittable: true,
    }),
  );
  return { items: [...header, ...rows], spaceBefore: style.spaceBefore, spaceAfter: style.spaceAfter };
};
