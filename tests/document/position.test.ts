// Every block and inline the parser makes carries the place in the manuscript
// it was written at, and the passes that rebuild the tree keep it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Block, Inline } from '../../src/document.ts';
import { spanOf } from '../../src/document/position.ts';
import { visit } from '../../src/document/visit.ts';
import { parseManuscript } from '../../src/parse/index.ts';

const FILE = new URL('../fixtures/manuscripts/every-node.md', import.meta.url).pathname;

function parsed() {
  const { document } = parseManuscript(FILE, readFileSync(FILE));
  if (document === null) throw new Error('every-node.md should parse');
  return document;
}

describe('source positions', () => {
  it('are on every block and inline of the body and the notes', () => {
    const doc = parsed();
    const nodes: (Block | Inline)[] = [];
    visit([...doc.blocks, ...doc.notes.flatMap((note) => note.children)], { block: (b) => nodes.push(b), inline: (n) => nodes.push(n) });
    expect(nodes.length).toBeGreaterThan(100);
    expect(nodes.filter((node) => spanOf(node) === undefined)).toEqual([]);
  });

  it('point at where each node is written, with the source between start and end', () => {
    const doc = parsed();
    const text = readFileSync(FILE, 'utf8');
    const heading = doc.blocks[0] as Block;
    expect(spanOf(heading)?.start).toMatchObject({ line: 15, column: 1 });
    const code: Inline[] = [];
    visit(doc.blocks, { inline: (node) => node.type === 'code' && code.push(node) });
    const first = code[0];
    if (first?.type !== 'code') throw new Error('every-node.md has inline code');
    const span = spanOf(first);
    expect(span?.start).toMatchObject({ line: 17 });
    expect(text.slice(span?.start.offset, span?.end.offset)).toBe(`\`${first.value}\``);
  });

  it('are not part of a node’s content: equal nodes from different places stay equal', () => {
    const doc = parsed();
    expect(Object.keys(doc.blocks[0] as Block)).toEqual(['type', 'depth', 'id', 'children']);
    expect(JSON.stringify(doc.blocks[0])).not.toContain('line');
  });
});
