// A table's merged cells in the tagged PDF's structure tree: each TH or TD
// once, in the TR of the row it starts in, with the /ColSpan and /RowSpan
// table attributes that tell a screen reader and a PDF/UA checker which
// columns and rows it covers.
import { beforeAll, describe, expect, test } from 'vitest';
import { render } from '../../helpers/archive.ts';
import { nodesOf, readTagged, textOf } from '../../helpers/tagged-text.ts';
import type { TaggedNode } from '../../helpers/tagged-text.ts';

let tables: TaggedNode[];

beforeAll(async () => {
  const tagged = await readTagged((await render('tests/fixtures/manuscripts/table-spans.md', { kind: 'archive', pdfa: 'PDF/A-3b' })).bytes);
  tables = tagged.tree.children.flatMap(nodesOf).filter((node) => node.type === 'Table');
});

const cells = (table: TaggedNode | undefined): string[][] =>
  (table?.children ?? [])
    .filter((row) => row.type === 'TR')
    .map((row) => row.children.map((cell) => `${cell.type} ${textOf(cell).replace(/\s+/gu, ' ').trim()}${cell.colSpan === undefined ? '' : ` cols=${cell.colSpan}`}${cell.rowSpan === undefined ? '' : ` rows=${cell.rowSpan}`}`));

describe('merged table cells in the structure tree', () => {
  test('a grid table’s merged cells carry their spans, each cell once in its first row', () => {
    expect(cells(tables[0])).toEqual([
      ['TH Route rows=2', 'TH Departures cols=2'],
      ['TH Morning', 'TH Evening'],
      ['TD Harbour line via the lighthouse quay rows=2', 'TD 07:10', 'TD 18:40'],
      ['TD 08:25', 'TD 19:55'],
      ['TD Ferry to the island, Saturdays cols=2', 'TD 21:30'],
    ]);
  });

  test('an HTML table’s rowspan and colspan, in its head of two rows and its body', () => {
    expect(cells(tables[1])).toEqual([
      ['TH Model rows=2', 'TH Battery life cols=2'],
      ['TH Light use', 'TH Heavy use'],
      ['TD Aurora', 'TD 14 hours', 'TD 6 hours'],
      ['TD Borealis with the wider screen rows=2', 'TD Not measured in this round cols=2'],
      ['TD 9 hours', 'TD 4 hours'],
    ]);
  });
});
