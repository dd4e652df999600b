// Pandoc's citation syntax → `cite` mdast nodes, with positions; and what is
// not a citation (code, escapes, emails, links).
import type { Cite, Nodes, Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/diagnostics.ts';
import { parseMarkdown } from '../../src/parse/markdown.ts';

function tree(markdown: string): Root {
  const root = parseMarkdown(markdown, new Diagnostics('book.md'));
  if (!root) throw new Error('no tree');
  return root;
}

function cites(markdown: string): Cite[] {
  const found: Cite[] = [];
  const walk = (node: Nodes): void => {
    if (node.type === 'cite') found.push(node);
    if ('children' in node) node.children.forEach((child) => walk(child as Nodes));
  };
  walk(tree(markdown));
  return found;
}

/** Each citation as `mode: [prefix|-@key|suffix @line:col]…`. */
function summary(markdown: string): string[] {
  return cites(markdown).map(
    (cite) =>
      `${cite.mode}: ${cite.items
        .map((i) => `[${i.prefix}|${i.suppressAuthor ? '-' : ''}@${i.key}|${i.suffix} @${i.position.line}:${i.position.column}]`)
        .join('')}`,
  );
}

describe('bracketed citations', () => {
  it('reads a key, a locator suffix, a prefix and several items', () => {
    expect(summary('One [@doe]. Two [@doe, p. 3]. Three [see @a; @b, 12].')).toEqual([
      'bracketed: [|@doe| @1:6]',
      'bracketed: [|@doe|, p. 3 @1:18]',
      'bracketed: [see|@a| @1:42][|@b|, 12 @1:46]',
    ]);
  });

  it('reads -@ as "suppress the author"', () => {
    expect(summary('Doe says so [-@doe, 4].')).toEqual(['bracketed: [|-@doe|, 4 @1:14]']);
  });

  it('spans the whole citation in its position', () => {
    const [cite] = cites('Text [see @a; @b].');
    expect(cite?.position?.start).toMatchObject({ line: 1, column: 6 });
    expect(cite?.position?.end).toMatchObject({ line: 1, column: 18 });
  });

  it('follows a citation across lines, in a block quote too, with each key where it is written', () => {
    expect(summary('> Quoted [see\n> @a, p.\n> 3; @b].')).toEqual(['bracketed: [see|@a|, p. 3 @2:3][|@b| @3:6]']);
  });

  it('takes braced keys whole and keeps escaped separators in the suffix', () => {
    expect(summary('[@{https://example.org/a?b=1}] and [@doe, a\\; b]')).toEqual([
      'bracketed: [|@https://example.org/a?b=1| @1:2]',
      'bracketed: [|@doe|, a; b @1:37]',
    ]);
  });

  it('keeps internal punctuation in a key', () => {
    expect(summary('[@doe:2020.b]')).toEqual(['bracketed: [|@doe:2020.b| @1:2]']);
  });
});

describe('citations in running text', () => {
  it('reads @key, with an optional [locator] after it, and leaves trailing punctuation out of the key', () => {
    expect(summary('@doe says. As @doe [p. 33] says, and @doe:2020.')).toEqual([
      'in-text: [|@doe| @1:1]',
      'in-text: [|@doe|p. 33 @1:15]',
      'in-text: [|@doe:2020| @1:38]',
    ]);
  });
});

describe('what is not a citation', () => {
  it('leaves emails and an @ inside a word alone', () => {
    expect(cites('Write to a@b.com or to x@y today.')).toEqual([]);
  });

  it('reads a key right after an opening parenthesis or quote as cited in the text, as Pandoc does', () => {
    expect(summary('As (@doe) and “@roe” show.')).toEqual(['in-text: [|@doe| @1:5]', 'in-text: [|@roe| @1:16]']);
  });

  it('keeps code as code and an escaped \\@ as text', () => {
    const root = tree('Use `[@doe]` or \\@doe.');
    expect(cites('Use `[@doe]` or \\@doe.')).toEqual([]);
    const paragraph = root.children[0];
    expect(paragraph?.type === 'paragraph' && paragraph.children.map((c) => c.type)).toEqual(['text', 'inlineCode', 'text']);
  });

  it('keeps a link whose text starts with @ a link, and a lone @ text', () => {
    expect(cites('[@doe](https://example.org) and @ home and [email me @ home].')).toEqual([]);
    const paragraph = tree('[@doe](https://example.org)').children[0];
    expect(paragraph?.type === 'paragraph' && paragraph.children[0]?.type).toBe('link');
  });

  it('needs a key in every item (the key alone is then cited in the text) and gives up at a nested bracket', () => {
    expect(summary('[see; @a]')).toEqual(['in-text: [|@a| @1:7]']);
    expect(cites('[@a [b]]')).toEqual([]);
  });
});
