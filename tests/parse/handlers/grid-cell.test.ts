// What a grid table cell holding blocks shows: each paragraph, heading and
// code line on a line of its own (hard breaks between them), list items after
// their bullet, number or box, nested items and definitions indented, code
// keeping its indentation; notes, links and images work as anywhere else.
import { describe, expect, it } from 'vitest';
import type { Block, Inline } from '../../../src/document.ts';
import { inlineText } from '../../../src/text.ts';
import { documentOf, messages, parse, withTitle } from '../../helpers/parse.ts';

/** A one-column headerless grid table around `content`, each line padded to the border. */
function grid(...content: string[]): string {
  const width = Math.max(...content.map((line) => line.length)) + 2;
  const border = `+${'-'.repeat(width)}+`;
  return [border, ...content.map((line) => `| ${line.padEnd(width - 2)} |`), border, ''].join('\n');
}

/** The one cell's inlines, the rest of the body, and the diagnostics. */
function cellOf(markdown: string): { cell: readonly Inline[]; rest: Block[]; messages: string[] } {
  const result = parse(withTitle(markdown));
  const [table, ...rest] = documentOf(result).blocks;
  if (table?.type !== 'table') throw new Error(`no table: ${JSON.stringify(table)}`);
  return { cell: table.rows[0]?.cells[0]?.children ?? [], rest, messages: messages(result) };
}

const linesOf = (cell: readonly Inline[]): string[] => inlineText(cell).split('\n');

describe('grid table cells holding blocks', () => {
  it('sets paragraphs and headings each on a line, keeping their formatting', () => {
    const { cell } = cellOf(grid('# Title', '', 'One *para*.', '', 'Two.'));
    expect(linesOf(cell)).toEqual(['Title', 'One para.', 'Two.']);
    expect(cell).toContainEqual({ type: 'emphasis', children: [{ type: 'text', value: 'para' }] });
    expect(cell.filter((node) => node.type === 'break')).toHaveLength(2);
  });

  it('numbers an ordered list from its start, bullets a list, boxes a task list, and indents nested items', () => {
    const { cell } = cellOf(grid('3. third', '4. fourth', '   - inner', '', '- [x] done', '- [ ] open'));
    expect(linesOf(cell)).toEqual(['3. third', '4. fourth', '\u00A0\u00A0• inner', '☑ done', '☐ open']);
  });

  it('sets code line by line as code, its indentation kept in no-break spaces, without the blank lines closing it', () => {
    const { cell } = cellOf(grid('``` yaml', 'input-files:', '  - foo.md', '', '```'));
    expect(cell).toEqual([
      { type: 'code', value: 'input-files:' },
      { type: 'break' },
      { type: 'code', value: '\u00A0\u00A0- foo.md' },
    ]);
  });

  it('sets a term bold and its definitions indented under it', () => {
    const { cell } = cellOf(grid('Term', '', ':   Meaning'));
    expect(cell[0]).toEqual({ type: 'strong', children: [{ type: 'text', value: 'Term' }] });
    expect(linesOf(cell)).toEqual(['Term', '\u00A0\u00A0Meaning']);
  });

  it('resolves notes and link definitions written outside the table', () => {
    const { cell, rest, messages: said } = cellOf(`${grid('See [the site][s].[^n]')}\n[s]: https://example.org\n\n[^n]: A note.\n\nAfter.\n`);
    expect(said).toEqual([]);
    expect(cell).toContainEqual({ type: 'link', url: 'https://example.org', children: [{ type: 'text', value: 'the site' }] });
    expect(cell).toContainEqual({ type: 'noteRef', number: 1, occurrence: 1 });
    expect(rest.map((block) => block.type)).toEqual(['paragraph']);
  });

  it('sets a table inside a cell as lines, its cells separated by "|", with a warning', () => {
    const { cell, messages: said } = cellOf(grid('| a | b |', '|---|---|', '| c | d |'));
    expect(linesOf(cell)).toEqual(['a | b', 'c | d']);
    expect(said).toEqual(['book.md:5:2: warning: a table inside a grid table cell is set as lines of text, its cells separated by "|"']);
  });
});
