// Text nodes cut apart where markup written as plain text (Pandoc's bracketed
// spans and inline notes) begins or ends, and joined again where the cuts
// were not used.
import type { PhrasingContent, Text } from 'mdast';

/** Pushes a piece of `like`'s text, as a text node in its place; nothing for an empty piece. */
export function pushText(out: PhrasingContent[], like: Text, value: string): void {
  if (value !== '') out.push({ ...like, value });
}

/** Pieces of one text node left next to each other joined again, as the parser made them. */
export function mergedPieces(nodes: readonly PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if (node.type === 'text' && last?.type === 'text' && last.position?.start.offset === node.position?.start.offset) {
      out[out.length - 1] = { ...last, value: last.value + node.value };
    } else out.push(node);
  }
  return out;
}
