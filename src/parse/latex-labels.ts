// LaTeX's own way of numbering and citing equations, as Pandoc passes it to
// LaTeX and to MathJax: a display formula holding `\label{energy}` is
// numbered, and `\eqref{energy}` in the text prints "(1)", `\ref{energy}`
// "1", each a link to the formula; an unstarred numbered environment is
// numbered as pdflatex numbers it, labelled or not, row by row where it
// numbers rows (latex-rows.ts). A paragraph that is only a math
// environment (`\begin{equation} … \end{equation}`, align, gather, …) is a
// display formula, as Pandoc's HTML writer gives it to MathJax. The label is
// carried as pandoc-crossref's `eq:` one (equation-labels.ts), so both
// syntaxes share one count (crossref-targets.ts) and one way to be printed
// (the math handler). A reference to a label no formula has is printed as
// written, with a warning at it.
import type { Math } from 'mdast-util-math';
import type { Nodes, PhrasingContent, Root, Text } from 'mdast';
import type { Diagnostics } from '../diagnostics.ts';
import type { CrossrefTarget } from './crossref-targets.ts';
import { eachNode } from './each-node.ts';
import { environmentRows, LABEL } from './latex-rows.ts';

const ENVIRONMENT = /^\\begin\{(equation|align|gather|multline|flalign|alignat|eqnarray|displaymath)(\*?)\}[\s\S]*\\end\{\1\2\}$/u;
const REFERENCE = /\\(eqref|ref)\s*\{([^{}]+)\}/gu;

/** The pandoc-crossref label a LaTeX `\label{key}` is carried as. */
const crossrefLabel = (key: string): string => (key.startsWith('eq:') ? key : `eq:${key}`);

/**
 * `root` with each paragraph that is only a math environment made a display
 * formula, and each display formula's `\label` taken as its label (unless it
 * has pandoc-crossref's); before crossref-targets.ts counts them. `text` is
 * what the offsets index (`$$…$$` within a paragraph is display math too).
 */
export function withLatexLabels(root: Root, text: string): Root {
  eachNode(root, (node) => {
    if (!('children' in node)) return;
    const children = node.children as Nodes[];
    children.forEach((child, i) => {
      const from = child.position?.start.offset;
      const to = child.position?.end.offset;
      if (child.type !== 'paragraph' || from === undefined || to === undefined) return;
      // The source, not the parsed text: Markdown would have taken `\\` for an escaped backslash, `a_1_` for emphasis.
      const value = text.slice(from, to).trim();
      if (!ENVIRONMENT.test(value)) return;
      const math: Math = { type: 'math', value, ...(child.position ? { position: child.position } : {}) };
      children[i] = math;
    });
  });
  eachNode(root, (node) => {
    const display = node.type === 'math' || (node.type === 'inlineMath' && node.position !== undefined && text.startsWith('$$', node.position.start.offset));
    if (!display || node.data?.label !== undefined) return;
    // A numbered environment is numbered as LaTeX numbers it, row by row; a formula of no environment when labelled.
    const rows = environmentRows(node.value);
    if (rows !== null) {
      node.data = { ...node.data, rows: rows.map((row) => (row.label === undefined ? { ...row } : { ...row, label: crossrefLabel(row.label) })) };
      return;
    }
    const key = LABEL.exec(node.value)?.[1];
    if (key !== undefined) node.data = { ...node.data, label: crossrefLabel(key.trim()) };
  });
  return root;
}

/** Replaces `\eqref{…}` and `\ref{…}` in the text of `root` by the numbered formula's link; after crossref-targets.ts. */
export function resolveLatexReferences(root: Root, targets: ReadonlyMap<string, CrossrefTarget>, diagnostics: Diagnostics): void {
  eachNode(root, (node) => {
    if (!('children' in node)) return;
    const children = node.children as Nodes[];
    for (let i = 0; i < children.length; i += 1) {
      const child = children[i];
      if (child?.type !== 'text' || !child.value.includes('ref')) continue;
      const replaced = references(child, targets, diagnostics);
      children.splice(i, 1, ...replaced);
      i += replaced.length - 1;
    }
  });
}

function references(node: Text, targets: ReadonlyMap<string, CrossrefTarget>, diagnostics: Diagnostics): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let last = 0;
  for (const match of node.value.matchAll(REFERENCE)) {
    const [written, command, key = ''] = match;
    const label = crossrefLabel(key.trim());
    const number = targets.get(label)?.number;
    if (number === undefined) {
      const at = pointIn(node, match.index);
      if (at !== undefined) diagnostics.warning(at.line, at.column, `"${written}" is printed as written: no display formula has \\label{${key}}`);
      continue;
    }
    if (match.index > last) out.push({ type: 'text', value: node.value.slice(last, match.index) });
    out.push({ type: 'link', url: `#${label}`, children: [{ type: 'text', value: command === 'eqref' ? `(${number})` : String(number) }] });
    last = match.index + written.length;
  }
  if (last === 0) return [node];
  if (last < node.value.length) out.push({ type: 'text', value: node.value.slice(last) });
  return out;
}

/** Where character `index` of the text node stands, counting its lines from the node's start. */
function pointIn(node: Text, index: number): { line: number; column: number } | undefined {
  const start = node.position?.start;
  if (start === undefined) return undefined;
  const before = node.value.slice(0, index);
  const newline = before.lastIndexOf('\n');
  const lines = before.split('\n').length - 1;
  return { line: start.line + lines, column: newline < 0 ? start.column + index : index - newline };
}
