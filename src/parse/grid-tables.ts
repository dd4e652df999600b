// Pandoc's grid tables (`+---+` borders, `+===+` under the header), read by
// @adobe/remark-gridtables into `gridTable` nodes whose cells hold blocks.
// That library parses each cell's text as a document of its own, so the
// positions inside a cell count from the cell's first line, and its rows and
// cells have none. This plugin notes where each line of a cell stands in the
// manuscript and moves the cell's positions there, so that a warning inside a
// cell names its own line and `ctx.source` reads the cell's own text; note
// marks in cells are read there too (grid-notes.ts).
import remarkGridTables from '@adobe/remark-gridtables';
import type { Cite, GridTable, GridTableCell, Nodes, Parent, RootContent } from 'mdast';
import type { CompileContext, Extension, Token } from 'mdast-util-from-markdown';
import type { Processor } from 'unified';
import type { Point, Position } from 'unist';
import { markNotes } from './grid-notes.ts';

declare module 'mdast' {
  /** A grid table: its header (closed by `+===+`), body and foot (between `+===+` lines at the bottom). */
  interface GridTable extends Parent {
    type: 'gridTable';
    children: GridTableSection[];
  }
  interface GridTableSection extends Parent {
    type: 'gtHeader' | 'gtBody' | 'gtFooter';
    children: GridTableRow[];
  }
  interface GridTableRow extends Parent {
    type: 'gtRow';
    /** Its cells, less those that a cell of a row above spans into. */
    children: GridTableCell[];
  }
  interface GridTableCell extends Parent {
    type: 'gtCell';
    colSpan?: number;
    rowSpan?: number;
    /** From the `:` marks on the border above the cell. */
    align?: 'left' | 'right' | 'center' | 'justify';
    children: RootContent[];
  }
  interface BlockContentMap {
    gridTable: GridTable;
  }
  interface RootContentMap {
    gridTable: GridTable;
    gtHeader: GridTableSection;
    gtBody: GridTableSection;
    gtFooter: GridTableSection;
    gtRow: GridTableRow;
    gtCell: GridTableCell;
  }
}

/** A point with its offset, as remark gives every point it reads. */
interface Place {
  readonly line: number;
  readonly column: number;
  readonly offset: number;
}

/** One line of a cell's text: where it starts in the manuscript, and as written (border characters left out). */
interface CellLine {
  readonly start: Place;
  readonly text: string;
}

/** What the library keeps of a table while reading it (its `tableInfo`): the cells that a line's text goes to. */
interface LibraryCell {
  readonly node: GridTableCell;
  readonly lines: readonly string[];
}
interface LibraryTable {
  readonly colPos: number;
  readonly cells: readonly (LibraryCell | undefined)[];
  readonly pendingCells: readonly (LibraryCell | null | undefined)[];
}

/** The remark plugin: @adobe/remark-gridtables, with positions in the manuscript inside cells. */
export function remarkGridTablesPlaced(this: Processor): undefined {
  remarkGridTables.call(this);
  const extensions = (this.data('fromMarkdownExtensions') ?? []).flat() as Extension[];
  const library = extensions.find((extension) => extension.exit?.gtCell !== undefined && extension.exit.gridTable !== undefined);
  const exitCell = library?.exit?.gtCell;
  const exitTable = library?.exit?.gridTable;
  if (library === undefined || exitCell === undefined || exitTable === undefined) return undefined;
  // null: the lines the cell was given could not all be followed, so it takes the table's start.
  const cellLines = new WeakMap<GridTableCell, CellLine[] | null>();
  library.exit = {
    ...library.exit,
    gtCell(this: CompileContext, token: Token) {
      const info = (this.data as { tableInfo?: LibraryTable }).tableInfo;
      const column = info?.colPos;
      exitCell.call(this, token);
      // The library puts the line into the cell spanning down into this column, or else the row's own cell there.
      const cell = column === undefined ? undefined : (info?.pendingCells[column] ?? info?.cells[column]);
      if (cell === undefined || cell === null) return;
      const noted = cellLines.get(cell.node);
      if (noted === null) return;
      const lines = noted ?? [];
      cellLines.set(cell.node, cell.lines.length === lines.length + 1 ? [...lines, { start: place(token.start), text: this.sliceSerialize(token) }] : null);
    },
    gridTable(this: CompileContext, token: Token) {
      const table = this.stack.at(-1) as GridTable | undefined;
      exitTable.call(this, token);
      if (table?.type === 'gridTable') placeCells(table, cellLines);
    },
  };
  return undefined;
}

function place(point: Point): Place {
  return { line: point.line, column: point.column, offset: point.offset ?? 0 };
}

function placeCells(table: GridTable, cellLines: WeakMap<GridTableCell, CellLine[] | null>): void {
  const fallback = place(table.position?.start ?? { line: 1, column: 1, offset: 0 });
  for (const row of table.children.flatMap((section) => section.children)) {
    for (const cell of row.children) placeCell(cell, cellLines.get(cell) ?? null, fallback);
    const first = row.children[0]?.position;
    const last = row.children.at(-1)?.position;
    if (first !== undefined && last !== undefined) row.position = { start: first.start, end: last.end };
  }
}

/**
 * Moves the positions in a cell (counted in the cell's text, which the library
 * made of its lines less their common indent) to the manuscript; with no lines
 * noted, every position becomes the table's start.
 */
function placeCell(cell: GridTableCell, lines: readonly CellLine[] | null, fallback: Place): void {
  const last = lines?.at(-1);
  if (lines === null || lines.length === 0 || last === undefined) {
    cell.position = { start: fallback, end: fallback };
    for (const node of descendants(cell)) movePositions(node, () => fallback);
    return;
  }
  const indent = commonIndent(lines.map((line) => line.text));
  markNotes(cell, lines.map((line) => line.text.slice(indent)));
  const lastEnd = shift(last.start, last.text.length);
  const toManuscript = (point: Point): Place => {
    const line = lines[point.line - 1];
    // Past the last line: the library's own additions (stand-in link definitions), which it removes again.
    return line === undefined ? lastEnd : shift(line.start, indent + point.column - 1);
  };
  cell.position = { start: lines[0]?.start ?? fallback, end: lastEnd };
  for (const node of descendants(cell)) movePositions(node, toManuscript);
}

function shift(start: Place, by: number): Place {
  return { line: start.line, column: start.column + by, offset: start.offset + by };
}

/** The spaces that every line with text starts with, which the library takes off before parsing the cell. */
function commonIndent(texts: readonly string[]): number {
  const indents = texts.filter((text) => text.trim() !== '').map((text) => /^ */u.exec(text)?.[0].length ?? 0);
  return indents.length === 0 ? 0 : Math.min(...indents);
}

function movePositions(node: Nodes, move: (point: Point) => Place): void {
  if (node.position !== undefined) node.position = { start: move(node.position.start), end: move(node.position.end) } satisfies Position;
  if (node.type === 'cite') (node as Cite).items = (node as Cite).items.map((item) => ({ ...item, position: move(item.position) }));
}

/** Every node inside `parent`, at any depth; an explicit stack, as cells may nest lists deeply. */
function descendants(parent: Parent): Nodes[] {
  const out: Nodes[] = [];
  const stack: Nodes[] = [...parent.children];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    out.push(node);
    if ('children' in node) stack.push(...node.children);
  }
  return out;
}
