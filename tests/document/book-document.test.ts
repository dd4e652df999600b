// A book as one Document for the writers: parts and chapter titles as
// headings, each chapter's own headings below its title wherever they stand,
// and its notes numbered through or from 1 in each chapter.
import { describe, expect, test } from 'vitest';
import type { Block, Document, Metadata } from '../../src/document.ts';
import type { Book, Chapter } from '../../src/document/book.ts';
import { bookDocument } from '../../src/document/book-document.ts';
import { visit } from '../../src/document/visit.ts';

const METADATA: Metadata = { title: 'Tides', authors: ['A. Writer'], lang: 'en', identifier: 'urn:x:tides', keywords: [] };
const text = (value: string) => ({ type: 'text' as const, value });
const paragraphWithNote = (number: number): Block => ({ type: 'paragraph', children: [text('Water rises.'), { type: 'noteRef', number, occurrence: 1 }] });

function chapter(number: number, part: number | undefined, blocks: Block[]): Chapter {
  const document: Document = {
    path: `chapter-${number}.md`,
    source: Buffer.alloc(0),
    metadata: METADATA,
    blocks,
    notes: [{ number: 1, label: '1', position: { line: 1, column: 1 }, children: [{ type: 'paragraph', children: [text(`Source ${number}.`)] }] }],
  };
  return { number, title: `Chapter ${number}`, id: `chapter-${number}`, ...(part !== undefined ? { part } : {}), document };
}

const BOOK: Book = {
  path: 'book.yaml',
  metadata: METADATA,
  parts: [{ number: 1, title: 'The Sea', id: 'part-1' }],
  sources: [],
  chapters: [
    chapter(1, 1, [
      { type: 'heading', depth: 1, id: 'c1-top', children: [text('Top')] },
      { type: 'blockquote', children: [{ type: 'heading', depth: 2, id: 'c1-quoted', children: [text('Quoted')] }] },
      { type: 'list', ordered: false, start: 1, spread: false, items: [{ checked: null, children: [{ type: 'heading', depth: 1, id: 'c1-listed', children: [text('Listed')] }] }] },
      paragraphWithNote(1),
    ]),
    chapter(2, 1, [paragraphWithNote(1)]),
  ],
};

function headings(blocks: readonly Block[]): [string, number][] {
  const found: [string, number][] = [];
  visit(blocks, { block: (block) => {
    if (block.type === 'heading') found.push([block.id, block.depth]);
  } });
  return found;
}

describe('bookDocument', () => {
  test('a part is a level-1 heading, its chapters level 2, and a chapter’s own headings go below its title, in quotations and list items too', () => {
    const { document, partBlock, chapterBlock } = bookDocument(BOOK);
    expect(partBlock).toEqual([0]);
    expect(chapterBlock).toEqual([1, 6]);
    expect(headings(document.blocks)).toEqual([
      ['part-1', 1],
      ['chapter-1', 2],
      ['c1-top', 3],
      ['c1-quoted', 4],
      ['c1-listed', 3],
      ['chapter-2', 2],
    ]);
  });

  test('notes are numbered on through the book in the Document, and each chapter says where its numbering restarts', () => {
    const { document, noteOffset } = bookDocument(BOOK);
    expect(noteOffset).toEqual([0, 1]);
    expect(document.notes.map((n) => n.number)).toEqual([1, 2]);
    const refs: number[] = [];
    visit(document.blocks, { block: (block) => {
      if (block.type === 'paragraph') for (const node of block.children) if (node.type === 'noteRef') refs.push(node.number);
    } });
    expect(refs).toEqual([1, 2]);
    expect(document.noteChapters).toEqual([
      { title: 'Chapter 1', before: 0 },
      { title: 'Chapter 2', before: 1 },
    ]);
    // Numbered through the book as printed: no restart.
    expect(bookDocument(BOOK, { notes: 'book' }).document.noteChapters).toBeUndefined();
  });
});
