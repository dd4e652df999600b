// A `$$` block written against the text around it, with no blank line,
//
//     so that
//     $$
//     E = mc^2
//     $$
//     holds.
//
// is one paragraph to Pandoc, the formula displayed inside it; micromark
// ends the paragraph at the `$$` fence. This joins them again (in mdast,
// before the handlers run), so the text after the formula goes on in the same
// paragraph, unindented, and the line before it keeps with it.
import type { InlineMath, Math } from 'mdast-util-math';
import type { Paragraph, PhrasingContent, RootContent } from 'mdast';

const touches = (before: RootContent | undefined, after: RootContent | undefined): boolean =>
  before?.position !== undefined && after?.position !== undefined && before.position.end.line + 1 === after.position.start.line;

/** The display formula as inline math (its source still starts with `$$`, so the handler reads it as display), its label kept. */
function inline(math: Math): InlineMath {
  return { type: 'inlineMath', value: math.value, ...(math.position !== undefined ? { position: math.position } : {}), ...(math.data !== undefined ? { data: math.data } : {}) };
}

/** A line break between the pieces joined, which the text handler sets as a space. */
const LINE_BREAK: PhrasingContent = { type: 'text', value: '\n' };

export function joinDisplayParagraphs(nodes: readonly RootContent[]): RootContent[] {
  if (!nodes.some((node) => node.type === 'math')) return [...nodes];
  const out: RootContent[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as RootContent;
    const previous = out.at(-1);
    if (node.type !== 'math' || !(touches(previous, node) || touches(node, nodes[i + 1]))) {
      out.push(node);
      continue;
    }
    const before = previous?.type === 'paragraph' && touches(previous, node) ? previous : undefined;
    const next = nodes[i + 1];
    const after = next?.type === 'paragraph' && touches(node, next) ? next : undefined;
    if (before === undefined && after === undefined) {
      out.push(node);
      continue;
    }
    if (before !== undefined) out.pop();
    const children: PhrasingContent[] = [
      ...(before === undefined ? [] : [...before.children, LINE_BREAK]),
      inline(node),
      ...(after === undefined ? [] : [LINE_BREAK, ...after.children]),
    ];
    const start = (before ?? node).position?.start;
    const end = (after ?? node).position?.end;
    const joined: Paragraph = { type: 'paragraph', children, ...(start !== undefined && end !== undefined ? { position: { start, end } } : {}) };
    out.push(joined);
    if (after !== undefined) i += 1;
  }
  return out;
}
