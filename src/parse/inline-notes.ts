// Pandoc's inline notes, `as Pandoc says.^[The note's own text, *marked up*.]`:
// a note written where it is cited. CommonMark leaves one as literal text
// around its inline nodes ("^[", emphasis, "]"), so its brackets are paired
// here, among each run of phrasing nodes (a "[" inside the note pairs with its
// own "]"), and the note becomes a GFM note citation and definition, which
// the rest of Galley (numbering, placing, the text check) already reads.
import type { FootnoteDefinition, FootnoteReference, Nodes, PhrasingContent, Root, Text } from 'mdast';
import { mergedPieces, pushText } from './text-pieces.ts';

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

interface Open {
  readonly at: number;
  readonly note: boolean;
  readonly marker: Text;
}

function paired(nodes: readonly PhrasingContent[], definitions: FootnoteDefinition[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  const opens: Open[] = [];
  for (const node of nodes) {
    if (node.type !== 'text') {
      out.push(node);
      continue;
    }
    let from = 0;
    for (let i = 0; i < node.value.length; i += 1) {
      const ch = node.value[i];
      const note = ch === '^' && node.value[i + 1] === '[';
      if (note || ch === '[') {
        pushText(out, node, node.value.slice(from, i));
        const marker: Text = { ...node, value: note ? '^[' : '[' };
        opens.push({ at: out.length, note, marker });
        out.push(marker);
        if (note) i += 1;
        from = i + 1;
      } else if (ch === ']' && opens.length > 0) {
        const open = opens.pop() as Open;
        if (!open.note) continue;
        pushText(out, node, node.value.slice(from, i));
        const content = mergedPieces(out.splice(open.at).slice(1));
        out.push(citation(content, open.marker, definitions));
        from = i + 1;
      }
    }
    pushText(out, node, node.value.slice(from));
  }
  return mergedPieces(out);
}

function citation(content: PhrasingContent[], marker: Text, definitions: FootnoteDefinition[]): FootnoteReference {
  const identifier = identifierOf(definitions.length + 1);
  const text = content.map(plainText).join('').trim();
  const label = `^[${text.length > LABEL_LENGTH ? `${text.slice(0, LABEL_LENGTH)}…` : text}]`;
  const position = marker.position ? { position: marker.position } : {};
  definitions.push({ type: 'footnoteDefinition', identifier, label, children: [{ type: 'paragraph', children: content, ...position }], ...position });
  return { type: 'footnoteReference', identifier, label, ...position };
}

function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  return 'children' in node ? (node.children as Nodes[]).map(plainText).join('') : '';
}
