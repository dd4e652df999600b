// A grid table whose lines do not line up is printed as text, as Pandoc does,
// with a warning at its first line that says why; other text that opens with
// a plus sign is left alone.
import { describe, expect, it } from 'vitest';
import { inlineText } from '../../../src/text.ts';
import { documentOf, messages, parse, withTitle } from '../../helpers/parse.ts';

const WHY =
  'warning: this looks like a grid table but is printed as text: every "|" and "+" must stand under a "+" of the border above, each line end at the same column, and the table start at the margin';

describe('a grid table not read', () => {
  it('is printed as text, with a warning at its first line', () => {
    const result = parse(withTitle('Intro.\n\n+-----+-----+\n| a   | b  |\n+-----+-----+\n'));
    expect(messages(result)).toEqual([`book.md:6:1: ${WHY}`]);
    const [, grid] = documentOf(result).blocks;
    expect(grid?.type === 'paragraph' && inlineText(grid.children)).toBe('+-----+-----+ | a   | b  | +-----+-----+');
  });

  it('warns of an indented grid table, and of one lined up by the display width of wide characters, which the parser does not read', () => {
    expect(messages(parse(withTitle('  +-----+\n  | a   |\n  +-----+\n')))).toEqual([`book.md:4:3: ${WHY}`]);
    expect(messages(parse(withTitle('+--+----+\n|魚|fish|\n+--+----+\n')))).toEqual([`book.md:4:1: ${WHY}`]);
  });

  it('says nothing of a table read, nor of a paragraph that merely opens with a plus sign', () => {
    expect(messages(parse(withTitle('+-----+\n| a   |\n+-----+\n\n+-- not a border\n| but a pipe\n')))).toEqual([]);
  });
});
