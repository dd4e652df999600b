// Obsidian's comments, `%%like this%%`, inline or across lines and blocks:
// hidden in its reading view, written to keep text out of what is read, so
// left out without a word. Read in the tree, not the text, so that a `%%` in
// code (a code span, a block, TeX math, where `%` opens a comment) is
// printed as written, and every place in the manuscript keeps its line and
// column. What lies between the marks goes, whatever it is; a block left
// empty goes with it. A last `%%` with none to close it is printed: Obsidian
// would hide the rest of the note, and a stray mark must not empty a book.
import type { Nodes, Root } from 'mdast';
import { eachNode } from './each-node.ts';

const MARK = '%%';

export function withoutObsidianComments(root: Root): Root {
  let marks = 0;
  eachNode(root, (node) => {
    if (node.type === 'text') marks += node.value.split(MARK).length - 1;
  });
  if (marks < 2) return root;
  const state = { inside: false, left: marks - (marks % 2) };
  prune(root, state);
  return root;
}

interface State {
  inside: boolean;
  /** The marks still to be read that open or close a comment. */
  left: number;
}

/** The node's children with what the comments cover left out; whether anything of the node is left. */
function prune(node: Nodes, state: State): boolean {
  if (node.type === 'text') {
    node.value = visible(node.value, state);
    return node.value !== '';
  }
  if (!('children' in node)) return !state.inside;
  const had = node.children.length > 0;
  node.children = node.children.filter((child) => prune(child, state) && !blankParagraph(child)) as typeof node.children;
  return node.type === 'root' || (had ? node.children.length > 0 : !state.inside);
}

/** The parts of `value` outside comments, the state carried past its end. */
function visible(value: string, state: State): string {
  const parts = value.split(MARK);
  let kept = '';
  parts.forEach((part, i) => {
    if (i > 0 && state.left > 0) {
      state.inside = !state.inside;
      state.left -= 1;
    } else if (i > 0) kept += MARK;
    if (!state.inside) kept += part;
  });
  return kept;
}

/** A paragraph a comment left holding white space alone. */
function blankParagraph(node: Nodes): boolean {
  return node.type === 'paragraph' && node.children.every((child) => child.type === 'text' && child.value.trim() === '');
}
