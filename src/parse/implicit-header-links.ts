// Pandoc's implicit header references: `[Heading text]`, `[Heading text][]` or
// `[other words][Heading text]`, with no link definition of that name, links to
// the heading whose text it is (matched as link labels are: any case, spaces
// collapsed; the first such heading when several share it). CommonMark leaves
// such brackets as text; Pandoc's own manual writes hundreds of them.
import type { Block, Inline, Note } from '../document.ts';
import { keepSpan } from '../document/position.ts';
import { mapInlines, visit } from '../document/visit.ts';
import { inlineText } from '../text.ts';

const BRACKETED = /\[([^[\]\n]+)\](?:\[([^[\]\n]*)\])?/gu;

/** The heading a bracketed name refers to, and the link's text: `[text][name]`, or `[name]` / `[name][]`. */
function reference(match: RegExpMatchArray): { label: string; text: string } {
  const text = match[1] ?? '';
  const name = match[2] ?? '';
  return { label: labelOf(name === '' ? text : name), text };
}

export const labelOf = (text: string): string => text.replace(/\s+/gu, ' ').trim().toLowerCase();

/** Text with each bracketed heading name as it is printed: the link's words alone (for `galley check`). */
export function printedHeadingNames(value: string, isHeading: (label: string) => boolean): string {
  if (!value.includes('[')) return value;
  return value.replace(BRACKETED, (...match: string[]) => {
    const { label, text } = reference(match as unknown as RegExpMatchArray);
    return isHeading(label) ? text : (match[0] as string);
  });
}

export function linkImplicitHeadings(blocks: readonly Block[], notes: readonly Note[]): { blocks: Block[]; notes: Note[] } {
  const headings = new Map<string, string>();
  visit(blocks, {
    block: (block) => {
      if (block.type !== 'heading') return;
      const label = labelOf(inlineText(block.children));
      if (label !== '' && !headings.has(label)) headings.set(label, block.id);
    },
  });
  // Most manuscripts name no heading in brackets: their tree is returned as it is, not rebuilt.
  let named = false;
  const findNamed = (node: Inline): void => {
    if (node.type === 'text' && !named) named = [...node.value.matchAll(BRACKETED)].some((match) => headings.has(reference(match).label));
  };
  visit([...blocks, ...notes.flatMap((note) => note.children)], { inline: findNamed });
  if (!named) return { blocks: [...blocks], notes: [...notes] };
  const run = (nodes: readonly Inline[]): Inline[] => nodes.flatMap((node) => linked(node, headings, run));
  return { blocks: mapInlines(blocks, run), notes: notes.map((note) => ({ ...note, children: mapInlines(note.children, run) })) };
}

/** A node with its bracketed heading names made links; a link's own text is left alone (links do not nest). */
function linked(node: Inline, headings: ReadonlyMap<string, string>, run: (nodes: readonly Inline[]) => Inline[]): Inline[] {
  if (node.type === 'link') return [node];
  if (node.type !== 'text') return 'children' in node ? [keepSpan(node, { ...node, children: run(node.children) })] : [node];
  const out: Inline[] = [];
  let from = 0;
  for (const match of node.value.matchAll(BRACKETED)) {
    const { label, text } = reference(match);
    const id = headings.get(label);
    if (id === undefined) continue;
    // The pieces keep the text node's span: a warning about any of them points at it.
    if (match.index > from) out.push(keepSpan(node, { ...node, value: node.value.slice(from, match.index) }));
    out.push(keepSpan(node, { type: 'link', url: `#${id}`, children: [keepSpan(node, { type: 'text', value: text })] }));
    from = match.index + match[0].length;
  }
  if (from === 0) return [node];
  if (from < node.value.length) out.push(keepSpan(node, { ...node, value: node.value.slice(from) }));
  return out;
}
