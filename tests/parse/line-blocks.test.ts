// Pandoc's line blocks: each "| " line kept as a line, its indentation kept,
// a line that starts with a space continuing the one before.
import { describe, expect, it } from 'vitest';
import { blocksOf } from '../helpers/parse.ts';

const text = (value: string) => ({ type: 'text', value }) as const;
const br = { type: 'break' } as const;

describe('line blocks', () => {
  it('keep each line and its indentation (Pandoc’s manual)', () => {
    const source = '| The limerick packs laughs anatomical\n| Into space that is quite economical.\n|    But the good ones I\'ve seen\n|    So seldom are clean\n';
    expect(blocksOf(source)).toEqual([
      {
        type: 'paragraph',
        children: [text('The limerick packs laughs anatomical'), br, text('Into space that is quite economical.'), br, text('\u00a0\u00a0\u00a0But the good ones I’ve seen'), br, text('\u00a0\u00a0\u00a0So seldom are clean')],
        lines: true,
      },
    ]);
  });

  it('continue a line that starts with a space, and keep inline markup', () => {
    expect(blocksOf('| 200 Main St.\n| Berkeley, *CA*\n   94718\n')).toEqual([
      { type: 'paragraph', children: [text('200 Main St.'), br, text('Berkeley, '), { type: 'emphasis', children: [text('CA')] }, text(' 94718')], lines: true },
    ]);
  });

  it('are not read into a paragraph whose first line has no bar, nor a table', () => {
    expect(blocksOf('plain line\n| one\n')).toEqual([{ type: 'paragraph', children: [text('plain line | one')] }]);
    expect(blocksOf('|not a line block\n')).toEqual([{ type: 'paragraph', children: [text('|not a line block')] }]);
    expect(blocksOf('| a | b |\n|---|---|\n| 1 | 2 |\n')[0]).toMatchObject({ type: 'table' });
  });
});
