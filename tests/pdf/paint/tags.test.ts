// The tagged PDF's structure tree, read back from the built file: complete
// (every drawn text is an element's content or an artifact) and in reading
// order, for a manuscript with a heading, lists, a table running over pages,
// figures, links and a note continued on the next page.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { align } from '../../../src/check/pdf/align.ts';
import { manuscriptUnits, units } from '../../../src/check/pdf/words.ts';
import { Diagnostics } from '../../../src/diagnostics.ts';
import { parseMarkdown } from '../../../src/parse/markdown.ts';
import { render } from '../../helpers/archive.ts';
import { nodesOf, readTagged, textOf } from '../../helpers/tagged-text.ts';
import type { Tagged, TaggedNode } from '../../helpers/tagged-text.ts';

const TAGGED = 'tests/fixtures/manuscripts/tagged.md';

let tagged: Tagged;
let document: TaggedNode;

beforeAll(async () => {
  tagged = await readTagged((await render(TAGGED, { kind: 'archive', pdfa: 'PDF/A-3b' })).bytes);
  const root = tagged.tree.children;
  expect(root.map((c) => c.type)).toEqual(['Document']);
  document = root[0] as TaggedNode;
});

const types = (node: TaggedNode | undefined): string[] => (node?.children ?? []).map((c) => c.type);
const ofType = (node: TaggedNode, type: string): TaggedNode[] => nodesOf(node).filter((n) => n.type === type);

describe('the structure tree read back from the PDF', () => {
  test('claims every drawn text: running heads, folios and repeated headers are artifacts, the rest is content', () => {
    expect(tagged.unclaimed).toEqual([]);
  });

  test('holds the title, the blocks in order and each note right after the block that first cites it', () => {
    expect(types(document)).toEqual([
      'H1', 'P', // title block: title and author
      'H1', 'P', 'Note',
      'H2', 'L', 'L',
      'H2', 'Table', 'Table',
      'H2', 'Figure', 'Caption', 'Figure', 'Caption',
      'P', 'Note', 'P', 'P', 'Note', 'P', 'P', 'Note', 'P',
      'BlockQuote', 'Code', 'P',
    ]);
  });

  test('reads the whole manuscript in order, and each note whole, once', () => {
    const { body, notes } = manuscriptUnits(parseMarkdown(readFileSync(TAGGED, 'utf8'), new Diagnostics(TAGGED)));
    const withoutNotes = document.children.filter((c) => c.type !== 'Note');
    const read = units(withoutNotes.map(textOf).join('\n'));
    expect(body.length).toBeGreaterThan(1500);
    expect(align(body, read)).toHaveLength(body.length);
    const noteElements = ofType(document, 'Note');
    expect(noteElements).toHaveLength(notes.length);
    notes.forEach((note, i) => {
      const element = noteElements[i] as TaggedNode;
      expect(types(element)[0]).toBe('Lbl');
      expect(textOf(element.children[0] as TaggedNode)).toBe(String(i + 1));
      // The label is not part of the manuscript's note text.
      const text = units(element.children.slice(1).map(textOf).join('\n'));
      expect(align(note.units, text)).toHaveLength(note.units.length);
      expect(text.length).toBe(note.units.length);
    });
  });

  test('keeps a note continued on the next page one Note, and a paragraph continued overleaf one P', () => {
    const [long] = ofType(document, 'Note');
    const body = long?.children[1];
    expect(body?.type).toBe('P');
    expect(body?.pages).toHaveLength(2);
    expect(document.children.some((c) => c.type === 'P' && c.pages.length === 2)).toBe(true);
  });

  test('tags lists as L > LI > Lbl + LBody, a nested list inside its item', () => {
    const [ordered, tasks] = document.children.filter((c) => c.type === 'L');
    for (const list of [ordered, tasks]) for (const item of list?.children ?? []) expect(types(item)).toEqual(['Lbl', 'LBody']);
    expect(ordered?.children.map((item) => textOf(item.children[0] as TaggedNode))).toEqual(['1.', '2.', '3.']);
    expect(types(ordered?.children[1]?.children[1])).toEqual(['P', 'L']);
    expect(tasks?.children.map((item) => textOf(item.children[0] as TaggedNode))).toEqual(['☐', '☑']);
  });

  test('tags a table over pages as one Table: header cells TH with column scope on one page only, one TR per row', () => {
    const [ports, sparse] = document.children.filter((c) => c.type === 'Table');
    const rows = ports?.children ?? [];
    expect(rows).toHaveLength(46);
    expect(rows.every((row) => row.type === 'TR')).toBe(true);
    const header = rows[0] as TaggedNode;
    expect(header.children.map((th) => [th.type, th.scope, textOf(th)])).toEqual([
      ['TH', 'Column', 'Port'],
      ['TH', 'Column', 'Tide'],
      ['TH', 'Column', 'Notes'],
    ]);
    expect(header.children.every((th) => th.pages.length === 1)).toBe(true);
    const body = rows.slice(1);
    expect(body.every((row) => types(row).join() === 'TD,TD,TD')).toBe(true);
    expect(new Set(body.flatMap((row) => row.children.flatMap((td) => td.pages))).size).toBeGreaterThan(1);
    expect(body.map((row) => textOf(row.children[0] as TaggedNode))).toEqual(Array.from({ length: 45 }, (_, i) => `Port ${i}`));
    // Empty cells have no content: the text of the next row stays in its row.
    expect(sparse?.children.map((row) => row.children.map((cell) => `${cell.type} ${textOf(cell)}`))).toEqual([['TH A', 'TH C'], ['TD x']]);
  });

  test('gives figures their alt text and links their annotations; a picture without alt text is decoration', () => {
    const figures = ofType(document, 'Figure');
    expect(figures.map((f) => f.alt)).toEqual(['A bar chart of tide heights', 'Linked sky']);
    expect(document.children.filter((c) => c.type === 'Caption').map(textOf)).toEqual(['A bar chart of tide heights', 'Linked sky']);
    expect(types(figures[1])).toEqual(['Link']);
    expect(figures[1]?.children[0]?.annotations).toBe(1);
    const opening = document.children[3] as TaggedNode;
    const link = opening.children.find((c) => c.type === 'Link');
    // The link may cross a line end: its text is read across it, and each of its lines is an annotation.
    expect(link && textOf(link).replace(/\s+/gu, ' ').trim()).toBe('link to the port');
    expect(link?.annotations).toBe(link && textOf(link).trim().split('\n').length);
    const reference = opening.children.find((c) => c.type === 'Reference');
    expect(types(reference)).toEqual(['Link']);
    expect(reference?.children[0] && textOf(reference.children[0])).toBe('1');
  });
});
