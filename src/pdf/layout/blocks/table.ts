import type { Align, TableRow } from '../../../document.ts';
import { inlineText, words } from '../../../text.ts';
import type { Destination, PageItem, Role } from '../../page-model.ts';
import type { LayoutContext } from '../context.ts';
import { box, shiftDestinations, shiftItems } from '../flow.ts';
import type { FlowBox } from '../flow.ts';
import { flattenInlines } from '../inline.ts';
import type { RunStyle } from '../inline.ts';
import { setParagraph } from '../lines.ts';
import type { StyledRun } from '../types.ts';
import type { BlockHandler } from './types.ts';

/** Narrowest and widest a column's content can be set (CSS min-/max-content). */
function contentWidths(runs: readonly StyledRun[], ctx: LayoutContext): { min: number; max: number } {
  let max = 0;
  let min = 0;
  let line = 0;
  for (const run of runs) {
    for (const [i, segment] of run.text.split('\n').entries()) {
      if (i > 0) line = 0;
      line += ctx.fonts.measure(segment, run.font, run.size);
      max = Math.max(max, line);
      for (const word of segment.split(/\s+/u)) min = Math.max(min, ctx.fonts.measure(word, run.font, run.size));
    }
  }
  return { min, max };
}

/**
 * Column widths: natural widths when they all fit. Otherwise columns whose
 * natural width is within an even share keep it (a short column never wraps
 * to make room for a long one), and the rest shrink towards their narrowest
 * in proportion to how much they can give.
 */
export function columnWidths(mins: readonly number[], maxes: readonly number[], available: number): number[] {
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
  const sumMin = flexible.reduce((a, i) => a + (mins[i] ?? 0), 0);
  const sumMax = flexible.reduce((a, i) => a + (maxes[i] ?? 0), 0);
  for (const i of flexible) {
    const min = mins[i] ?? 0;
    const max = maxes[i] ?? 0;
    widths[i] = sumMin >= room ? (min / sumMin) * room : min + (max - min) * ((room - sumMin) / (sumMax - sumMin));
  }
  return widths;
}

const toAlign = (a: Align | undefined): 'left' | 'right' | 'center' => a ?? 'left';

/**
 * Tables: columns sized from their content, cells wrapped by the line breaker,
 * booktabs rules; rows never split, and the header row repeats on every page
 * the table runs onto.
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
  const maxes = Array.from({ length: columns }, () => 0);
  for (const row of cellRuns) {
    row.forEach((runs, c) => {
      const w = contentWidths(runs, ctx);
      mins[c] = Math.max(mins[c] ?? 0, w.min + 2 * pad);
      maxes[c] = Math.max(maxes[c] ?? 0, w.max + 2 * pad);
    });
  }
  const widths = columnWidths(mins, maxes, ctx.width);
  const tableWidth = widths.reduce((a, b) => a + b, 0);
  const left = Math.max(0, (ctx.width - tableWidth) / 2);

  let wordBase = ctx.wordBase;
  const setRow = (row: TableRow, r: number): { height: number; items: PageItem[]; destinations: Destination[]; noteRefs: number[]; word: number } => {
    const word = wordBase;
    const items: PageItem[] = [];
    const destinations: Destination[] = [];
    const noteRefs: number[] = [];
    let height = 0;
    let x = left;
    row.cells.forEach((cell, c) => {
      const width = widths[c] ?? 0;
      const lines = setParagraph(cellRuns[r]?.[c] ?? [], { ...ctx, width: width - 2 * pad, wordBase }, {
        align: toAlign(block.align[c]),
        firstIndent: 0,
        size,
        leading,
        role: (r === 0 ? 'TH' : 'TD') as Role,
        hyphenate: true,
        keepTogether: false,
      });
      let y = rowPad;
      for (const line of lines) {
        items.push(...shiftItems(line.items, x + pad, y));
        destinations.push(...shiftDestinations(line.destinations, x + pad, y));
        noteRefs.push(...line.noteRefs);
        y += line.height;
      }
      height = Math.max(height, y + rowPad);
      x += width;
      wordBase += words(inlineText(cell.children)).length;
    });
    return { height, items, destinations, noteRefs: [...new Set(noteRefs)], word };
  };

  const ruleAt = (y: number): PageItem => ({ kind: 'rule', x: left, y, width: tableWidth, thickness: rule, role: 'Artifact' });
  const [headerRow, ...bodyRows] = block.rows;
  if (headerRow === undefined) return { items: [], spaceBefore: 0, spaceAfter: 0 };
  const head = setRow(headerRow, 0);
  const header = box({
    height: head.height + 2 * rule,
    items: [ruleAt(0), ...shiftItems(head.items, 0, rule), ruleAt(head.height + rule)],
    destinations: shiftDestinations(head.destinations, 0, rule),
    noteRefs: head.noteRefs,
    keepWithNext: bodyRows.length > 0,
    start: { block: ctx.block, word: head.word },
  });
  const rows: FlowBox[] = bodyRows.map((row, i) => {
    const set = setRow(row, i + 1);
    const last = i === bodyRows.length - 1;
    return box({
      height: set.height + (last ? rule : 0),
      items: last ? [...set.items, ruleAt(set.height)] : set.items,
      destinations: set.destinations,
      noteRefs: set.noteRefs,
      start: { block: ctx.block, word: set.word },
      repeatHeader: [header],
    });
  });
  return { items: [header, ...rows], spaceBefore: style.spaceBefore, spaceAfter: style.spaceAfter };
};
