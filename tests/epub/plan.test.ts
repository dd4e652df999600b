// Long manuscripts become one XHTML file per top-level section.
import { describe, expect, test } from 'vitest';
import type { Block } from '../../src/document.ts';
import { splitIntoParts } from '../../src/epub/plan.ts';

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
