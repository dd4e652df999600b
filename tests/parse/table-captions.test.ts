// Pandoc's table captions: a "Table:" (or ":") paragraph before or after a
// table captions it, its prefix left out; the paragraph is not printed apart.
// An attribute block ending it gives the table its id.
import { describe, expect, it } from 'vitest';
import { blocksOf, documentOf, messages, parse, withTitle } from '../helpers/parse.ts';

const text = (value: string) => ({ type: 'text', value }) as const;
const TABLE = '| a | b |\n|---|--:|\n| 1 | 2 |\n';

describe('table captions', () => {
  it('are read after the table or before it, "Table:", "table:" or ":", markup kept', () => {
    expect(blocksOf(`${TABLE}\nTable: Demonstration of *pipe* table.\n`)).toMatchObject([
      { type: 'table', caption: [text('Demonstration of '), { type: 'emphasis', children: [text('pipe')] }, text(' table.')] },
    ]);
    expect(blocksOf(`: Before it.\n\n${TABLE}`)).toMatchObject([{ type: 'table', caption: [text('Before it.')] }]);
    expect(blocksOf(`${TABLE}\ntable: Lower case.\n`)).toMatchObject([{ type: 'table', caption: [text('Lower case.')] }]);
  });

  it('caption grid tables too, and one table takes one caption, the one before it first', () => {
    const grid = '+---+---+\n| a | b |\n+===+===+\n| 1 | 2 |\n+---+---+\n';
    expect(blocksOf(`${grid}\nTable: A grid.\n`)).toMatchObject([{ type: 'table', caption: [text('A grid.')] }]);
    const [first, second] = blocksOf(`Table: First.\n\n${TABLE}\nTable: Second.\n\n${TABLE}`);
    expect([first, second]).toMatchObject([{ caption: [text('First.')] }, { caption: [text('Second.')] }]);
  });

  it('leave other paragraphs alone', () => {
    const blocks = blocksOf(`Tables: plural, not a caption.\n\n${TABLE}\nTable:no space\n`);
    expect(blocks.map((block) => block.type)).toEqual(['paragraph', 'table', 'paragraph']);
    expect(blocks[1]).not.toHaveProperty('caption');
  });

  it('end with an attribute block that is not printed: its id is the table’s, and links to it lead there', () => {
    const result = parse(withTitle(`See [the sizes](#tbl:sizes).\n\n${TABLE}\n: Sizes, *measured* {#tbl:sizes}\n`));
    const [paragraph, table] = documentOf(result).blocks;
    // pandoc-crossref's tbl: label numbers it, too (crossref-targets.ts).
    expect(table).toMatchObject({ type: 'table', id: 'tbl:sizes', caption: [text('Table 1: '), text('Sizes, '), { type: 'emphasis' }] });
    expect(table?.type === 'table' && table.caption?.at(-1)).toEqual({ type: 'emphasis', children: [text('measured')] });
    expect(paragraph).toMatchObject({ type: 'paragraph', children: [text('See '), { type: 'link', url: '#tbl:sizes' }, text('.')] });
    expect(messages(result)).toEqual([]);
  });

  it('whose id is taken give it none, with a warning', () => {
    const result = parse(withTitle(`# Sizes {#sizes}\n\n${TABLE}\nTable: Sizes {#sizes}\n`));
    expect(documentOf(result).blocks[1]).not.toHaveProperty('id');
    expect(messages(result)).toEqual([expect.stringMatching(/:6:1: warning: table id "#sizes" is not used because an earlier heading or anchor has that id$/u)]);
  });
});
