// Pandoc's simple tables: a header line, a line of dashes under each column,
// rows, and a blank line.
//
//       Right     Left     Center     Default
//     -------     ------ ----------   -------
//          12     12        12            12
//
// The dashes give each column's extent, and the header's place above them its
// alignment: flush right only, right; flush left only, left; neither, centre.
// CommonMark reads such a table as a paragraph, a thematic break and (its rows
// indented) code. Before the parse, each one is written as the GitHub table it
// is, character for character in place (a "|" on the space before each column,
// colons on the dashes), so every line and offset of the manuscript stays
// where it was and positions need no mending. A closing line of dashes is
// blanked. A table whose text crosses from one column into the next is left
// as it was written.

import { columnAlignment, fencedLines, frontMatterLength, opensBlock } from './table-lines.ts';
import type { ColumnAlign } from './table-lines.ts';

// Two columns at least, each of three dashes or more (so that "- - -", a thematic break, is none).
const DASH_LINE = /^ {0,3}-{3,}(?: +-{3,})+ *\r?$/u;
const CLOSING_LINE = /^ {0,3}-{3,}[- ]*\r?$/u;

/** `text` with each simple table written as a GitHub table, every line the same length. */
export function withSimpleTables(text: string): string {
  if (!text.includes('--')) return text;
  const lines = text.split('\n');
  const frontMatter = frontMatterLength(lines);
  const fenced = fencedLines(lines, frontMatter);
  let changed = false;
  for (let i = 1; i + 1 < lines.length; i += 1) {
    const line = lines[i] as string;
    if (fenced[i] === true || !DASH_LINE.test(line)) continue;
    const header = lines[i - 1] as string;
    if (fenced[i - 1] === true || header.trim() === '' || !opensBlock(lines, i - 1, frontMatter) || (lines[i + 1] ?? '').trim() === '') continue;
    let end = i + 1;
    while (end < lines.length && (lines[end] as string).trim() !== '') end += 1;
    // A line of dashes may close the table: it is blanked (spaces, its length kept), not read as a row.
    const closed = end - 1 > i + 1 && CLOSING_LINE.test(lines[end - 1] as string);
    const rewritten = asPipeTable(lines.slice(i - 1, closed ? end - 1 : end), line);
    if (rewritten === null) continue;
    lines.splice(i - 1, rewritten.length, ...rewritten);
    if (closed) lines[end - 1] = (lines[end - 1] as string).replace(/-/gu, ' ');
    changed = true;
    i = end;
  }
  return changed ? lines.join('\n') : text;
}

/** The table's lines (header, dashes, rows) as a GitHub table's, or null when a cell's text crosses a column's edge. */
function asPipeTable(table: readonly string[], dashes: string): string[] | null {
  const columns = [...dashes.matchAll(/-+/gu)].map((run) => ({ start: run.index, end: run.index + run[0].length }));
  // The "|" goes on the space just before each column but the first.
  const bars = columns.slice(1).map((column) => column.start - 1);
  const header = table[0] as string;
  const aligns = columns.map((column) => columnAlignment(header, column.start, column.end));
  const out: string[] = [];
  for (const [k, line] of table.entries()) {
    if (k === 1) {
      out.push(delimiter(dashes, columns, aligns, bars));
      continue;
    }
    // A row ending before a column has no bar there (the cell is empty); the header must reach every column.
    const inside = bars.filter((at) => at < line.length);
    if ((k === 0 && inside.length < bars.length) || inside.length === 0) return null;
    if (inside.some((at) => line[at] !== ' ') || line.includes('|')) return null;
    const barred = inside.reduce((row, at) => `${row.slice(0, at)}|${row.slice(at + 1)}`, line);
    // Four spaces would start indented code: a leading bar, on the first of them, keeps the row a row.
    out.push(barred.startsWith('    ') ? `|${barred.slice(1)}` : barred);
  }
  return out;
}

function delimiter(dashes: string, columns: readonly { start: number; end: number }[], aligns: readonly ColumnAlign[], bars: readonly number[]): string {
  const chars = [...dashes];
  columns.forEach((column, c) => {
    const align = aligns[c] ?? null;
    if (align === 'left' || align === 'center') chars[column.start] = ':';
    if (align === 'right' || align === 'center') chars[column.end - 1] = ':';
  });
  for (const at of bars) chars[at] = '|';
  return chars.join('');
}
