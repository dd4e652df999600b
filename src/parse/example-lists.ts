// Pandoc's numbered examples (`example_lists`): every list written with `@`
// markers (fancy-list-construct.ts) is numbered on from the one before it, so
// examples count 1, 2, 3… across the whole document; an example may carry a
// label (`(@good)`), and `@good` in the text then prints its number ("As (3)
// shows"), whether the example comes before or after. Read after the parse:
// the numbers depend on every list before.
import type { Cite, Parent, Root, Text } from 'mdast';
import type { Diagnostics } from '../diagnostics.ts';
import { eachNode } from './each-node.ts';

// The marker at an item's start: `(@label)`, `@label.` or `@label)`.
const EXAMPLE_MARKER = /^[ \t]*\(?@([A-Za-z0-9_-]*)[.)]/u;

/** `root` with its example lists numbered across the document and `@label` references replaced by their numbers. */
export function withExampleLists(root: Root, text: string, diagnostics: Diagnostics): Root {
  const labels = new Map<string, number>();
  let count = 0;
  eachNode(root, (node) => {
    if (node.type !== 'list' || node.data?.numbering?.example !== true) return;
    node.start = count + 1;
    node.data = { ...node.data, numbering: { ...node.data.numbering, start: count + 1 } };
    for (const item of node.children) {
      count += 1;
      const offset = item.position?.start.offset;
      const label = offset === undefined ? '' : (EXAMPLE_MARKER.exec(text.slice(offset, offset + 80))?.[1] ?? '');
      if (label === '') continue;
      if (labels.has(label)) {
        const at = item.position?.start;
        if (at !== undefined) diagnostics.warning(at.line, at.column, `the example label "@${label}" is used twice; references print the first one's number`);
      } else labels.set(label, count);
    }
  });
  if (labels.size > 0) replaceReferences(root, labels);
  return root;
}

/** Each `@label` written in the text (an in-text citation to the parser) whose label names an example: its number. */
function replaceReferences(root: Root, labels: ReadonlyMap<string, number>): void {
  eachNode(root, (node) => {
    if (!('children' in node)) return;
    const parent = node as Parent;
    parent.children = parent.children.map((child) => {
      if (child.type !== 'cite') return child;
      const number = exampleNumber(child, labels);
      if (number === null) return child;
      const replaced: Text = { type: 'text', value: String(number), ...(child.position !== undefined ? { position: child.position } : {}) };
      return replaced;
    }) as typeof parent.children;
  });
}

function exampleNumber(cite: Cite, labels: ReadonlyMap<string, number>): number | null {
  const [item, ...rest] = cite.items;
  if (cite.mode !== 'in-text' || item === undefined || rest.length > 0 || item.suppressAuthor || item.suffix !== '') return null;
  return labels.get(item.key) ?? null;
}
