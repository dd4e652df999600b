// Tables: a Pandoc caption above, columns sized from their content as browsers
// size them, cells set by the line breaker, numbers right-aligned, booktabs
// rules (above, under the header rows, below, and under a column group's
// heading); a row of orphans + widows lines or more may split across pages as
// a paragraph does. A cell spanning columns is set across them; rows joined by
// a cell spanning down are set together (table-group.ts).
import type { Align } from '../../../document.ts';
import { columnAlignments } from '../../../document/table-align.ts';
import { tableGrid } from '../../../document/table-grid.ts';
import type { PlacedCell } from '../../../document/table-grid.ts';
import { inlineText, wordCount } from '../../../text.ts';
import type { Destination, PageItem, PlacedRule, Role } from '../../page-model.ts';
import { inside, openElement } from '../context.ts';
import { anchorFirstBox, box, glue, shiftDestinations, shiftItems } from '../flow.ts';
import type { FlowBox, FlowItem } from '../flow.ts';
import { flattenInlines } from '../inline.ts';
import type { RunStyle } from '../inline.ts';
import { setParagraph } from '../lines.ts';
import { captionLines } from './caption.ts';
import { groupBoxes } from './table-group.ts';
import type { SetCell, SetRow } from './table-group.ts';
import { columnWidths, contentWidths, spannedWidths } from './table-widths.ts';
import type { BlockHandler } from './types.ts';

// Body cells of at most this many words, no wider than an even share of the
// measure, are short labels or figures: they keep one line if they can. A few
// long words (package names, paths) are not: they would starve a prose column.
const SHORT_CELL_WORDS = 3;

const toAlign = (a: Align | undefined): 'left' | 'right' | 'center' => a ?? 'left';

/**
 * Tables: columns sized from their content, cells wrapped by the line breaker,
 * booktabs rules; a tall row may split between lines across pages, and the
 * header rows repeat on every page the table runs onto.
 */
