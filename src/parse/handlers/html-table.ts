// HTML <table>s in a manuscript, as mdast tables. hast-util-to-mdast fills the
// places a rowspan/colspan covers with empty cells, which would print a merged
// cell in its first place and leave the rest empty; so the table is converted
// with its spans taken off, and each cell given its span back as data
// (`colSpan`, `rowSpan`, read by table-cell.ts): a row keeps the cells that
// start in it, as Galley's Document does.
//
// Its header rows are its <thead>'s (or its leading rows of <th>), so a head
// of two rows, a group heading over its columns' own, is one head.
//
// A table with no header row (no <thead>, no <th> in its first rows), as
// hand-written READMEs and converted Word tables come, is a table of body
// rows only: the converter gives it an empty first row to stand as
// Markdown's header, which the writers would set as an empty header (a second
// rule over the first row in the PDF, an empty <thead> in the EPUB). That row
// is taken out and the table marked headerless, as Pandoc's headerless tables
// are (data.headerRows, multiline-tables.ts).
import type { Element, ElementContent } from 'hast';
import { defaultHandlers, type Handle } from 'hast-util-to-mdast';
import type { Table } from 'mdast';

declare module 'mdast' {
  interface TableCellData {
    /** Columns an HTML cell spans (its colspan), when more than one. */
    colSpan?: number;
    /** Rows an HTML cell spans (its rowspan), when more than one. */
    rowSpan?: number;
  }
}

interface Spans {
  readonly colSpan: number;
  readonly rowSpan: number;
}

export const htmlTable: Handle = (state, element) => {
  const rows = rowsOf(element);
  const spans = rows.map((tr) => cellsOf(tr).map(spansOf));
  const converted = defaultHandlers.table(state, withoutSpans(element, new Set(rows)));
  if (converted.type !== 'table') return converted;
  // The converter added a row when it returns one more than the HTML has.
  const added = converted.children.length === rows.length + 1 && converted.children.length >= 2;
  const children = added ? converted.children.slice(1) : converted.children;
  if (spans.some((row) => row.some((span) => span.colSpan > 1 || span.rowSpan > 1)) && children.length === rows.length) {
    children.forEach((row, r) => {
      const own = spans[r] ?? [];
      // Past the row's own cells are the converter's padding: Galley pads rows itself, knowing the spans.
      row.children = row.children.slice(0, own.length).map((cell, c) => {
        const { colSpan, rowSpan } = own[c] ?? { colSpan: 1, rowSpan: 1 };
        if (colSpan === 1 && rowSpan === 1) return cell;
        return { ...cell, data: { ...cell.data, ...(colSpan > 1 ? { colSpan } : {}), ...(rowSpan > 1 ? { rowSpan } : {}) } };
      });
    });
  }
  const table: Table = { ...converted, children, data: { ...converted.data, headerRows: added ? 0 : headerRows(element, rows) } };
  return table;
};

/** The rows of its <thead>, else its leading rows of <th> only (at least one): a head of two rows (a group header over its columns') stays one. */
function headerRows(element: Element, rows: readonly Element[]): number {
  const head = element.children.find((child): child is Element => child.type === 'element' && child.tagName === 'thead');
  if (head !== undefined) return Math.max(1, rowsOf(head).length);
  const leading = rows.findIndex((tr) => !cellsOf(tr).every((cell) => cell.tagName === 'th'));
  return Math.max(1, leading === -1 ? rows.length : leading);
}

/** The <tr>s of the table itself (in <thead>, <tbody>, <tfoot> or directly), not of tables nested in its cells. */
function rowsOf(element: Element): Element[] {
  const collect = (children: readonly ElementContent[]): Element[] =>
    children.flatMap((child) => {
      if (child.type !== 'element' || child.tagName === 'table') return [];
      return child.tagName === 'tr' ? [child] : collect(child.children);
    });
  return collect(element.children);
}

const cellsOf = (tr: Element): Element[] => tr.children.filter((child): child is Element => child.type === 'element' && (child.tagName === 'td' || child.tagName === 'th'));

/** A span as browsers read it: a whole number from 1; colspan at most 1000 and rowspan 65534 (HTML's limits), 0 or junk counting 1. */
function spansOf(cell: Element): Spans {
  const read = (value: unknown, limit: number): number => {
    const n = Number.parseInt(String(value ?? ''), 10);
    return Number.isFinite(n) && n > 1 ? Math.min(n, limit) : 1;
  };
  return { colSpan: read(cell.properties.colSpan, 1000), rowSpan: read(cell.properties.rowSpan, 65534) };
}

/** A copy of the table whose own cells (not a nested table's) have no colspan or rowspan. */
function withoutSpans(element: Element, rows: ReadonlySet<Element>): Element {
  const strip = (node: Element): Element => {
    if (rows.has(node)) {
      const spanless = (cell: Element): Element => ({ ...cell, properties: Object.fromEntries(Object.entries(cell.properties).filter(([key]) => key !== 'colSpan' && key !== 'rowSpan')) });
      return { ...node, children: node.children.map((child) => (child.type === 'element' && (child.tagName === 'td' || child.tagName === 'th') ? spanless(child) : child)) };
    }
    return { ...node, children: node.children.map((child) => (child.type === 'element' && child.tagName !== 'table' ? strip(child) : child)) };
  };
  return strip(element);
}
