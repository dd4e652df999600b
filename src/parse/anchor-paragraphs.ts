// `<a id="x"></a>` on a line of its own above a heading, as MS Docs pages and
// READMEs write it, makes a paragraph holding nothing but the anchor. It joins
// the heading or paragraph right after it: the anchor then names that block's
// first line in the PDF, and in the EPUB sits in the file that holds the
// heading rather than at the end of the one before. Above anything else (a
// list, a table) the paragraph stays, printing nothing but its place.
import type { Block, Inline } from '../document.ts';
import { keepSpan } from '../document/position.ts';

type Paragraph = Extract<Block, { type: 'paragraph' }>;

export function joinAnchorParagraphs(blocks: readonly Block[]): Block[] {
  if (!blocks.some((block) => block.type === 'paragraph' && anchorsOnly(block.children))) return [...blocks];
  const out: Block[] = [];
  let waiting: Paragraph[] = [];
  for (const block of blocks) {
    if (block.type === 'paragraph' && anchorsOnly(block.children)) {
      waiting.push(block);
      continue;
    }
    if (waiting.length > 0 && (block.type === 'heading' || block.type === 'paragraph')) {
      const anchors = waiting.flatMap((paragraph) => paragraph.children.filter((node) => node.type === 'anchor'));
      out.push(keepSpan(block, { ...block, children: [...anchors, ...block.children] }));
    } else out.push(...waiting, block);
    waiting = [];
  }
  out.push(...waiting);
  return out;
}

/** Anchors and the spaces and line breaks between them. */
function anchorsOnly(children: readonly Inline[]): boolean {
  return children.some((node) => node.type === 'anchor') && children.every(invisible);
}

const invisible = (node: Inline): boolean => node.type === 'anchor' || node.type === 'break' || (node.type === 'text' && node.value.trim() === '');
