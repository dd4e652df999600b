// Positions inside grid table cells: the library parses each cell's text
// alone, and the plugin moves what it found to the manuscript's lines and
// columns, so a warning in a cell names its own place and what is printed as
// written is the cell's own text.
import type { GridTable, Image, Nodes } from 'mdast';
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/diagnostics.ts';
import { parseMarkdown } from '../../src/parse/markdown.ts';
import { inlineText } from '../../src/text.ts';
import { documentOf, messages, parse, withTitle } from '../helpers/parse.ts';

const TABLE = [
  'Before.',
  '',
  '  - +--------+---------------------+',
  '    | Name   | Notes               |',
  '    +========+=====================+',
  '    | one    | text, then          |',
  '    |        | ![gone](nowhere.png)|',
  '    +--------+---------------------+',
  '    | two    |    indented *a*     |',
  '    +--------+---------------------+',
  '',
].join('\n');

function find(node: Nodes, type: string): Nodes[] {
  const here = node.type === type ? [node] : [];
  return 'children' in node ? [...here, ...node.children.flatMap((child) => find(child, type))] : here;
}

describe('grid table positions', () => {
  const root = parseMarkdown(TABLE, new Diagnostics('book.md'))!;

  it('places a node in a cell at its line and column of the manuscript, offsets included', () => {
    const [image] = find(root, 'image') as Image[];
    expect(image?.position?.start).toEqual({ line: 7, column: 16, offset: TABLE.indexOf('![gone]') });
    const emphasis = find(root, 'emphasis')[0];
    expect(TABLE.slice(emphasis?.position?.start.offset, emphasis?.position?.end.offset)).toBe('*a*');
  });

  it('gives each cell and row the place of its text', () => {
    const [table] = find(root, 'gridTable') as GridTable[];
    const row = table?.children[1]?.children[0];
    expect(row?.position?.start.line).toBe(6);
    expect(row?.children[1]?.position?.start).toEqual({ line: 6, column: 15, offset: TABLE.indexOf(' text, then') });
  });

  it('reports a problem in a cell at its own place, and prints text as written from the cell', () => {
    const result = parse(withTitle('+-------------------------+\n| ask @someone, [^none]   |\n+-------------------------+\n'));
    expect(messages(result)).toEqual(['book.md:5:17: warning: note [^none] is cited but never defined; printed as written']);
    const [table] = documentOf(result).blocks;
    expect(table?.type === 'table' && inlineText(table.rows[0]?.cells[0]?.children ?? [])).toBe('ask @someone, [^none]');
  });
});
