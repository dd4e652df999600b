// Pandoc's table captions: a paragraph right before or after a table that
// begins "Table:" (or "table:", or only ":") captions it. Read here, on the
// mdast tree, so the caption travels with its table (`data.caption`, its
// prefix left out) and the paragraph is gone: the writers set it above the
// table, as Pandoc's PDF does, and the text check reads it there too. An
// attribute block ending the caption, `: Sizes {#tbl:sizes}` (as Pandoc 3
// and pandoc-crossref read it), is never printed; its id is the table's.
import type { Nodes, Paragraph, PhrasingContent, Root } from 'mdast';
import { withoutAttributes } from './handlers/heading.ts';

declare module 'mdast' {
  interface TableData {
    /** Pandoc's caption paragraph's content, its "Table:" and attribute block left out. */
    caption?: PhrasingContent[];
    /** The id the caption's attribute block gives, as written. */
    id?: string;
  }
}

const PREFIX = /^(?:[Tt]able)?:[ \t]+/u;
const TABLES = new Set(['table', 'gridTable']);

/** The tree with each table's caption paragraph moved onto the table. */
export function withTableCaptions(root: Root): Root {
  const visit = (node: Nodes): void => {
    if (!('children' in node)) return;
    const children = node.children as Nodes[];
    if (children.some((child) => TABLES.has(child.type))) (node as { children: Nodes[] }).children = captioned(children);
    for (const child of (node as { children: Nodes[] }).children) visit(child);
  };
  visit(root);
  return root;
}

function captioned(children: readonly Nodes[]): Nodes[] {
  const out = [...children];
  for (let i = 0; i < out.length; i += 1) {
    const table = out[i] as Nodes;
    if (!TABLES.has(table.type) || (table.data as { caption?: unknown } | undefined)?.caption !== undefined) continue;
    // Before the table first, as Pandoc reads it; a paragraph already taken by the table before is no longer there.
    for (const at of [i - 1, i + 1]) {
      const written = captionOf(out[at]);
      if (written === null) continue;
      const { children: caption, id } = withoutAttributes(written);
      table.data = { ...table.data, caption, ...(id === undefined ? {} : { id }) } as typeof table.data;
      out.splice(at, 1);
      if (at < i) i -= 1;
      break;
    }
  }
  return out;
}

/** A caption paragraph's content without its prefix, or null. */
function captionOf(node: Nodes | undefined): PhrasingContent[] | null {
  if (node?.type !== 'paragraph') return null;
  const [first, ...rest] = (node as Paragraph).children;
  if (first?.type !== 'text' || !PREFIX.test(first.value)) return null;
  const value = first.value.replace(PREFIX, '');
  return value === '' ? rest : [{ ...first, value }, ...rest];
}
