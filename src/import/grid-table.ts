// A table whose cells span columns or rows, written as a Pandoc grid table: a
// GFM pipe table cannot merge cells, and an HTML table would leave its cells'
// content raw HTML (Markdown is not read inside an HTML block), so links would
// not become notes nor images point at the saved files. Each cell is one line
// of Markdown; a merged cell has no border inside it, as Pandoc draws one:
//
//   +-------+---------------+
//   | Route | Departures    |
//   |       +-------+-------+
//   |       | Am    | Pm    |
//   +=======+=======+=======+
import { tableGrid } from '../document/table-grid.ts';

export interface GridCell {
  /** One line of Markdown. */
  readonly text: string;
  readonly colSpan: number;
  readonly rowSpan: number;
}

/** Characters a cell's text takes (one per code point: the grid lines up in a monospaced editor for most scripts). */
const length = (text: string): number => [...text].length;

export function gridTableMarkdown(rows: readonly (readonly GridCell[])[], headerRows: number): string {
  const grid = tableGrid({ rows: rows.map((row) => ({ cells: row.map(({ colSpan, rowSpan }) => ({ children: [], colSpan, rowSpan })) })), headerRows });
  const placed = grid.rows.flatMap((row, r) => row.map((cell, i) => ({ ...cell, text: (rows[r]?.[i]?.text ?? '').replace(/\|/gu, '\\|') })));
  const columns = Math.max(1, grid.columns);
  const count = rows.length;
  // Which cell covers each place: its index in `placed`, or a fresh one for a place no cell covers (an empty cell).
  const owner = rows.map(() => Array.from({ length: columns }, () => -1));
  placed.forEach((cell, id) => {
    for (let r = cell.row; r < cell.row + cell.rowSpan; r += 1) for (let c = cell.column; c < cell.column + cell.colSpan; c += 1) owner[r]![c] = id;
  });
  let fresh = placed.length;
  for (const row of owner) for (let c = 0; c < columns; c += 1) if (row[c] === -1) row[c] = fresh++;
  const at = (r: number, c: number): number => owner[r]?.[c] ?? -1;

  // Each column's width: its widest one-column cell, then what a spanning cell lacks goes to its last column.
  const widths = Array.from({ length: columns }, () => 3);
  for (const cell of placed.filter((p) => p.colSpan === 1)) widths[cell.column] = Math.max(widths[cell.column] ?? 0, length(cell.text));
  for (const cell of placed.filter((p) => p.colSpan > 1).sort((a, b) => a.colSpan - b.colSpan)) {
    const have = widths.slice(cell.column, cell.column + cell.colSpan).reduce((sum, w) => sum + w + 3, -3);
    const last = cell.column + cell.colSpan - 1;
    if (length(cell.text) > have) widths[last] = (widths[last] ?? 0) + length(cell.text) - have;
  }
  /** Whether a border runs down at column boundary `k` (0 and `columns` are the table's edges) in row `r`. */
  const vertical = (r: number, k: number): boolean => r >= 0 && r < count && (k === 0 || k === columns || at(r, k - 1) !== at(r, k));

  /** The line above row `b` (the table's bottom when `b` is the row count). */
  const border = (b: number): string => {
    const mark = b === headerRows && b > 0 && b < count ? '=' : '-';
    const ruled = (c: number): boolean => b === 0 || b === count || at(b - 1, c) !== at(b, c);
    let line = '';
    for (let k = 0; k <= columns; k += 1) {
      const across = (k > 0 && ruled(k - 1)) || (k < columns && ruled(k));
      const down = vertical(b - 1, k) || vertical(b, k);
      line += across ? (down ? '+' : mark) : down ? '|' : ' ';
      if (k < columns) line += (ruled(k) ? mark : ' ').repeat((widths[k] ?? 0) + 2);
    }
    return line.trimEnd();
  };
  /** Row `r`'s line: each cell starting in it, its text padded across its columns; a cell spanning down from above, blank. */
  const content = (r: number): string => {
    let line = '';
    for (let k = 0; k < columns; ) {
      const id = at(r, k);
      let end = k + 1;
      while (end < columns && at(r, end) === id) end += 1;
      const width = widths.slice(k, end).reduce((sum, w) => sum + w + 3, -3);
      const cell = placed[id];
      const text = cell !== undefined && cell.row === r ? cell.text : '';
      line += `${vertical(r, k) ? '|' : ' '} ${text}${' '.repeat(width - length(text))} `;
      k = end;
    }
    return `${line}|`;
  };
  const lines = [border(0)];
  for (let r = 0; r < count; r += 1) lines.push(content(r), border(r + 1));
  return lines.join('\n');
}
