// The anchor names both writers give notes and their citations, and the number
// a reader sees: a link from the PDF finds the same place in the EPUB.
import { describe, expect, it } from 'vitest';
import type { NoteChapter } from '../../src/document.ts';
import { noteAnchor, refAnchor, shownNoteNumber } from '../../src/document/anchors.ts';

describe('note anchors', () => {
  it('names a note and its citations, the first without an occurrence number', () => {
    expect(noteAnchor(3)).toBe('note-3');
    expect(refAnchor(3)).toBe('ref-3');
    expect(refAnchor(3, 2)).toBe('ref-3-2');
  });
});

describe('shownNoteNumber', () => {
  it('is the note’s own number in an article', () => {
    expect(shownNoteNumber(7, undefined)).toBe(7);
  });

  it('counts from each chapter’s first note in a book', () => {
    // Chapter 1 has notes 1–4, chapter 2 notes 5–9, chapter 3 from 10.
    const chapters: NoteChapter[] = [
      { title: 'One', before: 0 },
      { title: 'Two', before: 4 },
      { title: 'Three', before: 9 },
    ];
    expect([1, 4, 5, 9, 10, 12].map((n) => shownNoteNumber(n, chapters))).toEqual([1, 4, 1, 5, 1, 3]);
  });
});
