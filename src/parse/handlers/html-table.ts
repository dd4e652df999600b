// An HTML <table> with no header row (no <thead>, no <th> in its first rows),
// as hand-written READMEs and converted Word tables come: a table of body rows
// only. hast-util-to-mdast gives such a table an empty first row to stand as
// Markdown's header, which the writers would set as an empty header (a second
// rule over the first row in the PDF, an empty <thead> in the EPUB). That row
// is taken out and the table marked headerless, as Pandoc's headerless tables
// are (data.headerRows, multiline-tables.ts).
import type { Element, ElementContent } from 'hast';
import { defaultHandlers, type Handle } from 'hast-util-to-mdast';
import type { Table } from 'mdast';

export const htmlTable: Handle = (state, element) => {
  const converted = defaultHandlers.table(state, element);
  if (converted.type !== 'table') return converted;
  // The converter added a row when it returns one more than the HTML has.
  if (converted.children.length !== rowsOf(element) + 1 || converted.children.length < 2) return converted;
  const table: Table = { ...converted, children: converted.children.slice(1), data: { ...converted.data, headerRows: 0 } };
  return table;
};

/** The <tr>s of the table itself (in <thead>, <tbody>, <tfoot> or directly), not of tables nested in its cells. */
function rowsOf(element: Element): number {
  const count = (children: readonly ElementContent[]): number =>
    children.reduce((sum, child) => {
      if (child.type !== 'element' || child.tagName === 'table') return sum;
      return sum + (child.tagName === 'tr' ? 1 : count(child.children));
    }, 0);
  return count(element.children);
}
