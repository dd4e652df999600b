// The book as one Document, for what reads a whole book at once (the EPUB's
// files and nav, the PDF's structure tree): a heading for each part and
// chapter, each chapter's blocks after its heading with its headings moved one
// level down when it has its own top-level ones, and the notes numbered on
// through the book. Where each chapter's blocks and notes landed is kept, so
// pages laid out chapter by chapter can be pointed at the whole.
import type { Book, Chapter } from './book.ts';
import type { Block, Document, Note } from '../document.ts';
import { mapBlocks, mapInlineNodes, mapInlines } from './visit.ts';
import type { BookLabels } from '../theme/types.ts';

export interface BookDocument {
  readonly document: Document;
  /** Block index of each chapter's heading, by chapter number - 1; its own blocks follow it. */
  readonly chapterBlock: readonly number[];
  /** Block index of each part's heading, by part number - 1. */
  readonly partBlock: readonly number[];
  /** Added to a chapter's note numbers to give the book's, by chapter number - 1. */
  readonly noteOffset: readonly number[];
}

const heading = (depth: 1 | 2 | 3 | 4 | 5 | 6, id: string, title: string): Block => ({ type: 'heading', depth, id, children: [{ type: 'text', value: title }] });

/** The heading level a chapter's title takes: under its part's, if it is in one. */
export const chapterDepth = (chapter: Chapter): 1 | 2 => (chapter.part === undefined ? 1 : 2);

/** `notes: 'book'`: the notes are numbered through the book as printed (theme `book.notes`), not from 1 in each chapter. */
export function bookDocument(book: Book, options: { readonly notes?: 'chapter' | 'book' } = {}): BookDocument {
  const blocks: Block[] = [];
  const notes: Note[] = [];
  const chapterBlock: number[] = [];
  const partBlock: number[] = [];
  const noteOffset: number[] = [];
  for (const chapter of book.chapters) {
    const part = chapter.part === undefined ? undefined : book.parts[chapter.part - 1];
    if (part !== undefined && partBlock[part.number - 1] === undefined) {
      partBlock[part.number - 1] = blocks.length;
      blocks.push(heading(1, part.id, part.title));
    }
    const depth = chapterDepth(chapter);
    chapterBlock.push(blocks.length);
    blocks.push(heading(depth, chapter.id, chapter.title));
    const offset = notes.length;
    noteOffset.push(offset);
    const doc = chapter.document;
    // The chapter's own headings go under its title.
    const topLevel = Math.min(...doc.blocks.flatMap((b) => (b.type === 'heading' ? [b.depth] : [6])));
    const shift = Math.max(0, depth + 1 - topLevel);
    blocks.push(...renumber(deepen(doc.blocks, shift), offset));
    notes.push(...doc.notes.map((note) => ({ ...note, number: note.number + offset, children: renumber(note.children, offset) })));
  }
  const noteChapters = book.chapters.map((chapter, i) => ({ title: chapter.title, before: noteOffset[i] ?? 0 }));
  const document: Document = { path: book.path, source: book.sources[0]?.bytes ?? Buffer.alloc(0), metadata: book.metadata, blocks, notes, ...(options.notes === 'book' ? {} : { noteChapters }) };
  return { document, chapterBlock, partBlock, noteOffset };
}

/** The chapter's headings, wherever they stand (in quotations and list items too), `shift` levels down. */
function deepen(blocks: readonly Block[], shift: number): Block[] {
  if (shift === 0) return [...blocks];
  return mapBlocks(blocks, (block) => (block.type === 'heading' ? { ...block, depth: Math.min(6, block.depth + shift) as 1 | 2 | 3 | 4 | 5 | 6 } : block));
}

/** A chapter's Document with its notes numbered on from `offset` (the notes of the chapters before it). */
export function offsetNotes(doc: Document, offset: number): Document {
  if (offset === 0) return doc;
  return { ...doc, blocks: renumber(doc.blocks, offset), notes: doc.notes.map((note) => ({ ...note, number: note.number + offset, children: renumber(note.children, offset) })) };
}

function renumber(blocks: readonly Block[], offset: number): Block[] {
  if (offset === 0) return [...blocks];
  return mapInlines(blocks, (list) => mapInlineNodes(list, (node) => (node.type === 'noteRef' ? [{ ...node, number: node.number + offset }] : [node])));
}

/** The copyright page's lines: the text or rights, ISBNs, edition, publisher, the colophon. */
export function copyrightLines(book: Book, typeface: string, labels: Pick<BookLabels, 'publishedBy' | 'colophon'>): string[] {
  const { metadata } = book;
  const lines: string[] = [];
  const notice = book.copyright ?? metadata.rights;
  if (notice !== undefined) lines.push(notice);
  const { print, ebook } = metadata.isbn ?? {};
  if (print !== undefined && ebook !== undefined && print.urn !== ebook.urn) lines.push(`ISBN ${print.text} (print)`, `ISBN ${ebook.text} (ebook)`);
  else if (print !== undefined) lines.push(`ISBN ${print.text}`);
  if (book.edition !== undefined) lines.push(book.edition);
  if (metadata.publisher !== undefined) lines.push(fillIn(labels.publishedBy, 'publisher', metadata.publisher));
  lines.push(fillIn(labels.colophon, 'typeface', typeface));
  return lines;
}

/** The label with its one `{name}` filled in (labels are filled in full by theme/book-labels.ts; this stage is below it). */
function fillIn(label: string, name: string, value: string): string {
  return label.replaceAll(`{${name}}`, value);
}
