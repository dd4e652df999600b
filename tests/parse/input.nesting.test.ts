// Nesting as deep as a manuscript can hold: 400 levels of quotes or lists are
// typeset, and 20,000 are refused with a located error before the parser
// recurses (a stack overflow would be a crash, not a message).
import { describe, expect, it } from 'vitest';
import { documentOf, messages, parse, withTitle } from '../helpers/parse.ts';

describe('deep nesting', () => {
  const innermost = (blocks: readonly unknown[]): number => {
    let depth = 0;
    let node = blocks[0] as { type: string; children?: unknown[]; items?: { children: unknown[] }[] } | undefined;
    while (node && (node.type === 'blockquote' || node.type === 'list')) {
      depth++;
      // A quote holds the next level first; a list item holds its text, then the next level.
      node = (node.type === 'blockquote' ? node.children?.[0] : node.items?.[0]?.children.at(-1)) as typeof node;
    }
    return depth;
  };

  it('parses 400 levels of block quotes', () => {
    const document = documentOf(parse(withTitle(`${'>'.repeat(400)} deep\n`)));
    expect(innermost(document.blocks)).toBe(400);
  });

  // micromark's list continuation is quadratic in depth: this parse takes 3–8 s on a 2-core machine,
  // so the test has room beyond the default 5 s. It checks depth, not speed.
  it('parses 400 levels of nested lists', { timeout: 60_000 }, () => {
    const body = Array.from({ length: 400 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n');
    const document = documentOf(parse(withTitle(`${body}\n`)));
    expect(innermost(document.blocks)).toBe(400);
  });

  it('stops nesting too deep to parse with a located error, before the parser runs', () => {
    const result = parse(withTitle(`Fine.\n\n${'>'.repeat(20_000)} too deep\n`));
    expect(result.document).toBeNull();
    expect(messages(result)).toEqual([
      'book.md:6:1: error: quotes and lists are nested about 20000 levels deep here; Galley typesets at most 500 levels, so flatten them',
    ]);
  });
});
