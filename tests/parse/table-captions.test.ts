// Pandoc's table captions: a "Table:" (or ":") paragraph before or after a
// table captions it, its prefix left out; the paragraph is not printed apart.
import { describe, expect, it } from 'vitest';
import { blocksOf } from '../helpers/parse.ts';

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
});
