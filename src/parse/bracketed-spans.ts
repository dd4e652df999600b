// Pandoc's bracketed spans, `[some *text*]{#id .class key=value}`: the text is
// kept, the brackets and attributes are not printed, and the id is a place
// links lead to (an anchor, as an HTML `<a id>` is). CommonMark leaves such a
// span as literal text around its inline nodes ("[", emphasis, "]{…}"), so
// the brackets are paired here, among a run of phrasing nodes, innermost
// first; a bracket with no attribute block after its partner stays text.
import type { Anchor, PhrasingContent, Text } from 'mdast';
import { ATTRIBUTE_TOKEN, readAttributes } from './pandoc-attributes.ts';
import { mergedPieces, pushText } from './text-pieces.ts';

const SPAN_END = new RegExp(String.raw`^\]\{\s*(?:${ATTRIBUTE_TOKEN}(?:\s+${ATTRIBUTE_TOKEN})*)?\s*\}`);

/** The nodes with each bracketed span replaced by its content (after an anchor, when it has an id). */
export function withBracketedSpans(nodes: readonly PhrasingContent[]): PhrasingContent[] {
  if (!nodes.some((node) => node.type === 'text' && node.value.includes(']{'))) return [...nodes];
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

function anchorAt(name: string, at: Text): PhrasingContent {
  const anchor: Anchor = { type: 'anchor', name, ...(at.position ? { position: at.position } : {}) };
  return anchor as PhrasingContent;
}
