// Markup that CommonMark leaves as plain text around inline nodes (Pandoc's
// bracketed spans and inline notes: "[", emphasis, "]{…}"): its brackets are
// paired here, innermost first, among a run of phrasing nodes, text nodes cut
// where a pair begins or ends and joined again where no pair was made.
import type { PhrasingContent, Text } from 'mdast';

export interface BracketMarks {
  /** The length of an opening mark ("[", "^[") at `i` of `text`, or 0. */
  open(text: string, i: number): number;
  /**
   * For the "]" at `i` of `text`, closing the innermost open `mark` around
   * `content`: what replaces the pair and how many characters from `i` it
   * takes, or null to leave both marks as text.
   */
  close(text: string, i: number, mark: string, content: PhrasingContent[], at: Text): { readonly nodes: PhrasingContent[]; readonly length: number } | null;
}

/** The nodes with every pair of marks `marks` accepts replaced as it says. */
export function pairBrackets(nodes: readonly PhrasingContent[], marks: BracketMarks): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  // Where in `out` each opening mark not yet closed stands, as a text node of its own.
  const opens: number[] = [];
  for (const node of nodes) {
    if (node.type !== 'text') {
      out.push(node);
      continue;
    }
    let from = 0;
    for (let i = 0; i < node.value.length; i += 1) {
      const length = node.value[i] === ']' ? 0 : marks.open(node.value, i);
      if (length > 0) {
        pushText(out, node, node.value.slice(from, i));
        opens.push(out.length);
        out.push({ ...node, value: node.value.slice(i, i + length) });
        i += length - 1;
        from = i + 1;
      } else if (node.value[i] === ']' && opens.length > 0) {
        const at = opens.pop() as number;
        const before = out.length;
        pushText(out, node, node.value.slice(from, i));
        const pair = marks.close(node.value, i, (out[at] as Text).value, mergedPieces(out.slice(at + 1)), node);
        if (pair === null) {
          // Both marks stay text: the "]" with the text after it.
          out.length = before;
          continue;
        }
        out.splice(at, out.length - at, ...pair.nodes);
        i += pair.length - 1;
        from = i + 1;
      }
    }
    pushText(out, node, node.value.slice(from));
  }
  return mergedPieces(out);
}

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
