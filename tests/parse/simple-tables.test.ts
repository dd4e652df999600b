// Pandoc's simple tables (the manual's examples): read as tables, columns and
// alignment from the dashes under the header, every line of the manuscript
// kept in its place; code, thematic breaks and ragged text left alone.
import { describe, expect, it } from 'vitest';
import { withSimpleTables } from '../../src/parse/simple-tables.ts';
import { blocksOf } from '../helpers/parse.ts';

const TABLE = [
  '  Right     Left     Center     Default',
  '-------     ------ ----------   -------',
  '     12     12        12            12',
  '    123     123       123          123',
  '      1     1          1             1',
].join('\n');

const cells = (block: unknown): string[][] =>
  (block as { rows: { cells: { children: { value?: string }[] }[] }[] }).rows.map((row) => row.cells.map((cell) => cell.children.map((c) => c.value ?? '').join('')));

describe('simple tables', () => {
  it('are tables: the header, the rows, and each column aligned as its header stands over its dashes', () => {
    const [before, table, after] = blocksOf(`Before.\n\n${TABLE}\n\nTable:  Demonstration of simple table syntax.\n\nAfter.\n`);
    expect(before).toMatchObject({ type: 'paragraph' });
    expect(table).toMatchObject({ type: 'table', headerRows: 1, align: ['right', 'left', 'center', null], caption: [{ type: 'text', value: 'Demonstration of simple table syntax.' }] });
    expect(cells(table)).toEqual([
      ['Right', 'Left', 'Center', 'Default'],
      ['12', '12', '12', '12'],
      ['123', '123', '123', '123'],
      ['1', '1', '1', '1'],
    ]);
    expect(after).toMatchObject({ type: 'paragraph', children: [{ type: 'text', value: 'After.' }] });
  });

  it('end at a closing line of dashes, which is no row', () => {
    const [, table, after] = blocksOf('Before.\n\n Code Error\n----- ------------\n    1 PandocIOError\n   99 PandocResourceNotFound\n----- ------------\n\nAfter.\n');
    expect(cells(table)).toEqual([
      ['Code', 'Error'],
      ['1', 'PandocIOError'],
      ['99', 'PandocResourceNotFound'],
    ]);
    expect(after).toMatchObject({ type: 'paragraph', children: [{ type: 'text', value: 'After.' }] });
  });

  it('keep every line of the manuscript its length, so every later position stays', () => {
    const text = `Before.\n\n${TABLE}\n\nAfter.\r\n`;
    const out = withSimpleTables(text);
    expect(out).not.toBe(text);
    expect(out.split('\n').map((line) => line.length)).toEqual(text.split('\n').map((line) => line.length));
    expect(withSimpleTables(text.replaceAll('\n', '\r\n')).split('\r\n').map((line) => line.length)).toEqual(text.split('\n').map((line) => line.length));
  });

  it('open right after the front matter, with no blank line between; never inside it', () => {
    const [table, after] = blocksOf(`${TABLE}\n\nAfter.\n`);
    expect(table).toMatchObject({ type: 'table', align: ['right', 'left', 'center', null] });
    expect(after).toMatchObject({ type: 'paragraph' });
    const yaml = '---\ntitle: T\nnote: |\n\n  a     b\n  ---   ---\n  1     2\n---\n\nText.\n';
    expect(withSimpleTables(yaml)).toBe(yaml);
  });

  it('leave a table in fenced code, a thematic break and text crossing a column’s edge as written', () => {
    const fenced = `\`\`\`\n${TABLE}\n\`\`\`\n`;
    expect(withSimpleTables(fenced)).toBe(fenced);
    // A fence on the manuscript's first line opens code too, and the table after its close is read.
    const after = `${fenced}\n${TABLE}\n`;
    expect(withSimpleTables(after).startsWith(fenced)).toBe(true);
    expect(withSimpleTables(after)).not.toBe(after);
    const rule = 'A paragraph.\n\n- - -\n\nMore.\n';
    expect(withSimpleTables(rule)).toBe(rule);
    const ragged = 'Text.\n\nName    Value\n----    -----\nlonger name 1\n';
    expect(withSimpleTables(ragged)).toBe(ragged);
  });
});
