// "p. N" after a link to another chapter's heading (theme
// `book.pageReferences`), N the target's page label as printed. The pages are
// known only once the book is laid out, and the added words may move them, so
// the book is laid out again with the numbers in until they hold (LaTeX's
// second run); the EPUB keeps the plain link, its reader follows it.
import type { Book, Chapter } from '../../../document/book.ts';
import type { Block, Inline } from '../../../document.ts';
import { mapInlineNodes, mapInlines, visit } from '../../../document/visit.ts';
import { fill } from '../../../theme/book-labels.ts';

/** Most layouts tried before the last one's numbers are taken as they are. */
export const MAX_PASSES = 3;

/** Chapter number of every heading a cross-reference may point at: the chapters' openings and their own headings. */
export function headingChapters(book: Book): Map<string, number> {
  const owner = new Map<string, number>();
  for (const chapter of book.chapters) {
    owner.set(chapter.id, chapter.number);
    visit(chapter.document.blocks, { block: (block) => (block.type === 'heading' ? owner.set(block.id, chapter.number) : undefined) });
  }
  return owner;
}

/**
 * The book with " (p. N)" (the theme's `pageReference` label) after each link
 * to a heading in another chapter; `pages` gives each destination's page label.
 */
export function withPageReferences(book: Book, owner: ReadonlyMap<string, number>, pages: ReadonlyMap<string, string>, label: string): Book {
  const chapters = book.chapters.map((chapter): Chapter => {
    const refer = (inlines: readonly Inline[]): Inline[] =>
      mapInlineNodes(inlines, (node): Inline[] => {
        if (node.type !== 'link' || !node.url.startsWith('#')) return [node];
        const target = decodeURIComponent(node.url.slice(1));
        const page = pages.get(target);
        const other = owner.get(target);
        if (page === undefined || other === undefined || other === chapter.number) return [node];
        return [node, { type: 'text', value: ` ${fill(label, { page })}`, added: true }];
      });
    const blocks: Block[] = mapInlines(chapter.document.blocks, refer);
    const notes = chapter.document.notes.map((note) => ({ ...note, children: mapInlines(note.children, refer) }));
    return { ...chapter, document: { ...chapter.document, blocks, notes } };
  });
  return { ...book, chapters };
}

/** Whether two layouts put every destination a reference names on the same page. */
export function samePages(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>, owner: ReadonlyMap<string, number>): boolean {
  return [...owner.keys()].every((id) => before.get(id) === after.get(id));
}
