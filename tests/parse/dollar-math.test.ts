// Pandoc's rules for single-dollar math (tex_math_dollars), case by case as
// Pandoc's manual and test suite give them, read through the whole parser.
import type { Nodes, Root } from 'mdast';
import { describe, expect, test } from 'vitest';
import { Diagnostics } from '../../src/diagnostics.ts';
import { parseMarkdown } from '../../src/parse/markdown.ts';

/** The paragraph's content as a reader sees it: math as ⟨tex⟩ (⟪tex⟫ for display), code as `code`, text as written. */
function read(markdown: string): string {
  const root = parseMarkdown(markdown, new Diagnostics('t.md')) as Root;
  const out: string[] = [];
  const walk = (node: Nodes): void => {
    if (node.type === 'inlineMath') out.push(markdown.slice(node.position?.start.offset, node.position?.end.offset).startsWith('$$') ? `⟪${node.value}⟫` : `⟨${node.value}⟩`);
    else if (node.type === 'math') out.push(`⟪${node.value}⟫`);
    else if (node.type === 'text') out.push(node.value);
    else if (node.type === 'inlineCode') out.push(`\`${node.value}\``);
    else if ('children' in node) node.children.forEach((child) => walk(child as Nodes));
  };
  walk(root);
  return out.join('');
}

describe('single dollars, as Pandoc reads them', () => {
  test.each([
    ['$x^2$ and $y$.', '⟨x^2⟩ and ⟨y⟩.'],
    // The closing dollar may not be followed by a digit: prices stay text.
    ['$5 and $10', '$5 and $10'],
    ['$20,000 and $30,000 won’t parse as math', '$20,000 and $30,000 won’t parse as math'],
    ['$x$5', '$x$5'],
    // A space right inside either dollar: no math.
    ['$ x$', '$ x$'],
    ['$x $', '$x $'],
    ['$x $y$', '$x ⟨y⟩'],
    // A backslash-escaped dollar is a dollar, and opens nothing.
    ['\\$x$ and \\$', '$x$ and $'],
    // Inside math a backslash takes the next character with it: TeX's \$.
    ['$a\\$b$', '⟨a\\$b⟩'],
    // \text{…} is read to its closing brace, dollars and all.
    ['$\\text{a $b$ c}$ d', '⟨\\text{a $b$ c}⟩ d'],
    // Math is read before emphasis and code spans, as Pandoc reads left to right.
    ['$a *b* c$', '⟨a *b* c⟩'],
    ['$a`b`c$', '⟨a`b`c⟩'],
    // A formula may run over a line break (not a blank line).
    ['$a\nb$', '⟨a\nb⟩'],
    ['a$ b', 'a$ b'],
    ['$x$,y', '⟨x⟩,y'],
  ])('%j', (markdown, expected) => {
    expect(read(markdown)).toBe(expected);
  });

  test('a blank line ends the paragraph, so no formula spans it', () => {
    expect(read('$a\n\nb$')).toBe('$ab$');
  });
});

describe('code is never math', () => {
  test('a code span keeps its dollars', () => {
    expect(read('`$x$` then $y$')).toBe('`$x$` then ⟨y⟩');
  });

  test('a code block keeps its dollars', () => {
    expect(read('```\n$x$ and $$y$$\n```')).toBe('');
  });
});

describe('double dollars: display math', () => {
  test('inline in a paragraph', () => {
    expect(read('a $$x^2$$ b')).toBe('a ⟪x^2⟫ b');
  });

  test('on lines of its own', () => {
    expect(read('$$\nE=mc^2\n$$')).toBe('⟪E=mc^2⟫');
  });

  test('may hold spaces and digits next to its dollars, as Pandoc allows (the padding is not TeX)', () => {
    expect(read('$$ 5 + x $$1')).toBe('⟪5 + x⟫1');
  });
});
