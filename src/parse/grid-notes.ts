// Note marks (`[^label]`) in a grid table cell. GFM reads `[^label]` as a
// mark only when that note is defined in the same document, and the grid
// table library parses each cell as a document of its own, so a mark in a
// cell would stay text. Each becomes a footnoteReference here, defined or
// not: the parse stage numbers it, or, for a note never defined, warns and
// prints it as written, as it does outside tables.
import type { FootnoteReference, GridTableCell, Nodes, Parent, PhrasingContent, RootContent, Text } from 'mdast';

const MARK = /\[\^([^\]\s\\]+)\]/gu;

/**
 * Splits the note marks out of the text of `cell`, whose positions still count
 * in the cell's own text; `lines` are that text's lines, to place each mark and
 * to leave an escaped one (`\[^x]`) as text.
 */
export function markNotes(cell: GridTableCell, lines: readonly string[]): void {
  const stack: Nodes[] = [cell];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (!('children' in node)) continue;
    const parent = node as Parent;
    parent.children = parent.children.flatMap((child): RootContent[] => (child.type === 'text' ? splitMarks(child, lines) : [child]));
    stack.push(...parent.children);
  }
}

function splitMarks(node: Text, lines: readonly string[]): RootContent[] {
  const start = node.position?.start;
  if (start === undefined || !node.value.includes('[^')) return [node];
  const out: PhrasingContent[] = [];
  let last = 0;
  // Where the search for the next mark resumes on each line of the cell.
  const from = new Map<number, number>([[start.line, start.column - 1]]);
  for (const match of node.value.matchAll(MARK)) {
    const line = start.line + (node.value.slice(0, match.index).match(/\n/gu)?.length ?? 0);
    const written = lines[line - 1] ?? '';
    const at = written.indexOf(match[0], from.get(line) ?? 0);
    if (at < 0) continue;
    from.set(line, at + match[0].length);
    if (written[at - 1] === '\\') continue;
    const label = match[1] ?? '';
    if (match.index > last) out.push({ type: 'text', value: node.value.slice(last, match.index) });
    const mark: FootnoteReference = {
      type: 'footnoteReference',
      // As mdast normalises a label: case-folded.
      identifier: label.toLowerCase().toUpperCase().toLowerCase(),
      label,
      position: { start: { line, column: at + 1 }, end: { line, column: at + 1 + match[0].length } },
    };
    out.push(mark);
    last = match.index + match[0].length;
  }
  if (last === 0) return [node];
  if (last < node.value.length) out.push({ type: 'text', value: node.value.slice(last) });
  return out;
}
