// The tree walk the post-parse passes share: every node, parents first, in document order.
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/diagnostics.ts';
import { eachNode } from '../../src/parse/each-node.ts';
import { parseMarkdown } from '../../src/parse/markdown.ts';

describe('eachNode', () => {
  it('visits every node, each parent before its children, in document order', () => {
    const root = parseMarkdown('A *b* c.\n\n- d\n', new Diagnostics('m.md'))!;
    const seen: string[] = [];
    eachNode(root, (node) => seen.push('value' in node ? `${node.type}:${node.value}` : node.type));
    expect(seen).toEqual(['root', 'paragraph', 'text:A ', 'emphasis', 'text:b', 'text: c.', 'list', 'listItem', 'paragraph', 'text:d']);
  });
});
