// Pandoc's inline notes, `as Pandoc says.^[The note's own text, *marked up*.]`:
// a note written where it is cited. CommonMark leaves one as literal text
// around its inline nodes ("^[", emphasis, "]"), so its brackets are paired
// (text-pieces.ts; a "[" inside the note pairs with its own "]"), and the note
// becomes a GFM note citation and definition, which the rest of Galley
// (numbering, placing, the text check) already reads.
import type { FootnoteDefinition, FootnoteReference, Nodes, PhrasingContent, Root, Text } from 'mdast';
import { pairBrackets } from './text-pieces.ts';

// Labels of written notes hold no spaces, so these never meet one.
const identifierOf = (n: number): string => `inline note ${n}`;
const LABEL_LENGTH = 30;

/** The tree with each inline note made a citation of a note defined at the end. */
export function withInlineNotes(root: Root): Root {
  const definitions: FootnoteDefinition[] = [];
  const visit = (node: Nodes): void => {
    if (!('children' in node)) return;
    const children = node.children as Nodes[];
    if (children.some((child) => child.type === 'text' && child.value.includes('^['))) {
      (node as { children: Nodes[] }).children = paired(children as PhrasingContent[], definitions);
    }
    for (const child of (node as { children: Nodes[] }).children) visit(child);
  };
  visit(root);
  if (definitions.length > 0) root.children.push(...definitions);
  return root;
}

function paired(nodes: readonly PhrasingContent[], definitions: FootnoteDefinition[]): PhrasingContent[] {
  return pairBrackets(nodes, {
    open: (text, i) => (text[i] === '^' && text[i + 1] === '[' ? 2 : text[i] === '[' ? 1 : 0),
    close: (_text, _i, mark, content, at) => (mark === '^[' ? { nodes: [citation(content, at, definitions)], length: 1 } : null),
  });
}

function citation(content: PhrasingContent[], at: Text, definitions: FootnoteDefinition[]): FootnoteReference {
  const identifier = identifierOf(definitions.length + 1);
  const text = content.map(plainText).join('').replace(/\s+/gu, ' ').trim();
  const label = `^[${text.length > LABEL_LENGTH ? `${text.slice(0, LABEL_LENGTH)}…` : text}]`;
  const position = at.position ? { position: at.position } : {};
  definitions.push({ type: 'footnoteDefinition', identifier, label, children: [{ type: 'paragraph', children: content, ...position }], ...position });
  return { type: 'footnoteReference', identifier, label, ...position };
}

function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  return 'children' in node ? (node.children as Nodes[]).map(plainText).join('') : '';
}
