// Obsidian's comments are left out without a word, inline or across lines
// and blocks; a `%%` in code or math, or a last one with none to close it,
// is printed; what follows keeps its place in the manuscript.
import { describe, expect, it } from 'vitest';
import { inlineText } from '../../src/text.ts';
import type { Block } from '../../src/document.ts';
import { blocksOf, documentOf, messages, parse, withTitle } from '../helpers/parse.ts';

const texts = (blocks: readonly Block[]): string[] =>
  blocks.map((b) => (b.type === 'paragraph' || b.type === 'heading' ? inlineText(b.children) : b.type === 'code' ? `code:${b.value}` : b.type));

describe('Obsidian comments', () => {
  it('leaves out an inline comment, and a paragraph holding nothing else', () => {
    expect(texts(blocksOf('Kept %%hidden%%text, and %%more **hidden**%% this.\n\n%%A whole paragraph.%%\n\nLast.\n'))).toEqual(['Kept text, and  this.', 'Last.']);
  });

  it('leaves out a comment across lines and blocks, headings, lists and code in it included; the blocks around it stay apart', () => {
    const body = 'Before %%starts here\n\n# A heading\n\n- an item\n\n```\ncode\n```\n\nends here%% after.\n\nNext.\n';
    expect(texts(blocksOf(body))).toEqual(['Before ', ' after.', 'Next.']);
  });

  it('prints %% in code and math as written, and a last %% with none to close it', () => {
    const body = 'Code `a %% b` and $x %% y$ stay.\n\n```\n%% not a comment %%\n```\n\nRate %%gone%%50 and a stray %% here.\n';
    const blocks = blocksOf(body);
    expect(texts(blocks)[1]).toBe('code:%% not a comment %%');
    expect(JSON.stringify(blocks[0])).toContain('a %% b');
    expect(JSON.stringify(blocks[0])).toContain('x %% y');
    expect(texts(blocks)[2]).toBe('Rate 50 and a stray %% here.');
  });

  it('keeps the places of what follows, so warnings point at it', () => {
    const result = parse(withTitle('%%a\ncomment%% See [link](#nowhere).\n'));
    expect(texts(documentOf(result).blocks)).toEqual([' See link.']);
    expect(messages(result)).toEqual([expect.stringContaining('book.md:5:15: warning: link to "#nowhere" is dropped')]);
  });
});
