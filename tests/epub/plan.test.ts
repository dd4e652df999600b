// Long manuscripts become one XHTML file per top-level section.
import { describe, expect, test } from 'vitest';
import type { Block } from '../../src/document.ts';
import { NOTES_FILE } from '../../src/epub/files.ts';
import { planBook, splitIntoParts } from '../../src/epub/plan.ts';
import { makeDocument, note } from '../helpers/build-doc.ts';

const heading = (depth: 1 | 2 | 3, id: string): Block => ({ type: 'heading', depth, id, children: [{ type: 'text', value: id }] });
const para: Block = { type: 'paragraph', children: [{ type: 'text', value: 'x' }] };

const groups = (blocks: readonly Block[]): number[][] => splitIntoParts(blocks).map((part) => [...part.blocks]);

describe('splitting into files', () => {
  test('no headings: one file', () => {
    expect(groups([para, para, para])).toEqual([[0, 1, 2]]);
  });

  test('a single title heading over repeated h2s: split at h2, the title stays with what precedes', () => {
    expect(groups([heading(1, 'title'), para, heading(2, 'a'), para, heading(3, 'a1'), heading(2, 'b'), para])).toEqual([
      [0, 1],
      [2, 3, 4],
      [5, 6],
    ]);
  });

  test('repeated h1s win over repeated h2s', () => {
    expect(groups([heading(1, 'a'), heading(2, 'a1'), heading(2, 'a2'), heading(1, 'b'), heading(2, 'b1')])).toEqual([
      [0, 1, 2],
      [3, 4],
    ]);
  });

  test('one heading of each level: no split', () => {
    expect(groups([para, heading(1, 'a'), para, heading(2, 'b'), para])).toEqual([[0, 1, 2, 3, 4]]);
  });

  test('files are named in order', () => {
    expect(splitIntoParts([heading(2, 'a'), heading(2, 'b')]).map((part) => part.filename)).toEqual(['text-1.xhtml', 'text-2.xhtml']);
  });

  test('an empty manuscript still has one (empty) body file', () => {
    expect(groups([])).toEqual([[]]);
  });
});

describe('anchors', () => {
  test('each anchor is placed in the file that holds it: a heading’s, an HTML anchor in a paragraph, one in a note', () => {
    const anchored: Block = { type: 'paragraph', children: [{ type: 'anchor', id: 'here' }, { type: 'text', value: 'x' }] };
    const noted: Block = { type: 'paragraph', children: [{ type: 'anchor', id: 'in-note' }] };
    const doc = makeDocument([heading(2, 'one'), para, heading(2, 'two'), anchored], [note(1, noted)]);
    const plan = planBook(doc, []);
    expect(['one', 'two', 'here', 'in-note'].map((id) => plan.anchorFiles.get(id))).toEqual(['text-1.xhtml', 'text-2.xhtml', 'text-2.xhtml', NOTES_FILE]);
  });

  test('an anchor named as this writer names its own places is written under another id', () => {
    const doc = makeDocument([{ type: 'paragraph', children: [{ type: 'anchor', id: 'note-1' }] }]);
    expect(planBook(doc, []).anchorIds.get('note-1')).toBe('section-note-1');
  });
});
