// Pandoc's numbered examples: `(@)` lists counted on across the document,
// labelled examples referred to by number from anywhere in the text, and
// other markers and citations left as they were.
import { describe, expect, it } from 'vitest';
import { blocksOf, messages, parse, withTitle } from '../helpers/parse.ts';

const plain = (block: unknown): string => JSON.stringify(block).match(/"value":"[^"]*"/gu)?.map((v) => v.slice(9, -1)).join('') ?? '';

describe('numbered examples', () => {
  it('count on from one example list to the next, whatever lies between, with the delimiter written', () => {
    const blocks = blocksOf('(@)  First.\n(@)  Second.\n\nExplanation.\n\n@.  Third.\n\n1. Other\n2. List\n\n(@) Fourth.\n');
    expect(blocks.map((b) => (b.type === 'list' ? [b.start, b.items.length] : b.type))).toEqual([[1, 2], 'paragraph', [3, 1], [1, 2], [4, 1]]);
    expect(blocks[0]).toMatchObject({ type: 'list', ordered: true, delimiter: 'parens' });
    expect(blocks[2]).not.toHaveProperty('delimiter');
  });

  it('print a labelled example’s number where the text names it, before or after the example', () => {
    const blocks = blocksOf('As (@good) shows, and @good again.\n\n(@)  Plain.\n(@good)  A good example.\n\nSee (@good), not (@unknown).\n');
    expect(plain(blocks[0])).toBe('As (2) shows, and 2 again.');
    expect(blocks[1]).toMatchObject({ type: 'list', start: 1 });
    expect(plain(blocks[2])).toBe('See (2), not (@unknown).');
  });

  it('continue only with examples or #; a numbered item after them opens a list of its own', () => {
    const blocks = blocksOf('(@)  One.\n(#)  Two.\n(1)  Other.\n');
    expect(blocks.map((b) => (b.type === 'list' ? [b.start, b.items.length] : b.type))).toEqual([[1, 2], [1, 1]]);
  });

  it('warn at the second example that reuses a label; references print the first one’s number', () => {
    const result = parse(withTitle('(@x)  One.\n\n(@x)  Two.\n\nSee (@x).\n'));
    expect(messages(result)).toEqual([expect.stringMatching(/^book\.md:6:1: warning: the example label "@x" is used twice/u)]);
  });

  it('leave an address in the text alone', () => {
    expect(plain(blocksOf('(@)  One.\n\nWrite to me@example.org.\n')[1])).toBe('Write to me@example.org.');
  });
});
