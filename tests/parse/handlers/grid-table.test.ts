// Pandoc grid tables read into the Document's table: the examples of Pandoc's
// manual (MANUAL.txt, "Extension: grid_tables") as a reader sees them, row by
// row and cell by cell; header rows, spans, alignment, a foot, and grids that
// do not line up.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/document.ts';
import { visit } from '../../../src/document/visit.ts';
import { inlineText } from '../../../src/text.ts';
import { documentOf, messages, parse, withTitle } from '../../helpers/parse.ts';

type Table = Extract<Block, { type: 'table' }>;

/** The tables at any depth, as the text of their cells, and the diagnostics. */
function read(markdown: string): { tables: Table[]; cells: string[][][]; messages: string[] } {
  const result = parse(withTitle(markdown));
  const tables: Table[] = [];
  visit(documentOf(result).blocks, {
    block: (block) => {
      if (block.type === 'table') tables.push(block);
    },
  });
  return { tables, cells: tables.map((table) => table.rows.map((row) => row.cells.map((cell) => inlineText(cell.children)))), messages: messages(result) };
}

const lines = (...rows: string[]): string => `${rows.join('\n')}\n`;

describe('grid tables', () => {
  it('reads the manual’s sample table: a header row, and lists in cells with their bullets', () => {
    const { tables, cells, messages: said } = read(
      lines(
        '+---------------+---------------+--------------------+',
        '| Fruit         | Price         | Advantages         |',
        '+===============+===============+====================+',
        '| Bananas       | $1.34         | - built-in wrapper |',
        '|               |               | - bright color     |',
        '+---------------+---------------+--------------------+',
        '| Oranges       | $2.10         | - cures scurvy     |',
        '|               |               | - tasty            |',
        '+---------------+---------------+--------------------+',
      ),
    );
    expect(said).toEqual([]);
    expect(tables[0]?.headerRows).toBe(1);
    expect(cells).toEqual([
      [
        ['Fruit', 'Price', 'Advantages'],
        ['Bananas', '$1.34', '• built-in wrapper\n• bright color'],
        ['Oranges', '$2.10', '• cures scurvy\n• tasty'],
      ],
    ]);
  });

  it('has no header row without `+===+`, as Pandoc', () => {
    const { tables, cells } = read(lines('+-----+-----+', '| a   | b   |', '+-----+-----+', '| c   | d   |', '+-----+-----+'));
    expect(tables[0]?.headerRows).toBe(0);
    expect(cells).toEqual([
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ]);
  });

  it('takes the alignment from the colons of the header’s separator, or of a headerless table’s top line', () => {
    const withHeader = read(
      lines(
        '+---------------+---------------+--------------------+',
        '| Right         | Left          | Centered           |',
        '+==============:+:==============+:==================:+',
        '| Bananas       | $1.34         | built-in wrapper   |',
        '+---------------+---------------+--------------------+',
      ),
    );
    expect(withHeader.tables[0]?.align).toEqual(['right', 'left', 'center']);
    const headerless = read(lines('+--------------:+:--------------+:------------------:+', '| Right         | Left          | Centered           |', '+---------------+---------------+--------------------+'));
    expect(headerless.tables[0]?.align).toEqual(['right', 'left', 'center']);
    expect(headerless.tables[0]?.headerRows).toBe(0);
  });

  it('keeps a spanning cell once, in the row it starts in, with its spans, and no warning', () => {
    const { tables, cells, messages: said } = read(
      lines(
        '+---------------------+----------+',
        '| Property            | Earth    |',
        '+=============+=======+==========+',
        '|             | min   | -89.2 °C |',
        '| Temperature +-------+----------+',
        '| 1961-1990   | mean  | 14 °C    |',
        '|             +-------+----------+',
        '|             | max   | 56.7 °C  |',
        '+-------------+-------+----------+',
      ),
    );
    expect(cells).toEqual([[['Property', 'Earth'], ['Temperature 1961-1990', 'min', '-89.2 °C'], ['mean', '14 °C'], ['max', '56.7 °C']]]);
    const spans = tables[0]?.rows.map((row) => row.cells.map((cell) => [cell.colSpan ?? 1, cell.rowSpan ?? 1]));
    expect(spans).toEqual([[[2, 1], [1, 1]], [[1, 3], [1, 1], [1, 1]], [[1, 1], [1, 1]], [[1, 1], [1, 1]]]);
    expect(said).toEqual([]);
  });

  it('keeps a header of several rows as several header rows', () => {
    const { tables, cells } = read(
      lines(
        '+---------------------+-----------------------+',
        '| Location            | Temperature 1961-1990 |',
        '|                     | in degree Celsius     |',
        '|                     +-------+-------+-------+',
        '|                     | min   | mean  | max   |',
        '+=====================+=======+=======+=======+',
        '| Antarctica          | -89.2 | N/A   | 19.8  |',
        '+---------------------+-------+-------+-------+',
        '| Earth               | -89.2 | 14    | 56.7  |',
        '+---------------------+-------+-------+-------+',
      ),
    );
    expect(tables[0]?.headerRows).toBe(2);
    expect(cells).toEqual([
      [
        ['Location', 'Temperature 1961-1990 in degree Celsius'],
        ['min', 'mean', 'max'],
        ['Antarctica', '-89.2', 'N/A', '19.8'],
        ['Earth', '-89.2', '14', '56.7'],
      ],
    ]);
  });

  it('sets a foot’s rows after the body’s', () => {
    const { tables, cells } = read(
      lines(
        '+---------------+---------------+',
        '| Fruit         | Price         |',
        '+===============+===============+',
        '| Bananas       | $1.34         |',
        '+---------------+---------------+',
        '| Oranges       | $2.10         |',
        '+===============+===============+',
        '| Sum           | $3.44         |',
        '+===============+===============+',
      ),
    );
    expect(tables[0]?.headerRows).toBe(1);
    expect(cells[0]?.map((row) => row[0])).toEqual(['Fruit', 'Bananas', 'Oranges', 'Sum']);
  });

  it('reads a grid table inside a list item and a block quote', () => {
    const { cells } = read(lines('- item', '', '  +-----+', '  | a   |', '  +-----+', '', '> +-----+', '> | b   |', '> +-----+'));
    expect(cells).toEqual([[['a']], [['b']]]);
  });

  it('prints a grid whose lines do not line up as text, as Pandoc does, and never throws', () => {
    const crooked = lines('+-----+-----+', '| a   | b  |', '+-----+-----+');
    const result = parse(withTitle(crooked));
    const blocks = documentOf(result).blocks;
    expect(blocks.some((block) => block.type === 'table')).toBe(false);
    expect(blocks.map((block) => (block.type === 'paragraph' ? inlineText(block.children) : block.type)).join('\n')).toContain('| a   | b  |');
  });
});
