// Obsidian's block identifiers: `^quote-of-the-day` after a space at the end
// of a paragraph or list item, or on a line of its own after a quote, list or
// table, names that block for `[[#^quote-of-the-day]]` links (wikilinks.ts).
// Its reading view hides them, and so does Galley: the identifier becomes an
// anchor (handlers/anchor.ts) where it stood, a place links lead to, printing
// nothing. Code holds no text nodes, so it is never touched.
import type { Anchor, Root, Text } from 'mdast';
import { eachNode } from './each-node.ts';

// Latin letters, digits and dashes, as Obsidian's help says identifiers are made.
const AT_END = /(^|\s+)\^([A-Za-z0-9-]+)[ \t]*$/u;

export function withBlockIds(root: Root): Root {
  eachNode(root, (node) => {
    if (node.type !== 'paragraph') return;
    const last = node.children.at(-1);
    const match = last?.type === 'text' ? AT_END.exec(last.value) : null;
    if (last?.type !== 'text' || match === null) return;
    // A lone `^id` is only an identifier if it is the whole paragraph; `x^2` and `[^note]` have no space before.
    if (match[1] === '' && (match.index > 0 || node.children.length > 1)) return;
    const kept: Text = { ...last, value: last.value.slice(0, match.index) };
    const anchor: Anchor = { type: 'anchor', name: match[2] ?? '', ...(last.position ? { position: last.position } : {}) };
    node.children = [...node.children.slice(0, -1), ...(kept.value === '' ? [] : [kept]), anchor];
  });
  return root;
}
