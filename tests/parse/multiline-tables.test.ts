// Pandoc's multiline tables and simple tables without a header (the manual's
// examples): read as tables, cells over several lines joined, alignment from
// the dashes, every line of the manuscript kept in its place, and a warning
// inside a cell located at the cell's own line and column.
import { describe, expect, it } from 'vitest';
import { hideMultilineTables } from '../../src/parse/multiline-tables.ts';
import { blocksOf, messages, parse, withTitle } from '../helpers/parse.ts';

const MULTILINE = [
  '-------------------------------------------------------------',
  ' Centered   Default           Right Left',
  '  Header    Aligned         Aligned Aligned',
  '----------- ------- --------------- -------------------------',
  '   First    row                12.0 Example of a row that',
  '                                    spans *multiple* lines.',
  '',
  '  Second    row                 5.0 Here\'s another one. Note',
  '                                    the blank line between',
  '                                    rows.',
  '-------------------------------------------------------------',
].join('\n');

const HEADERLESS = [
  '-------     ------ ----------   -------',
  '     12     12        12             12',
  '    123     123       123           123',
  '-------     ------ ----------   -------',
].join('\n');

type Cell = { children: { type: string; value?: string; children?: { value?: string }[] }[] };
const cells = (block: unknown): string[][] =>
  (block as { rows: { cells: Cell[] }[] }).rows.map((row) =>
    row.cells.map((cell) => cell.children.map((c) => c.value ?? (c.children ?? []).map((d) => d.value ?? '').join('')).join('')),
  );

describe('multiline tables', () => {
  it('are tables: the header lines joined, each row’s lines joined, aligned as the header stands over its dashes, with a caption', () => {
    const [before, table, after] = blocksOf(`Before.\n\n${MULTILINE}\n\nTable: Here's the caption.\n\nAfter.\n`);
    expect(before).toMatchObject({ type: 'paragraph' });
    expect(table).toMatchObject({ type: 'table', headerRows: 1, align: ['center', null, 'right', 'left'], caption: [{ type: 'text', value: 'Here’s the caption.' }] });
    expect(cells(table)).toEqual([
      ['Centered Header', 'Default Aligned', 'Right Aligned', 'Left Aligned'],
      ['First', 'row', '12.0', 'Example of a row that spans multiple lines.'],
      ['Second', 'row', '5.0', 'Here’s another one. Note the blank line between rows.'],
    ]);
    expect((table as unknown as { rows: { cells: Cell[] }[] }).rows[1]?.cells[3]?.children.map((c) => c.type)).toEqual(['text', 'emphasis', 'text']);
    expect(after).toMatchObject({ type: 'paragraph', children: [{ type: 'text', value: 'After.' }] });
  });

  it('read a column’s alignment from the first header line with text over it, as Pandoc does', () => {
    const table = [
      '---------------------------------------------------------------',
      ' Centered   Left             Right',
      '  Header    Aligned        Aligned  Default aligned',
      '----------  ---------  -----------  ---------------------------',
      '   First    row               12.0  Example of a row that spans',
      '                                    multiple lines.',
      '---------------------------------------------------------------',
    ].join('\n');
    expect(blocksOf(`\n${table}\n`)[0]).toMatchObject({ type: 'table', align: ['center', 'left', 'right', 'left'] });
  });

  it('without a header: a line of dashes per column opens it; one line a row, or rows parted by blank lines', () => {
    const [simple] = blocksOf(`${'\n'}${HEADERLESS}\n`);
    expect(simple).toMatchObject({ type: 'table', headerRows: 0, align: ['right', 'left', 'center', 'right'] });
    expect(cells(simple)).toEqual([
      ['12', '12', '12', '12'],
      ['123', '123', '123', '123'],
    ]);
    const headerlessMultiline = MULTILINE.split('\n').slice(3, 10).join('\n');
    const [multi] = blocksOf(`\n${headerlessMultiline}\n${MULTILINE.split('\n')[3]}\n`);
    expect(multi).toMatchObject({ type: 'table', headerRows: 0 });
    expect(cells(multi).map((row) => row[3])).toEqual(['Example of a row that spans multiple lines.', 'Here’s another one. Note the blank line between rows.']);
  });

  it('open right after the front matter, with no blank line between', () => {
    const [table, after] = blocksOf(`${MULTILINE}\n\nAfter.\n`);
    expect(table).toMatchObject({ type: 'table', headerRows: 1, align: ['center', null, 'right', 'left'] });
    expect(after).toMatchObject({ type: 'paragraph' });
    const [headerless] = blocksOf(`${HEADERLESS}\n`);
    expect(headerless).toMatchObject({ type: 'table', headerRows: 0 });
  });

  it('keep every line of the manuscript its length; a thematic break, prose and fenced code are left alone', () => {
    const text = `Before.\n\n${MULTILINE}\n\n${HEADERLESS}\r\n\nAfter.\n`;
    const hidden = hideMultilineTables(text);
    expect(hidden.tables.size).toBe(2);
    expect(hidden.text.split('\n').map((line) => line.length)).toEqual(text.split('\n').map((line) => line.length));
    const prose = 'A paragraph.\n\n---\n\nMore prose.\n\n--------\nNot a table\n\n--------\n';
    expect(hideMultilineTables(prose).text).toBe(prose);
    const fenced = `\`\`\`\n\n${MULTILINE}\n\`\`\`\n`;
    expect(hideMultilineTables(fenced).text).toBe(fenced);
  });

  it('locate a warning inside a cell at its own line and column', () => {
    const body = `\n${MULTILINE.replace('spans *multiple* lines.', 'spans [^nope] lines.   ')}\n`;
    const result = parse(withTitle(body));
    // Front matter is three lines, the blank line one more: the cell's second line is manuscript line 10.
    expect(messages(result)).toEqual(['book.md:10:43: warning: note [^nope] is cited but never defined; printed as written']);
  });
});