export const table: BlockHandler<'table'> = (block, ctx) => {
  const { theme } = ctx;
  const style = theme.table;
  const size = ctx.note === null ? style.size : Math.min(style.size, ctx.text.size);
  const leading = ctx.note === null ? style.leading : Math.min(style.leading, ctx.text.leading);
  const pad = style.cellPadding;
  const rowPad = style.rowPadding;
  const rule = style.ruleThickness;
  const grid = tableGrid(block);
  const { columns } = grid;

  const isHeader = (r: number): boolean => r < block.headerRows;
  const runStyle = (header: boolean): RunStyle => ({ family: 'body', italic: ctx.text.italic, bold: header, size });
  const cellRuns = grid.rows.map((row, r) => row.map((placed) => flattenInlines(placed.cell.children, runStyle(isHeader(r)), theme)));
  const measured = grid.rows.flatMap((row, r) =>
    row.map((placed, i) => {
      const w = contentWidths(cellRuns[r]?.[i] ?? [], ctx);
      const short = !isHeader(r) && wordCount(inlineText(placed.cell.children)) <= SHORT_CELL_WORDS && w.max + 2 * pad <= (ctx.width * placed.colSpan) / columns;
      const pref = isHeader(r) ? w.two : short ? w.max : w.min;
      return { column: placed.column, colSpan: placed.colSpan, min: w.min + 2 * pad, pref: pref + 2 * pad, max: w.max + 2 * pad };
    }),
  );
  const { mins, prefs, maxes } = spannedWidths(measured, columns);
  const widths = columnWidths(mins, maxes, ctx.width, prefs);
  const aligns = columnAlignments(block);
  const tableWidth = widths.reduce((a, b) => a + b, 0);
  const left = Math.max(0, (ctx.width - tableWidth) / 2);
  const columnX = (c: number): number => left + widths.slice(0, c).reduce((a, b) => a + b, 0);

  let wordBase = ctx.wordBase;
  const structure = openElement(ctx, 'Table');
  // A Pandoc caption, above the table and kept with its first row.
  const caption = captionLines(block.caption ?? [], inside(ctx, structure), true).map((line) => ({ ...line, keepWithNext: true }));
  wordBase += wordCount(inlineText(block.caption ?? []));
  const setRow = (row: readonly PlacedCell[], r: number): SetRow => {
    const word = wordBase;
    const tr = inside(ctx, openElement(inside(ctx, structure), 'TR'));
    const cells: SetCell[] = [];
    row.forEach(({ cell, column, colSpan, rowSpan }, i) => {
      const x = columnX(column);
      // Summed, not columnX(end) − x: a column exactly as wide as its word must stay so, to the last bit.
      const width = widths.slice(column, column + colSpan).reduce((a, b) => a + b, 0);
      const header = isHeader(r);
      const spans = { ...(colSpan > 1 ? { colSpan } : {}), ...(rowSpan > 1 ? { rowSpan } : {}) };
      const lines = setParagraph(cellRuns[r]?.[i] ?? [], { ...ctx, width: width - 2 * pad, wordBase }, {
        align: toAlign(aligns[column] ?? null),
        firstIndent: 0,
        size,
        leading,
        role: (header ? 'TH' : 'TD') as Role,
        tag: header ? openElement(tr, 'TH', { scope: 'Column', ...spans }) : openElement(tr, 'TD', spans),
        hyphenate: !header,
        // A header cell that wraps is balanced, like a heading: no word alone under the rest.
        balance: header,
        keepTogether: false,
      });
      // A column group's heading (a header cell over several columns, with header rows under it) is ruled off from them, as booktabs' \cmidrule does.
      const midrule = header && colSpan > 1 && r + rowSpan < block.headerRows ? { x: x + pad, width: width - 2 * pad } : null;
      cells.push({ x: x + pad, rowSpan, lines, midrule });
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

  const ruleAt = (y: number, x = left, width = tableWidth): PlacedRule => ({ kind: 'rule', x, y, width, thickness: rule, role: 'Artifact' });
  if (block.rows.length === 0) return { items: [], spaceBefore: 0, spaceAfter: 0 };
  // The text block's height: no box may be taller than this.
  const bodyHeight = theme.page.height - theme.margins.top - theme.margins.bottom;

  /** Rows `start`..`end` (exclusive) in groups: a group runs on while a cell in it spans further down. */
  const groupsOf = (start: number, end: number): [number, number][] => {
    const groups: [number, number][] = [];
    for (let r = start; r < end; ) {
      let to = r + 1;
      for (let k = r; k < to; k += 1) for (const placed of grid.rows[k] ?? []) to = Math.max(to, k + placed.rowSpan);
      groups.push([r, Math.min(to, end)]);
      r = to;
    }
    return groups;
  };
  /**
   * A section's rows as boxes: a lone row as `rowBoxes` sets it; rows a cell
   * spans, or a row holding a column group's heading, as one group. The rules
   * above and below are the section's; `keepWithNext` holds inside the section
   * when `keepInside`, and after its last row when `keepAfter`.
   */
  const sectionBoxes = (
    start: number,
    end: number,
    options: { ruleTop: boolean; ruleBottom: boolean; limit: number; keepInside: boolean; keepAfter: boolean; repeatHeader: FlowBox[] | null; splittable: boolean },
  ): FlowBox[] =>
    groupsOf(start, end).flatMap(([from, to], g, groups) => {
      const sets = Array.from({ length: to - from }, (_, k) => setRow(grid.rows[from + k] ?? [], from + k));
      const ruleTop = g === 0 && options.ruleTop;
      const ruleBottom = g === groups.length - 1 && options.ruleBottom;
      const keepWithNext = g === groups.length - 1 ? options.keepAfter : options.keepInside;
      const [only] = sets;
      if (sets.length === 1 && only !== undefined && only.cells.every((cell) => cell.midrule === null)) {
        return rowBoxes(only, { ruleTop, ruleBottom, limit: options.limit, keepWithNext, repeatHeader: options.repeatHeader, splittable: options.splittable });
      }
      return groupBoxes(sets, {
        rowPad,
        above: ruleTop ? rule : 0,
        below: ruleBottom ? rule : 0,
        ruleAt,
        limit: options.limit,
        keepWithNext,
        repeatHeader: options.repeatHeader,
        block: ctx.block,
        orphans: Math.max(theme.pagination.orphans, 1),
        widows: Math.max(theme.pagination.widows, 1),
      });
    });

  const heads = block.headerRows;
  const bodyRows = block.rows.length - heads;
  const header = sectionBoxes(0, heads, { ruleTop: true, ruleBottom: true, limit: bodyHeight, keepInside: true, keepAfter: bodyRows > 0, repeatHeader: null, splittable: false });
  const headHeight = header.reduce((sum, b) => sum + b.height, 0);
  // A header repeats on continuation pages only if it leaves room there for rows.
  const repeats = heads > 0 && headHeight <= bodyHeight / 2;
  const rows = sectionBoxes(heads, block.rows.length, {
    // A headerless table's rule above is its first row's.
    ruleTop: heads === 0,
    ruleBottom: true,
    limit: repeats ? bodyHeight - headHeight : bodyHeight,
    keepInside: false,
    keepAfter: false,
    repeatHeader: repeats ? header : null,
    splittable: true,
  });
  const captioned: FlowItem[] = caption.length > 0 ? [...caption, glue(theme.figure.captionGap)] : [];
  const items = [...captioned, ...header, ...rows];
  // Links to the table (`{#tbl:id}` in its caption) lead to its top.
  if (block.id !== undefined) anchorFirstBox(items, block.id);
  return { items, spaceBefore: style.spaceBefore, spaceAfter: style.spaceAfter };
};
