// The EPUB's navigation: a table of contents nested as the headings are, the
// landmarks a reading system jumps to, and a page list whose every entry
// points into the file that holds that page's first word.
import { describe, expect, test } from 'vitest';
import type { PageStart } from '../../src/document.ts';
import { loadLabels } from '../../src/epub/labels.ts';
import { navData } from '../../src/epub/nav.ts';
import type { TocEntry } from '../../src/epub/nav.ts';
import { planBook } from '../../src/epub/plan.ts';
import { defaultTheme } from '../fixtures/epub/build.ts';
import { heading, makeDocument, note, para, ref } from '../helpers/build-doc.ts';

const labels = loadLabels(defaultTheme, 'en');
const shape = (entries: readonly TocEntry[]): unknown[] => entries.map((e) => (e.children.length > 0 ? [e.label, shape(e.children)] : e.label));

describe('navData', () => {
  const doc = makeDocument(
    [
      para('Before any heading', ref(1)),
      heading(2, 'Ships', 'ships'),
      heading(3, 'Hulls', 'hulls'),
      heading(2, 'Ports', 'ports'),
      para('Text'),
      heading(3, 'Dover', 'dover'),
    ],
    [note(1, para('A note.'))],
    { title: 'The Box' },
  );
  const starts: PageStart[] = [
    { page: 1, block: -1, word: 0 },
    { page: 2, block: 0, word: 0 },
    { page: 3, block: 4, word: 0 },
  ];
  const plan = planBook(doc, starts);
  const nav = navData(doc, plan, labels, starts);

  test('nests each heading under the nearest earlier one of a smaller depth, text before the first heading reached by the title', () => {
    expect(shape(nav.toc)).toEqual([labels.titlePage, 'The Box', ['Ships', ['Hulls']], ['Ports', ['Dover']], labels.notes]);
  });

  test('links each heading to the file and anchor that hold it', () => {
    const ports = nav.toc.find((e) => e.label === 'Ports');
    expect(ports?.href).toBe(`${plan.fileOfBlock[3]}#${plan.anchorIds.get('ports') ?? 'ports'}`);
  });

  test('has a page list entry per print page, in the file holding its first word', () => {
    expect(nav.pageList.map((p) => p.label)).toEqual(['1', '2', '3']);
    expect(nav.pageList[0]?.href).toMatch(/^title\.xhtml#/u);
    expect(nav.pageList[2]?.href.startsWith(`${plan.fileOfBlock[4]}#`)).toBe(true);
  });

  test('lists the cover, title page, body and, with notes, the endnotes as landmarks', () => {
    expect(nav.landmarks.map((l) => l.type)).toEqual(['cover', 'titlepage', 'bodymatter', 'endnotes']);
    const noNotes = makeDocument([heading(2, 'Only', 'only')]);
    const bare = navData(noNotes, planBook(noNotes, []), labels, []);
    expect(bare.landmarks.map((l) => l.type)).toEqual(['cover', 'titlepage', 'bodymatter']);
    expect(shape(bare.toc)).toEqual([labels.titlePage, 'Only']);
  });
});
