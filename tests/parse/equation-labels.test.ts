// pandoc-crossref's `{#eq:label}` after a display formula, on its line or the
// next, goes onto the formula and is never printed; other braces stay text.
import type { InlineMath, Math } from 'mdast-util-math';
import type { Nodes, Paragraph } from 'mdast';
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/diagnostics.ts';
import { parseMarkdown } from '../../src/parse/markdown.ts';

const tree = (markdown: string) => parseMarkdown(markdown, new Diagnostics('m.md'))?.children ?? [];
const texts = (node: Nodes | undefined): string[] => (node !== undefined && 'children' in node ? (node.children as Nodes[]).flatMap((child) => (child.type === 'text' ? [child.value] : [])) : []);

describe('equation labels', () => {
  it('after $$…$$ in a paragraph, spaces between, go onto the formula and leave the text', () => {
    const [paragraph] = tree('So $$ E = mc^2 $$ {#eq:energy} holds.') as [Paragraph];
    const math = paragraph.children.find((child) => child.type === 'inlineMath') as InlineMath;
    expect(math.data?.label).toBe('eq:energy');
    expect(texts(paragraph)).toEqual(['So ', ' holds.']);
  });

  it('after a $$ block, on the closing line or the next, leave nothing behind', () => {
    const [closing] = tree('$$\na + b\n$$ {#eq:sum}\n') as [Paragraph];
    expect((closing.children.find((child) => child.type === 'inlineMath') as InlineMath).data?.label).toBe('eq:sum');
    const next = tree('$$\na + b\n$$\n{#eq:sum}\n\nAfter.\n');
    expect(next.map((node) => node.type)).toEqual(['math', 'paragraph']);
    expect((next[0] as Math).data?.label).toBe('eq:sum');
    expect(texts(next[1])).toEqual(['After.']);
  });

  it('are only eq: ids after display math: other blocks, and any after inline math, stay text', () => {
    const [paragraph] = tree('$$x$$ {#fig:x} and $y$ {#eq:y}') as [Paragraph];
    expect(paragraph.children.some((child) => child.type === 'inlineMath' && child.data?.label !== undefined)).toBe(false);
    expect(texts(paragraph).join('')).toContain('{#fig:x}');
    expect(texts(paragraph).join('')).toContain('{#eq:y}');
  });
});
