// The fancy-list plugin in the one Markdown parse: each ordered list's
// numbering on its mdast node, and lists written with digits exactly as
// CommonMark parses them (all 652 examples of its specification).
import type { List, Nodes } from 'mdast';
import { createRequire } from 'node:module';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/diagnostics.ts';
import { remarkFancyLists } from '../../src/parse/fancy-lists.ts';
import { parseMarkdown } from '../../src/parse/markdown.ts';

const spec = createRequire(import.meta.url)('commonmark-spec') as { tests: readonly { markdown: string; example: number }[] };

const lists = (node: Nodes): List[] => [...(node.type === 'list' ? [node] : []), ...('children' in node ? node.children.flatMap((c) => lists(c as Nodes)) : [])];

/** A tree without positions or data: what CommonMark's structure is. */
const bare = (node: Nodes): unknown => {
  const { position: _position, data: _data, ...rest } = node as Nodes & { data?: unknown };
  return 'children' in node ? { ...rest, children: node.children.map((c) => bare(c as Nodes)) } : rest;
};

describe('remarkFancyLists', () => {
  it('puts each ordered list’s numbering on its node, and its first number in `start`', () => {
    const root = parseMarkdown('(iv) four\n(v) five\n\n- bullet\n\nC)  three\n', new Diagnostics('m.md'));
    expect(root && lists(root).map((l) => [l.ordered, l.start, l.data?.numbering])).toEqual([
      [true, 4, { style: 'lower-roman', delimiter: 'parens', start: 4 }],
      [false, null, undefined],
      [true, 3, { style: 'upper-alpha', delimiter: 'paren', start: 3 }],
    ]);
  });

  it('leaves every example of the CommonMark specification as CommonMark parses it', () => {
    const plain = unified().use(remarkParse);
    const fancy = unified().use(remarkParse).use(remarkFancyLists);
    const differing = spec.tests.filter((t) => JSON.stringify(bare(plain.parse(t.markdown))) !== JSON.stringify(bare(fancy.parse(t.markdown))));
    expect(differing.map((t) => t.example)).toEqual([]);
    expect(spec.tests.length).toBe(652);
  });
});
