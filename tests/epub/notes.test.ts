// The EPUB's notes file: each note an aside its references pop up, its number
// linking back to the first citation, a lettered link to each citation of a
// note cited more than once, and in a book each chapter's notes counted from
// 1 under the chapter's title.
import { describe, expect, test } from 'vitest';
import type { Document } from '../../src/document.ts';
import { languageLabels } from '../../src/theme/book-labels.ts';
import { ImageRegistry } from '../../src/epub/images.ts';
import { loadLabels } from '../../src/epub/labels.ts';
import { notesDocument } from '../../src/epub/notes.ts';
import { planBook } from '../../src/epub/plan.ts';
import { bodyXml } from '../../src/epub/xhtml.ts';
import { defaultTheme } from '../fixtures/epub/build.ts';
import { makeDocument, note, para, ref } from '../helpers/build-doc.ts';

const labels = loadLabels(defaultTheme, 'en');
const notesXml = (doc: Document): string => bodyXml(notesDocument({ doc, plan: planBook(doc, []), images: new ImageRegistry(), labels: languageLabels('en') }, labels).body);
const backlinks = (xml: string): string[] => [...xml.matchAll(/<a [^>]*role="doc-backlink"[^>]*href="([^"]+)"[^>]*>([^<]*)<\/a>/gu)].map((m) => `${m[2]} ${m[1]}`);

describe('notesDocument', () => {
  test('each note is a footnote aside with its id, its number linking back to its citation', () => {
    const xml = notesXml(makeDocument([para('Claim', ref(1))], [note(1, para('The source.'))]));
    expect(xml).toMatch(/<aside epub:type="footnote" role="doc-footnote" id="note-1">/u);
    expect(backlinks(xml)).toEqual(['1. text-1.xhtml#ref-1']);
    expect(xml).toMatch(/1\.<\/a> The source\./u);
  });

  test('a note cited twice links back to each citation, lettered a and b', () => {
    const xml = notesXml(makeDocument([para('First', ref(1)), para('Again', ref(1, 2))], [note(1, para('Shared.'))]));
    expect(backlinks(xml)).toEqual(['1. text-1.xhtml#ref-1', 'a text-1.xhtml#ref-1', 'b text-1.xhtml#ref-1-2']);
  });

  test('in a book, each chapter’s notes are numbered from 1 under the chapter’s title', () => {
    const doc: Document = {
      ...makeDocument([para('One', ref(1), ref(2)), para('Two', ref(3))], [note(1, para('a')), note(2, para('b')), note(3, para('c'))]),
      noteChapters: [
        { title: 'Chapter One', before: 0 },
        { title: 'Chapter Two', before: 2 },
      ],
    };
    const xml = notesXml(doc);
    expect([...xml.matchAll(/<h2>([^<]*)<\/h2>/gu)].map((m) => m[1])).toEqual(['Chapter One', 'Chapter Two']);
    expect(backlinks(xml).map((link) => link.split(' ')[0])).toEqual(['1.', '2.', '1.']);
    expect(xml.indexOf('Chapter Two')).toBeLessThan(xml.indexOf('id="note-3"'));
  });
});
