// Note marks in grid table cells, which the library's parse of the cell alone
// leaves as text: numbered as anywhere else when the note is defined, an
// escaped mark kept as text.
import { describe, expect, it } from 'vitest';
import { inlineText } from '../../src/text.ts';
import { documentOf, messages, parse, withTitle } from '../helpers/parse.ts';

const cell = (markdown: string) => {
  const result = parse(withTitle(markdown));
  const table = documentOf(result).blocks.find((block) => block.type === 'table');
  if (table?.type !== 'table') throw new Error('no table');
  return { inlines: table.rows[0]?.cells[0]?.children ?? [], messages: messages(result), notes: documentOf(result).notes };
};

describe('note marks in grid table cells', () => {
  it('numbers a mark whose note is defined after the table, in reading order with the text around it', () => {
    const { inlines, messages: said, notes } = cell('Text.[^a]\n\n+-------------------+\n| Cell[^b] and[^a]  |\n+-------------------+\n\n[^a]: First.\n[^b]: Second.\n');
    expect(said).toEqual([]);
    expect(inlines).toEqual([
      { type: 'text', value: 'Cell' },
      { type: 'noteRef', number: 2, occurrence: 1 },
      { type: 'text', value: ' and' },
      { type: 'noteRef', number: 1, occurrence: 2 },
    ]);
    expect(notes.map((note) => note.label)).toEqual(['a', 'b']);
  });

  it('keeps an escaped mark as text', () => {
    const { inlines, messages: said } = cell('+--------------+\n| a \\[^b] c    |\n+--------------+\n\n[^b]: Note.\n');
    expect(inlineText(inlines)).toBe('a [^b] c');
    expect(said).toEqual(['book.md:8:1: warning: note [^b] is defined but never cited']);
  });
});
