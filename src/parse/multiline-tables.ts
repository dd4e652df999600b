// Pandoc's multiline tables, and its simple tables without a header: read as
// Pandoc reads them, into GitHub tables of the mdast tree.
//
//     -------------------------------------------------------------
//      Centered   Default           Right Left
//       Header    Aligned         Aligned Aligned
//     ----------- ------- --------------- -------------------------
//        First    row                12.0 Example of a row that
//                                         spans multiple lines.
//
//       Second    row                 5.0 Here's another one.
//     -------------------------------------------------------------
//
// A multiline table opens with a line of dashes across it and closes with
// another; the header (any number of lines) stands over a line of dashes per
// column, and blank lines part its rows, whose cells run over several lines.
// Without a header, a table opens with the dashes per column (then a blank
// line inside makes it multiline, else each line is a row, as in a simple
// table). CommonMark would read such a table as thematic breaks, paragraphs
// and code; no line of it could become a GitHub table row in place, as simple
// tables do (simple-tables.ts). So before the parse, each is hidden in an HTML
// comment written over its own characters (`<!--` over the first four, `-->`
// over the last three), so that no line or offset moves; after the parse, the
// comment is replaced by the table, each cell's text parsed as Markdown and
// placed where it stands in the manuscript.
import type { Nodes, PhrasingContent, Root, RootContent, Table, TableCell, TableRow } from 'mdast';
import type { Point, Position } from 'unist';
import { columnAlignment, fencedLines, frontMatterLength, opensBlock } from './table-lines.ts';

declare module 'mdast' {
  interface TableData {
    /** Header rows: 1 as GitHub's tables have, 0 for a table written without one. */
    headerRows?: number;
  }
}

const FULL_LINE = /^-{3,}[ \t]*\r?$/u;
const COLUMN_LINE = /^-{3,}(?: +-{3,})+[ \t]*\r?$/u;

/** A table found in the manuscript's lines (0-based, `end` exclusive). */
export interface HiddenTable {
  readonly start: number;
  readonly end: number;
  /** Header lines (none without a header). */
  readonly header: readonly number[];
  /** The line of dashes per column. */
  readonly columns: number;
  /** Rows, each a run of lines. */
  readonly rows: readonly (readonly number[])[];
}

/** The text with each such table hidden in a comment of the same length, and the tables by their first line. */
export function hideMultilineTables(text: string): { text: string; tables: Map<number, HiddenTable> } {
  const tables = new Map<number, HiddenTable>();
  if (!text.includes('---')) return { text, tables };
  const lines = text.split('\n');
  const frontMatter = frontMatterLength(lines);
  const fenced = fencedLines(lines, frontMatter);
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] as string;
    if (fenced[i] === true || !opensBlock(lines, i, frontMatter)) continue;
    const table = FULL_LINE.test(line) ? multiline(lines, i) : COLUMN_LINE.test(line) ? headerless(lines, i) : null;
    if (table === null || lines.slice(table.start, table.end).some((l) => l.includes('-->'))) continue;
    const first = lines[table.start] as string;
    lines[table.start] = `<!--${first.slice(4)}`;
    const last = lines[table.end - 1] as string;
    const cut = last.endsWith('\r') ? last.length - 1 : last.length;
    lines[table.end - 1] = `${last.slice(0, cut - 3)}-->${last.slice(cut)}`;
    tables.set(table.start, table);
    i = table.end - 1;
  }
  return tables.size === 0 ? { text, tables } : { text: lines.join('\n'), tables };
}

/** A table opened by a full line of dashes at `i`: header lines, the column line, rows, and a closing full line. */
function multiline(lines: readonly string[], i: number): HiddenTable | null {
  let k = i + 1;
  const header: number[] = [];
  while (k < lines.length && (lines[k] as string).trim() !== '' && !COLUMN_LINE.test(lines[k] as string)) header.push(k++);
  if (header.length === 0 || !COLUMN_LINE.test(lines[k] ?? '')) return null;
  const columns = k;
  const close = closing(lines, columns + 1, FULL_LINE);
  if (close === null) return null;
  return { start: i, end: close + 1, header, columns, rows: rowsBetween(lines, columns + 1, close, true) };
}

/** A table opened by the line of dashes per column at `i`, with no header, closed by a line of dashes. */
function headerless(lines: readonly string[], i: number): HiddenTable | null {
  const close = closing(lines, i + 1, /^-{3,}[- ]*\r?$/u);
  if (close === null || close === i + 1) return null;
  const body = lines.slice(i + 1, close);
  const multi = body.some((line) => line.trim() === '');
  return { start: i, end: close + 1, header: [], columns: i, rows: rowsBetween(lines, i + 1, close, multi) };
}

