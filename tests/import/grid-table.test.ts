// Imported tables with merged cells become Pandoc grid tables that Galley
// reads back with the same spans; tables without them stay GFM pipe tables.
import { describe, expect, test } from 'vitest';
import type { Block } from '../../src/document.ts';
import { gridTableMarkdown } from '../../src/import/grid-table.ts';
import { articleMarkdown } from '../../src/import/markdown.ts';
import { inlineText } from '../../src/text.ts';
import { blocksOf } from '../helpers/parse.ts';

const cell = (text: string, colSpan = 1, rowSpan = 1) => ({ text, colSpan, rowSpan });

/** Each row's cells as "text colSpan×rowSpan". */
const spans = (block: Block | undefined): string[][] =>
  block?.type === 'table' ? block.rows.map((row) => row.cells.map((c) => `${inlineText(c.children)} ${c.colSpan ?? 1}x${c.rowSpan ?? 1}`)) : [];

describe('grid tables for merged cells', () => {
  test('draws no border inside a merged cell, as Pandoc’s manual draws one', () => {
    expect(gridTableMarkdown([[cell('Route', 1, 2), cell('Departures', 2)], [cell('Am'), cell('Pm')], [cell('Harbour'), cell('7'), cell('18')], [cell('Ferry to the island', 2), cell('21')]], 2)).toBe(
      [
        '+---------+------------------+',
        '| Route   | Departures       |',
        '|         +-----------+------+',
        '|         | Am        | Pm   |',
        '+=========+===========+======+',
        '| Harbour | 7         | 18   |',
        '+---------+-----------+------+',
        '| Ferry to the island | 21   |',
        '+---------------------+------+',
      ].join('\n'),
    );
  });

  test('an imported table with rowspan and colspan reads back with its spans, its links notes', () => {
    const html =
      '<table><thead><tr><th rowspan="2">Route</th><th colspan="2">Departures</th></tr><tr><th>Am</th><th>Pm</th></tr></thead>' +
      '<tbody><tr><td rowspan="2"><a href="https://harbour.example/line">Harbour</a> <em>line</em></td><td>07:10</td><td>18:40</td></tr><tr><td>08:25</td><td>19:55</td></tr>' +
      '<tr><td colspan="2">Ferry</td><td>21:30</td></tr></tbody></table>';
    const markdown = articleMarkdown(html, { title: 'Times', images: new Map(), linksAsNotes: true });
    expect(markdown).toContain('| Harbour[^link-1] *line* |');
    const [table] = blocksOf(markdown);
    expect(table).toMatchObject({ type: 'table', headerRows: 2 });
    expect(spans(table)).toEqual([
      ['Route 1x2', 'Departures 2x1'],
      ['Am 1x1', 'Pm 1x1'],
      ['Harbour line 1x2', '07:10 1x1', '18:40 1x1'],
      ['08:25 1x1', '19:55 1x1'],
      ['Ferry 2x1', '21:30 1x1'],
    ]);
  });

  test('a table without merged cells stays a pipe table', () => {
    expect(articleMarkdown('<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>', { title: 'T', images: new Map(), linksAsNotes: false })).toBe('| A | B |\n| --- | --- |\n| 1 | 2 |\n');
  });
});
