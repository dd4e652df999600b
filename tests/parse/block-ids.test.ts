// Obsidian's block identifiers are hidden, as its reading view hides them,
// and are places `[[#^id]]` links lead to; a caret that is no identifier
// (`x^2`, a note mark, code) stays as written.
import { describe, expect, it } from 'vitest';
import { inlineText } from '../../src/text.ts';
import type { Block } from '../../src/document.ts';
import { blocksOf, documentOf, messages, parse, withTitle } from '../helpers/parse.ts';

const texts = (blocks: readonly Block[]): string[] =>
  blocks.map((b) => (b.type === 'paragraph' ? inlineText(b.children) : b.type === 'list' ? b.items.map((item) => texts(item.children).join('')).join('|') : b.type));

describe('Obsidian block identifiers', () => {
  it('are left out at a paragraph’s or list item’s end, and on a line of their own', () => {
    expect(texts(blocksOf('A quotable line. ^quote-of-the-day\n\n- one ^first\n- two\n\n> A quote.\n\n^quote-id\n\nLast.\n'))).toEqual([
      'A quotable line.',
      'one|two',
      'blockquote',
      'Last.',
    ]);
  });

  it('are places a wikilink to them leads to', () => {
    const result = parse(withTitle('A quotable line. ^quote\n\nSee [[#^quote|that line]].\n'));
    const [first, second] = documentOf(result).blocks;
    expect(first?.type === 'paragraph' ? first.children.find((inline) => inline.type === 'anchor') : undefined).toEqual(expect.objectContaining({ id: 'quote' }));
    expect(second?.type === 'paragraph' ? second.children.find((inline) => inline.type === 'link') : undefined).toEqual(expect.objectContaining({ url: '#quote' }));
    expect(messages(result)).toEqual([]);
  });

  it('leave other carets as written', () => {
    expect(texts(blocksOf('Squared: x^2\n\nA note.[^n] And `code ^id`.\n\n[^n]: Note.\n'))).toEqual(['Squared: x^2', 'A note. And code ^id.']);
  });
});
