// A paragraph line opening with "+" (a phone number, "+1 for this") is a
// paragraph, and the lists and quotes after it are lists and quotes, as in
// Pandoc and GitHub; a grid table still opens with its border.
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/diagnostics.ts';
import { parseMarkdown } from '../../src/parse/markdown.ts';

const types = (markdown: string): string[] => (parseMarkdown(markdown, new Diagnostics('x.md'))?.children ?? []).map((node) => node.type);

describe('a line opening with "+"', () => {
  it('leaves the lists and block quotes after it as they are written', () => {
    expect(types('Call +1 555-0100 or\n+1 555-0101.\n\n- First item\n- Second item\n')).toEqual(['paragraph', 'list']);
    expect(types('+1 for this idea.\n\n## Next\n\n1. one\n2. two\n\n> quote\n')).toEqual(['paragraph', 'heading', 'list', 'blockquote']);
    expect(types('+abc\n\n- a\n\n+1\n\n- b\n')).toEqual(['paragraph', 'list', 'paragraph', 'list']);
  });

  it('still opens a grid table when it is a border, and a list when "+ " marks an item', () => {
    expect(types('+---+---+\n| a | b |\n+---+---+\n\n- a\n')).toEqual(['gridTable', 'list']);
    expect(types('+:--+--:+\n| a | b |\n+===+===+\n| c | d |\n+---+---+\n')).toEqual(['gridTable']);
    expect(types('+ one\n+ two\n\n- a\n')).toEqual(['list', 'list']);
  });
});
