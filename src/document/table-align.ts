// Each table column's alignment: the one the author's GFM marker gives
// (:---, :---:, ---:), else right for a column of numbers, so that units,
// tens and decimal points line up, as in printed tables.
import type { Align, Block } from '../document.ts';
import { inlineText } from '../text.ts';
import { tableGrid } from './table-grid.ts';

/**
 * A number as tables show it: optional sign or bracket, currency before or
 * after, thousands separators (comma, period, thin or no-break space),
 * decimals, a percent or per-mille sign.
 */
const NUMBER =
  /^[([]?[-+\u2212\u00B1]?[$€£¥]?\s?(?:\d{1,3}(?:[,.\u00A0\u202F\u2009' ]\d{3})+|\d+)(?:[.,]\d+)?\s?(?:%|‰|[$€£¥])?[)\]]?$/u;
/** What stands for "no value" in a numeric column. */
const EMPTY = /^(?:|[-\u2013\u2014]|n\/a)$/iu;

export const isNumber = (text: string): boolean => NUMBER.test(text.trim());

/**
 * The alignment of every column: the author's marker wins; a column whose body
 * cells are all numbers is right-aligned (a cell spanning columns is none of
 * theirs: a merged label does not make a column of figures text).
 */
export function columnAlignments(table: Extract<Block, { type: 'table' }>): Align[] {
  const grid = tableGrid(table);
  const body = grid.rows.slice(table.headerRows).flat();
  return Array.from({ length: grid.columns }, (_, c) => {
    const given = table.align[c] ?? null;
    if (given !== null) return given;
    const texts = body.filter((placed) => placed.column === c && placed.colSpan === 1).map((placed) => inlineText(placed.cell.children).trim());
    const numeric = texts.some(isNumber) && texts.every((t) => isNumber(t) || EMPTY.test(t));
    return numeric ? 'right' : null;
  });
}
