// Table column widths as browsers' automatic table layout chooses them: each
// cell's narrowest and natural widths (CSS min- and max-content) and the width
// that sets a header in two lines, then the columns' share of the measure.
import type { LayoutContext } from '../context.ts';
import type { StyledRun } from '../types.ts';
import { urlBreakPositions } from '../url-breaks.ts';

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
export function contentWidths(runs: readonly StyledRun[], ctx: LayoutContext): { min: number; max: number; two: number } {
  let max = 0;
  let min = 0;
  let line = 0;
  // Each word with the space before it, for the two-line split.
  const words: { width: number; space: number }[] = [];
  for (const run of runs) {
    const space = ctx.fonts.measure(' ', run.font, run.size);
    if (run.math !== undefined) {
      // A formula is one unbreakable word as wide as it is set.
      const width = run.math.formula.width * run.size;
      line += width;
      max = Math.max(max, line);
      min = Math.max(min, width);
      words.push({ width, space });
      continue;
    }
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

/** A cell's widths (padding included) and the columns it stands across. */
export interface CellWidths {
  readonly column: number;
  readonly colSpan: number;
  readonly min: number;
  readonly pref: number;
  readonly max: number;
}

/**
 * Each column's narrowest, preferred and natural widths, from its own cells;
 * then each cell spanning columns (fewest columns first) widens the columns it
 * spans where they are together narrower than it, by what it lacks, shared in
 * proportion to their natural widths (evenly among columns with none), as
 * browsers' automatic layout shares it. A merged cell's text is set across its
 * columns, so it never forces its first column wide.
 */
export function spannedWidths(cells: readonly CellWidths[], columns: number): { mins: number[]; prefs: number[]; maxes: number[] } {
  const out = { mins: Array.from({ length: columns }, () => 0), prefs: Array.from({ length: columns }, () => 0), maxes: Array.from({ length: columns }, () => 0) };
  const keys = [
    ['mins', 'min'],
    ['prefs', 'pref'],
    ['maxes', 'max'],
  ] as const;
  for (const cell of cells.filter((c) => c.colSpan === 1)) {
    for (const [list, key] of keys) out[list][cell.column] = Math.max(out[list][cell.column] ?? 0, cell[key]);
  }
  for (const cell of cells.filter((c) => c.colSpan > 1).sort((a, b) => a.colSpan - b.colSpan)) {
    const spanned = Array.from({ length: Math.min(cell.colSpan, columns - cell.column) }, (_, k) => cell.column + k);
    const natural = spanned.reduce((sum, c) => sum + (out.maxes[c] ?? 0), 0);
    for (const [list, key] of keys) {
      const lack = cell[key] - spanned.reduce((sum, c) => sum + (out[list][c] ?? 0), 0);
      if (lack <= 0) continue;
      for (const c of spanned) out[list][c] = (out[list][c] ?? 0) + lack * (natural > 0 ? (out.maxes[c] ?? 0) / natural : 1 / spanned.length);
    }
  }
  return out;
}
