// Pandoc's bracketed spans, `[some *text*]{#id .class key=value}`: the text is
// kept, the brackets and attributes are not printed, and the id is a place
// links lead to (an anchor, as an HTML `<a id>` is). CommonMark leaves such a
// span as literal text around its inline nodes ("[", emphasis, "]{…}"), so
// the brackets are paired here, among a run of phrasing nodes, innermost
// first; a bracket with no attribute block after its partner stays text. A
// span whose text names a link definition (`[Alignment]{#type-alignment}`
// beside `[Alignment]: #…`) is read by CommonMark as a reference link: as in
// Pandoc, the attribute block after it makes it a span instead.
import type { Anchor, PhrasingContent, Text } from 'mdast';
import { ATTRIBUTE_TOKEN, readAttributes } from './pandoc-attributes.ts';
import { mergedPieces, pushText } from './text-pieces.ts';

const BLOCK = String.raw`\{\s*(?:${ATTRIBUTE_TOKEN}(?:\s+${ATTRIBUTE_TOKEN})*)?\s*\}`;
const SPAN_END = new RegExp(String.raw`^\]${BLOCK}`);
const LEADING_BLOCK = new RegExp(String.raw`^${BLOCK}`);

/** The nodes with each bracketed span replaced by its content (after an anchor, when it has an id). */
export function withBracketedSpans(written: readonly PhrasingContent[]): PhrasingContent[] {
  const nodes = withReferenceSpans(written);
  if (!nodes.some((node) => node.type === 'text' && node.value.includes(']{'))) return nodes;
  const out: PhrasingContent[] = [];
  // Where in `out` each "[" not yet paired stands, as a text node of its own.
  const opens: number[] = [];
  for (const node of nodes) {
    if (node.type !== 'text') {
      out.push(node);
      continue;
    }
    let from = 0;
    for (let i = 0; i < node.value.length; i += 1) {
      const ch = node.value[i];
      if (ch === '[') {
        pushText(out, node, node.value.slice(from, i));
        opens.push(out.length);
        out.push({ ...node, value: '[' });
        from = i + 1;
      } else if (ch === ']' && opens.length > 0) {
        const end = SPAN_END.exec(node.value.slice(i));
        if (end === null) continue;
        pushText(out, node, node.value.slice(from, i));
        const open = opens.pop() as number;
        const content = out.splice(open).slice(1);
        const attributes = readAttributes(end[0].slice(1));
        if (attributes?.id !== undefined) out.push(anchorAt(attributes.id, node));
        out.push(...content);
        i += end[0].length - 1;
        from = i + 1;
      }
    }
    pushText(out, node, node.value.slice(from));
  }
  return mergedPieces(out);
}

/** `[text]{…}` read as a shortcut reference link, then its attributes: the span it is. */
function withReferenceSpans(nodes: readonly PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (let i = 0; i < nodes.length; i += 1) {
    const node = nodes[i] as PhrasingContent;
    const next = nodes[i + 1];
    const block = node.type === 'linkReference' && node.referenceType === 'shortcut' && next?.type === 'text' ? LEADING_BLOCK.exec(next.value) : null;
    if (block === null || next?.type !== 'text' || node.type !== 'linkReference') {
      out.push(node);
      continue;
    }
    const id = readAttributes(block[0])?.id;
    if (id !== undefined) out.push(anchorAt(id, next));
    out.push(...node.children);
    pushText(out, next, next.value.slice(block[0].length));
    i += 1;
  }
  return out;
}

function anchorAt(name: string, at: Text): PhrasingContent {
  const anchor: Anchor = { type: 'anchor', name, ...(at.position ? { position: at.position } : {}) };
  return anchor as PhrasingContent;
}
