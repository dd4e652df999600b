// pandoc-crossref's equation labels: `$$ E = mc^2 $$ {#eq:energy}`, the block
// after a display formula, on its line or the next. Taken off here, where
// the tree is made, so that it is never printed (nor expected in the text by
// `galley check`): the label goes on the formula (`data.label`), which
// crossref-targets.ts numbers and the math handler makes a link target.
// Other attribute blocks after math stay text, as Pandoc prints them.
import type { InlineMath, Math } from 'mdast-util-math';
import type { Nodes, Paragraph, Root, RootContent, Text } from 'mdast';
import { eachNode } from './each-node.ts';
import type { EnvironmentRow } from './latex-rows.ts';
import { leadingAttributes } from './pandoc-attributes.ts';

/** A row of a LaTeX environment, its label in pandoc-crossref's form (`eq:…`), its number once counted. */
export type NumberedRow = EnvironmentRow & { number?: number };

declare module 'mdast-util-math' {
  interface MathData {
    /** pandoc-crossref's `{#eq:…}` after the formula, as written. */
    label?: string;
    /** Its number, once crossref-targets.ts has counted it. */
    number?: number;
    /** A LaTeX environment's rows (latex-rows.ts), each numbered by crossref-targets.ts, in place of one label and number. */
    rows?: NumberedRow[];
  }
  interface InlineMathData {
    label?: string;
    number?: number;
    rows?: NumberedRow[];
  }
}

/** `root` with the `{#eq:…}` after each display formula moved onto the formula; `text` is what the offsets index. */
export function withEquationLabels(root: Root, text: string): Root {
  eachNode(root, (node) => {
    if (!('children' in node)) return;
    const children = node.children as Nodes[];
    for (let i = 0; i < children.length; i += 1) {
      const math = children[i];
      if (math?.type === 'inlineMath' && isDisplay(math, text)) label(math, children, i + 1);
      // A `$$` block on lines of its own, the label on the next line (a paragraph of its own to micromark).
      if (math?.type === 'math' && touches(math, children[i + 1])) {
        const paragraph = children[i + 1] as Paragraph;
        label(math, paragraph.children, 0);
        if (paragraph.children.every((child) => child.type === 'text' && child.value.trim() === '')) children.splice(i + 1, 1);
      }
    }
  });
  return root;
}

/** Takes the `{#eq:…}` block opening `nodes[at]` (white space before it allowed) onto the formula. */
function label(math: InlineMath | Math, nodes: Nodes[], at: number): void {
  const next = nodes[at];
  if (next?.type !== 'text') return;
  const space = /^\s*/u.exec(next.value)?.[0].length ?? 0;
  const block = leadingAttributes(next.value.slice(space));
  const id = block?.attributes.id;
  if (block === null || id === undefined || !id.startsWith('eq:')) return;
  math.data = { ...math.data, label: id };
  const rest: Text = { ...next, value: next.value.slice(space + block.length) };
  if (rest.value === '') nodes.splice(at, 1);
  else nodes[at] = rest;
}

function isDisplay(math: InlineMath, text: string): boolean {
  const offset = math.position?.start.offset;
  return offset !== undefined && text.startsWith('$$', offset);
}

/** A paragraph starting on the line right after the block ends. */
function touches(math: Math, next: RootContent | Nodes | undefined): next is Paragraph {
  const end = math.position?.end.line;
  return next?.type === 'paragraph' && end !== undefined && next.position?.start.line === end + 1;
}
