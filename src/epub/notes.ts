// The notes file: every note as an <aside epub:type="footnote">, the target of
// its references (reading systems show it as a pop-up), gathered in one
// endnotes section that the landmarks name. Each note links back to where it
// is cited: its number to the first citation, and, for a note cited more than
// once, a lettered link to each citation (a, b, …), as Wikipedia does.
import type { Note } from '../document.ts';
import { shownNoteNumber } from '../document/anchors.ts';
import { NOTES_FILE, noteId } from './files.ts';
import type { ContentDocument } from './documents.ts';
import { h, text } from './hast.ts';
import type { ElementContent } from './hast.ts';
import { fill } from './labels.ts';
import type { Labels } from './labels.ts';
import { citationKey } from './plan.ts';
import { renderBlocks } from './blocks/index.ts';
import { EpubContext } from './context.ts';
import type { BookContext } from './context.ts';

export function notesDocument(book: BookContext, labels: Labels): ContentDocument {
  const ctx = new EpubContext(book, NOTES_FILE);
  const chapters = book.doc.noteChapters ?? [];
  // In a book each chapter's notes start at 1 again, so they go under its title.
  const asides = book.doc.notes.flatMap((note) => {
    const opens = chapters.filter((chapter) => chapter.before === note.number - 1);
    return [...opens.slice(-1).map((chapter) => h('h2', {}, [text(chapter.title)])), noteAside(note, labels, ctx)];
  });
  const section = h('section', { 'epub:type': 'endnotes', role: 'doc-endnotes' }, [h('h1', {}, [text(labels.notes)]), ...asides]);
  return { filename: NOTES_FILE, title: labels.notes, body: h('body', { 'epub:type': 'backmatter' }, [section]) };
}

function noteAside(note: Note, labels: Labels, ctx: EpubContext): ElementContent {
  const links = backlinks(note.number, labels, ctx);
  const content = renderBlocks(note.children, ctx);
  const [first, ...rest] = content;
  const children =
    first?.type === 'element' && first.tagName === 'p'
      ? [{ ...first, children: [...links, text(' '), ...first.children] }, ...rest]
      : [h('p', { className: ['note-backlinks'] }, links), ...content];
  return h('aside', { 'epub:type': 'footnote', role: 'doc-footnote', id: noteId(note.number) }, children);
}

function backlinks(number: number, labels: Labels, ctx: EpubContext): ElementContent[] {
  const shown = shownNoteNumber(number, ctx.book.doc.noteChapters);
  const links: ElementContent[] = [
    h('a', { role: 'doc-backlink', href: ctx.citationHref(number, 1), ariaLabel: fill(labels.backlink, { number: shown }) }, [text(`${shown}.`)]),
  ];
  const citations = citationCount(number, ctx);
  if (citations > 1) {
    for (let occurrence = 1; occurrence <= citations; occurrence++) {
      const label = fill(labels.backlinkOccurrence, { number: shown, occurrence });
      links.push(text(' '), h('a', { role: 'doc-backlink', href: ctx.citationHref(number, occurrence), ariaLabel: label }, [text(letter(occurrence))]));
    }
  }
  return links;
}

function citationCount(number: number, ctx: EpubContext): number {
  let count = 0;
  while (ctx.book.plan.citationFiles.has(citationKey(number, count + 1))) count++;
  return count;
}

/** 1 → a, 26 → z, 27 → aa. */
function letter(occurrence: number): string {
  let n = occurrence;
  let out = '';
  while (n > 0) {
    const digit = (n - 1) % 26;
    out = String.fromCharCode(97 + digit) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
