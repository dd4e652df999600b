// Pandoc's bracketed spans, `[some *text*]{#id .class key=value}`: the text is
// kept, the brackets and attributes are not printed, and the id is a place
// links lead to (an anchor, as an HTML `<a id>` is). CommonMark leaves such a
// span as literal text around its inline nodes ("[", emphasis, "]{…}"), so
// the brackets are paired (text-pieces.ts), innermost first; brackets with no
// attribute block after the closing one stay text. A
// span whose text names a link definition (`[Alignment]{#type-alignment}`
// beside `[Alignment]: #…`) is read by CommonMark as a reference link: as in
// Pandoc, the attribute block after it makes it a span instead.
import type { Anchor, PhrasingContent, Text } from 'mdast';
import { ATTRIBUTE_BLOCK as BLOCK, readAttributes } from './pandoc-attributes.ts';
import { pairBrackets, pushText } from './text-pieces.ts';

const SPAN_END = new RegExp(String.raw`^\]${BLOCK}`);
const LEADING_BLOCK = new RegExp(String.raw`^${BLOCK}`);

/** The nodes with each bracketed span replaced by its content (after an anchor, when it has an id). */
export function withBracketedSpans(written: readonly PhrasingContent[]): PhrasingContent[] {
  const nodes = withReferenceSpans(written);
  if (!nodes.some((node) => node.type === 'text' && node.value.includes(']{'))) return nodes;
  return pairBrackets(nodes, {
    open: (text, i) => (text[i] === '[' ? 1 : 0),
    close: (text, i, _mark, content, at) => {
      const end = SPAN_END.exec(text.slice(i));
      if (end === null) return null;
      const id = readAttributes(end[0].slice(1))?.id;
      return { nodes: [...(id !== undefined ? [anchorAt(id, at)] : []), ...content], length: end[0].length };
    },
  });
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