/** The first line from `from` matching `test` and followed by a blank line or the end, before a second blank line in a row. */
function closing(lines: readonly string[], from: number, test: RegExp): number | null {
  for (let k = from; k < lines.length; k += 1) {
    const line = lines[k] as string;
    if (line.trim() === '' && (lines[k + 1] ?? '').trim() === '') return null;
    if (test.test(line) && (lines[k + 1] ?? '').trim() === '') return k;
  }
  return null;
}

/** Rows of lines in [from, to): parted by blank lines (multiline), or one a line. */
function rowsBetween(lines: readonly string[], from: number, to: number, multi: boolean): number[][] {
  const rows: number[][] = [];
  let row: number[] = [];
  for (let k = from; k < to; k += 1) {
    if ((lines[k] as string).trim() === '') {
      if (row.length > 0) rows.push(row);
      row = [];
    } else if (multi) row.push(k);
    else rows.push([k]);
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

/** Parses a cell's text as a Markdown document. */
export type CellParser = (text: string) => Root;

/** The tree with each hidden table's comment replaced by its table. */
export function withMultilineTables(root: Root, tables: ReadonlyMap<number, HiddenTable>, text: string, parse: CellParser): Root {
  if (tables.size === 0) return root;
  const lines = text.split('\n');
  const starts: number[] = [];
  for (let k = 0, at = 0; k < lines.length; at += (lines[k] as string).length + 1, k += 1) starts.push(at);
  root.children = root.children.map((node): RootContent => {
    const table = node.type === 'html' && node.position !== undefined ? tables.get(node.position.start.line - 1) : undefined;
    return table === undefined ? node : tableOf(table, lines, starts, parse, node.position as Position);
  });
  return root;
}

function tableOf(table: HiddenTable, lines: readonly string[], starts: readonly number[], parse: CellParser, position: Position): Table {
  const dashes = (lines[table.columns] as string).replace(/\r$/u, '');
  const runs = [...dashes.matchAll(/-+/gu)].map((run) => ({ start: run.index, end: run.index + run[0].length }));
  // A column's text runs from its dashes to the next column's.
  const spans = runs.map((run, c) => ({ start: run.start, end: runs[c + 1]?.start ?? Number.MAX_SAFE_INTEGER }));
  // Aligned as the header stands over the dashes (the first row, without a header): its first line with text there.
  const alignLines = (table.header.length > 0 ? table.header : (table.rows[0] ?? [])).map((k) => (lines[k] as string).replace(/\r$/u, ''));
  const align = runs.map((run) => {
    const line = alignLines.find((text) => text.slice(run.start, run.end).trim() !== '');
    return line === undefined ? null : columnAlignment(line, run.start, run.end);
  });
  const row = (rowLines: readonly number[]): TableRow => ({
    type: 'tableRow',
    children: spans.map((span): TableCell => cell(rowLines, span, lines, starts, parse)),
  });
  const header = table.header.length > 0 ? [row(table.header)] : [];
  return { type: 'table', align, children: [...header, ...table.rows.map(row)], position, data: { headerRows: header.length } };
}

/** A cell: its column's slice of each line, parsed as Markdown, its nodes placed in the manuscript. */
function cell(rowLines: readonly number[], span: { start: number; end: number }, lines: readonly string[], starts: readonly number[], parse: CellParser): TableCell {
  const pieces = rowLines.map((k) => {
    const slice = (lines[k] as string).replace(/\r$/u, '').slice(span.start, span.end);
    const indent = slice.length - slice.trimStart().length;
    return { line: k, column: span.start + indent, text: slice.trim() };
  });
  const kept = pieces.filter((piece) => piece.text !== '');
  const children = kept.length === 0 ? [] : phrasing(parse(kept.map((piece) => piece.text).join('\n')), kept, starts);
  const first = kept[0] ?? pieces[0];
  const at = first === undefined ? undefined : pointAt(first.line, first.column, starts);
  return { type: 'tableCell', children, ...(at === undefined ? {} : { position: { start: at, end: at } }) };
}

/** The cell document's inline content, every node's position moved from the cell's text to the manuscript. */
function phrasing(doc: Root, pieces: readonly { line: number; column: number }[], starts: readonly number[]): PhrasingContent[] {
  const move = (point: Point): Point => {
    const piece = pieces[point.line - 1] ?? pieces.at(-1);
    return piece === undefined ? point : pointAt(piece.line, piece.column + point.column - 1, starts);
  };
  const place = (node: Nodes): void => {
    if (node.position !== undefined) node.position = { start: move(node.position.start), end: move(node.position.end) };
    if ('children' in node) for (const child of node.children) place(child);
  };
  const content = doc.children.flatMap((block) => (block.type === 'paragraph' || block.type === 'heading' ? block.children : []));
  for (const node of content) place(node);
  return content;
}

function pointAt(line: number, column: number, starts: readonly number[]): Point {
  return { line: line + 1, column: column + 1, offset: (starts[line] ?? 0) + column };
}
