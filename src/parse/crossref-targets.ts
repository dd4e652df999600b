// What pandoc-crossref numbers, counted in document order as it counts them,
// each kind from 1: figures labelled `{#fig:…}` (an image alone in its
// paragraph), tables whose caption ends `{#tbl:…}` (table-captions.ts) and
// display formulas labelled `{#eq:…}` (equation-labels.ts). Unlabelled ones
// are not counted, as pandoc-crossref leaves them. Each learns its number as
// pandoc-crossref prints it: a figure's caption begins "Figure 1: " (the
// paragraph handler puts it there), a table's "Table 1: " (put here), a
// formula is tagged "(1)" (the math handler); a LaTeX environment's rows are
// numbered as pdflatex numbers them, unlabelled too (latex-rows.ts). Headings labelled `{#sec:…}`
// are known by their title: Galley numbers no headings. Read before the
// handlers run, so a reference may come before what it names
// (crossref-references.ts).
import type { Nodes, Root } from 'mdast';
import { eachNode } from './each-node.ts';
import { headingText, withoutAttributes } from './handlers/heading.ts';
import { loneImage } from './lone-image.ts';

declare module 'mdast' {
  interface ParagraphData {
    /** A pandoc-crossref figure's label, "Figure 1", which its caption opens with. */
    figureLabel?: string;
  }
}

export type CrossrefKind = 'fig' | 'tbl' | 'eq' | 'sec';

export interface CrossrefTarget {
  readonly kind: CrossrefKind;
  /** A figure's, table's or formula's number. */
  readonly number?: number;
  /** A heading's text. */
  readonly title?: string;
}

/** The kind a pandoc-crossref label names by its prefix (`fig:map` a figure); null for none it numbers. */
export function kindOf(label: string): CrossrefKind | null {
  const prefix = /^(fig|tbl|eq|sec):/u.exec(label)?.[1];
  return prefix === undefined ? null : (prefix as CrossrefKind);
}

/** Every labelled figure, table, formula and heading of `root` by label, numbered; `text` is what the offsets index. */
export function crossrefTargets(root: Root, text: string): Map<string, CrossrefTarget> {
  const targets = new Map<string, CrossrefTarget>();
  const counts: Record<CrossrefKind, number> = { fig: 0, tbl: 0, eq: 0, sec: 0 };
  /** The next number of the label's kind; none for a label met before (the handler warns of it) or of another kind. */
  const count = (label: string | undefined, kind: CrossrefKind): number | undefined => {
    if (label === undefined || kindOf(label) !== kind || targets.has(label)) return undefined;
    counts[kind] += 1;
    targets.set(label, { kind, number: counts[kind] });
    return counts[kind];
  };
  eachNode(root, (node: Nodes) => {
    if (node.type === 'paragraph') {
      const number = count(loneImage(node.children, text)?.image.data?.attributes?.attributes.id, 'fig');
      if (number !== undefined) node.data = { ...node.data, figureLabel: `Figure ${number}` };
    } else if (node.type === 'table' || node.type === 'gridTable') {
      const data = node.data as { id?: string; caption?: Nodes[] } | undefined;
      const number = count(data?.id, 'tbl');
      if (number !== undefined && data?.caption !== undefined) data.caption.unshift({ type: 'text', value: `Table ${number}: ` });
    } else if ((node.type === 'inlineMath' || node.type === 'math') && node.data?.rows !== undefined) {
      // LaTeX numbers every numbered row, labelled or not, in the count labelled formulas share.
      node.data.rows = node.data.rows.map((row) => {
        if (!row.numbered) return row;
        counts.eq += 1;
        if (row.label !== undefined && kindOf(row.label) === 'eq' && !targets.has(row.label)) targets.set(row.label, { kind: 'eq', number: counts.eq });
        return { ...row, number: counts.eq };
      });
    } else if (node.type === 'inlineMath' || node.type === 'math') {
      const number = count(node.data?.label, 'eq');
      if (number !== undefined) node.data = { ...node.data, number };
    } else if (node.type === 'heading') {
      const id = withoutAttributes(node.children).id;
      if (id !== undefined && kindOf(id) === 'sec' && !targets.has(id)) targets.set(id, { kind: 'sec', title: headingText(node) });
    }
  });
  return targets;
}
