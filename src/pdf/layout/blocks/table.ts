// Tables: a Pandoc caption above, columns sized from their content as browsers
// size them, cells set by the line breaker, numbers right-aligned, booktabs
// rules (above, under the header rows, below); a row of orphans + widows lines
// or more may split across pages as a paragraph does.
import type { Align, TableRow } from '../../../document.ts';
import { columnAlignments } from '../../../document/table-align.ts';
import { inlineText, wordCount } from '../../../text.ts';
import type { Destination, PageItem, Role } from '../../page-model.ts';
import { inside, openElement } from '../context.ts';
import { anchorFirstBox, box, glue, shiftDestinations, shiftItems } from '../flow.ts';
import type { FlowBox, FlowItem } from '../flow.ts';
import { flattenInlines } from '../inline.ts';
import type { RunStyle } from '../inline.ts';
import { setParagraph } from '../lines.ts';
import { captionLines } from './caption.ts';
import { columnWidths, contentWidths } from './table-widths.ts';
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
  const columns = Math.max(0, ...block.rows.map((r) => r.cells.length));

  const isHeader = (r: number): boolean => r < block.headerRows;
  const runStyle = (header: boolean): RunStyle => ({ family: 'body', italic: ctx.text.italic, bold: header, size });
  const cellRuns = block.rows.map((row, r) => row.cells.map((cell) => flattenInlines(cell.children, runStyle(isHeader(r)), theme)));
  const mins = Array.from({ length: columns }, () => 0);
  const prefs = Array.from({ length: columns }, () => 0);
  const maxes = Array.from({ length: columns }, () => 0);
  cellRuns.forEach((row, r) => {
    row.forEach((runs, c) => {
      const w = contentWidths(runs, ctx);
      const short = !isHeader(r) && wordCount(inlineText(block.rows[r]?.cells[c]?.children ?? [])) <= SHORT_CELL_WORDS && w.max + 2 * pad <= ctx.width / columns;
      mins[c] = Math.max(mins[c] ?? 0, w.min + 2 * pad);
      prefs[c] = Math.max(prefs[c] ?? 0, (isHeader(r) ? w.two : short ? w.max : w.min) + 2 * pad);
      maxes[c] = Math.max(maxes[c] ?? 0, w.max + 2 * pad);
    });
  });
  const widths = columnWidths(mins, maxes, ctx.width, prefs);
  const aligns = columnAlignments(block);
  const tableWidth = widths.reduce((a, b) => a + b, 0);
  const left = Math.max(0, (ctx.width - tableWidth) / 2);

  let wordBase = ctx.wordBase;
  const structure = openElement(ctx, 'Table');
  // A Pandoc caption, above the table and kept with its first row.
  const caption = captionLines(block.caption ?? [], inside(ctx, structure), true).map((line) => ({ ...line, keepWithNext: true }));
  wordBase += wordCount(inlineText(block.caption ?? []));
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
      const header = isHeader(r);
      const lines = setParagraph(cellRuns[r]?.[c] ?? [], { ...ctx, width: width - 2 * pad, wordBase }, {
        align: toAlign(aligns[c] ?? null),
        firstIndent: 0,
        size,
        leading,
        role: (header ? 'TH' : 'TD') as Role,
        tag: header ? openElement(tr, 'TH', { scope: 'Column' }) : openElement(tr, 'TD'),
        hyphenate: !header,
        // A header cell that wraps is balanced, like a heading: no word alone under the rest.
        balance: header,
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
  if (block.rows.length === 0) return { items: [], spaceBefore: 0, spaceAfter: 0 };
  // The text block's height: no box may be taller than this.
  const bodyHeight = theme.page.height - theme.margins.top - theme.margins.bottom;
  const heads = block.rows.slice(0, block.headerRows).map((row, r) => setRow(row, r));
  const bodyRows = block.rows.slice(block.headerRows);
  const headHeight = heads.reduce((sum, set) => sum + rowHeight(set), 0) + 2 * rule;
  // A header repeats on continuation pages only if it leaves room there for rows.
  const repeats = heads.length > 0 && headHeight <= bodyHeight / 2;
  const header = heads.flatMap((set, r) =>
    rowBoxes(set, {
      ruleTop: r === 0,
      ruleBottom: r === heads.length - 1,
      limit: bodyHeight,
      keepWithNext: r < heads.length - 1 || bodyRows.length > 0,
      repeatHeader: null,
      splittable: false,
    }),
  );
  const rowLimit = repeats ? bodyHeight - headHeight : bodyHeight;
  const rows: FlowBox[] = bodyRows.flatMap((row, i) =>
    rowBoxes(setRow(row, heads.length + i), {
      // A headerless table's rule above is its first row's.
      ruleTop: heads.length === 0 && i === 0,
      ruleBottom: i === bodyRows.length - 1,
      limit: rowLimit,
      keepWithNext: false,
      repeatHeader: repeats ? header : null,
      splittable: true,
    }),
  );
  const captioned: FlowItem[] = caption.length > 0 ? [...caption, glue(theme.figure.captionGap)] : [];
  const items = [...captioned, ...header, ...rows];
  // Links to the table (`{#tbl:id}` in its caption) lead to its top.
  if (block.id !== undefined) anchorFirstBox(items, block.id);
  return { items, spaceBefore: style.spaceBefore, spaceAfter: style.spaceAfter };
};
