// Pandoc's line blocks, for verse and addresses: each line begins with "| ",
// keeps its line break and its indentation; a line that begins otherwise (in
// Pandoc, with a space) continues the one before.
//
//     | The limerick packs laughs anatomical
//     |    But the good ones I've seen
//
// CommonMark reads them as one paragraph, the bars in its text; here the
// paragraph's inline nodes become the lines, with hard breaks between them.
import type { PhrasingContent, Text } from 'mdast';

const FIRST = /^\|(?: |$)/u;
const LINE_START = /\n\|(?: |(?=\n)|$)/gu;
const NBSP = '\u00a0';

/** The paragraph's content as a line block's lines, or null when it is no line block. */
export function lineBlock(children: readonly PhrasingContent[]): PhrasingContent[] | null {
  const first = children[0];
  if (first?.type !== 'text' || !FIRST.test(first.value)) return null;
  const out: PhrasingContent[] = [];
  children.forEach((child, index) => {
    if (child.type !== 'text') {
      out.push(child);
      return;
    }
    const lines = (index === 0 ? child.value.replace(FIRST, '') : child.value).split(LINE_START);
    lines.forEach((line, k) => {
      if (k > 0) out.push({ type: 'break' });
      // A line's own start: the first of the block, or one after a bar.
      const text = k > 0 || index === 0 ? indented(line) : line;
      if (text !== '') out.push({ ...child, value: text } as Text);
    });
  });
  return out;
}

/** A line's leading spaces kept as no-break spaces, which neither collapse nor stretch. */
function indented(line: string): string {
  const spaces = /^ */u.exec(line)?.[0].length ?? 0;
  return NBSP.repeat(spaces) + line.slice(spaces);
}
