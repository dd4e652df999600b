// The names of the places notes link between, shared by both writers: a
// note mark links to `note-N`, the note's number back to `ref-N` (its first
// citation; the EPUB also anchors later ones, `ref-N-2`, ...). One definition,
// so a link copied from the PDF's outline finds the same place in the EPUB.
// And the anchors the text defines itself (headings, figures, tables, list items, HTML anchors), which
// links, the book's cross-references and the EPUB's files resolve against.
import type { Block, NoteChapter } from '../document.ts';
import { inlineRuns, visitInlines } from './visit.ts';

/** The note itself. */
export function noteAnchor(number: number): string {
  return `note-${number}`;
}

/** A citation of the note: the first is `ref-3`, the second `ref-3-2`. */
export function refAnchor(number: number, occurrence = 1): string {
  return occurrence === 1 ? `ref-${number}` : `ref-${number}-${occurrence}`;
}

/** The number printed for note `number`: counted from its chapter's first note in a book, else itself. */
export function shownNoteNumber(number: number, chapters: readonly NoteChapter[] | undefined): number {
  let before = 0;
  for (const chapter of chapters ?? []) if (chapter.before < number) before = chapter.before;
  return number - before;
}

/** The link targets a block defines itself: a heading's, figure's or table's id, its list items' ids (a list of sources), the anchors in its own text. */
export function blockAnchors(block: Block): string[] {
  const ids = ownIds(block);
  for (const run of inlineRuns(block)) {
    visitInlines(run, (node) => {
      if (node.type === 'anchor') ids.push(node.id);
    });
  }
  return ids;
}

function ownIds(block: Block): string[] {
  if (block.type === 'heading') return [block.id];
  if (block.type === 'figure' || block.type === 'table') return block.id === undefined ? [] : [block.id];
  return block.type === 'list' ? block.items.flatMap((item) => (item.id === undefined ? [] : [item.id])) : [];
}
