// The vertical list that pagination consumes: boxes (lines, rows, images) that
// may carry note references, and glue between blocks that vanishes at a break.
import type { Destination, OutlineEntry, PageItem } from '../page-model.ts';

/** Where a box's first word lies: Document.blocks index and words before it. */
export interface FlowStart {
  readonly block: number;
  readonly word: number;
}

/** Identifies a box as line `line` of paragraph `paragraph` (an index into the report). */
export interface ParagraphLine {
  readonly paragraph: number;
  readonly line: number;
  readonly lines: number;
}

export interface FlowBox {
  readonly kind: 'box';
  readonly height: number;
  /** Drawn items, x from the text block's left edge, y from the box's top. */
  readonly items: readonly PageItem[];
  /** Notes cited in this box, in order. */
  readonly noteRefs: readonly number[];
  /** No page break may follow this box (orphans, widows, headings). */
  readonly keepWithNext: boolean;
  /**
   * A page break may follow this box only as a last resort: it ends in a
   * hyphen, and a word broken across a page turn is taken only when the page
   * would otherwise stop short (TeX's \brokenpenalty, as a preference).
   */
  readonly brokenWord: boolean;
  /**
   * The writer's page break (`\\newpage`): an empty box that opens the next
   * page. The page before it ends there, and may stop short, as before a heading.
   */
  readonly pageBreak: boolean;
  /**
   * The box ends a lead-in ("Consider this program:"): a page break may follow
   * it only as a last resort too, so the lead-in and what it introduces share
   * a page unless that would leave the page short.
   */
  readonly leadIn: boolean;
  readonly start: FlowStart | null;
  /** Destinations, positioned like `items`. */
  readonly destinations: readonly Destination[];
  readonly outline: readonly OutlineEntry[];
  readonly paragraphLine: ParagraphLine | null;
  /** Title of the section this box opens (running heads by section). */
  readonly section: string | null;
  /** Boxes to repeat at the top of a page this box begins (a table's header row). */
  readonly repeatHeader: readonly FlowBox[] | null;
  /** One line of a table row split line by line (blocks/table.ts). */
  readonly rowLine: RowLine | null;
}

/**
 * A line of a table row that pagination may split. Its items hold that line of
 * every cell, so consecutive lines of one row on a page are drawn all of one
 * cell, then the next (`inReadingOrder`), as an unsplit row is.
 */
export interface RowLine {
  /** The row, by identity. */
  readonly row: object;
  /** The cell each item belongs to, index for index. */
  readonly cells: readonly number[];
}

export interface FlowGlue {
  readonly kind: 'glue';
  readonly height: number;
}

export type FlowItem = FlowBox | FlowGlue;

export function box(fields: Partial<FlowBox> & Pick<FlowBox, 'height' | 'items'>): FlowBox {
  return {
    kind: 'box',
    noteRefs: [],
    keepWithNext: false,
    brokenWord: false,
    pageBreak: false,
    leadIn: false,
    start: null,
    destinations: [],
    outline: [],
    paragraphLine: null,
    section: null,
    repeatHeader: null,
    rowLine: null,
    ...fields,
  };
}

export function glue(height: number): FlowGlue {
  return { kind: 'glue', height };
}

/** Makes the first box of a block's flow the named destination that `#id` links go to (a list item, a table). */
export function anchorFirstBox(flow: FlowItem[], id: string): void {
  const first = flow.findIndex((f) => f.kind === 'box');
  const firstBox = flow[first];
  if (firstBox?.kind === 'box') flow[first] = { ...firstBox, destinations: [{ name: id, x: 0, y: 0 }, ...firstBox.destinations] };
}

/** Moves drawn items (and destinations) by dx, dy. */
export function shiftItems(items: readonly PageItem[], dx: number, dy: number): PageItem[] {
  return items.map((item) =>
    item.kind === 'line'
      ? { ...item, x: item.x + dx, baseline: item.baseline + dy }
      : { ...item, x: item.x + dx, y: item.y + dy },
  );
}

export function shiftDestinations(destinations: readonly Destination[], dx: number, dy: number): Destination[] {
  return destinations.map((d) => ({ ...d, x: d.x + dx, y: d.y + dy }));
}

/** Indents every box of a flow by dx (block quotes, list items). */
export function indentFlow(items: readonly FlowItem[], dx: number): FlowItem[] {
  return items.map((item) =>
    item.kind === 'glue'
      ? item
      : {
          ...item,
          items: shiftItems(item.items, dx, 0),
          destinations: shiftDestinations(item.destinations, dx, 0),
          repeatHeader: item.repeatHeader && (indentFlow(item.repeatHeader, dx) as FlowBox[]),
        },
  );
}

const HEADING = /^H[1-6]$/u;

/** The box is a heading's line or the writer's page break: a page may stop short before it. */
export const opensSection = (box: FlowBox): boolean => box.pageBreak || box.items.some((item) => item.kind === 'line' && HEADING.test(item.role));

/**
 * Page items of consecutive boxes, each already placed: the lines of one table
 * row are regrouped cell by cell (stable, so each cell keeps its line order).
 */
export function inReadingOrder(placed: readonly { readonly box: FlowBox; readonly items: readonly PageItem[] }[]): PageItem[] {
  const out: PageItem[] = [];
  for (let i = 0; i < placed.length; ) {
    const row = placed[i]?.box.rowLine?.row;
    let j = i + 1;
    while (row !== undefined && placed[j]?.box.rowLine?.row === row) j += 1;
    const run = placed.slice(i, j).flatMap(({ box: b, items }) => items.map((item, k) => ({ item, cell: b.rowLine?.cells[k] ?? 0 })));
    out.push(...run.sort((a, b) => a.cell - b.cell).map((entry) => entry.item));
    i = j;
  }
  return out;
}
