// Figures, tables and references as Markdown written for Pandoc has them,
// built through the galley command and read back: an HTML table with no
// header row is set without one (no header cells in the PDF's tags, no
// <thead> in the EPUB).
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { runGalley, temporaryDir } from '../helpers/cli.ts';
import { elements, readEpub } from '../helpers/epub-reader.ts';
import { epubValidatorTests } from '../helpers/epub-validation.ts';
import { nodesOf, readTagged, textOf } from '../helpers/tagged-text.ts';

const MANUSCRIPT = `---
title: Figures and Tables
---

Intro text.

<table>
  <tr><td>Alpha</td><td>Beta</td></tr>
  <tr><td>Gamma</td><td>Delta</td></tr>
</table>

The end.
`;

describe('figures and tables written for Pandoc, built', () => {
  const dir = temporaryDir();
  const file = join(dir, 'figures.md');
  beforeAll(() => {
    writeFileSync(file, MANUSCRIPT);
    copyFileSync(new URL('../fixtures/parse/images/wide.png', import.meta.url).pathname, join(dir, 'wide.png'));
    const run = runGalley(['build', file, '--out', dir, '--strict']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  test('an HTML table of <td> rows has no header row: two rows of data cells in the PDF, no <thead> in the EPUB', async () => {
    const tagged = await readTagged(readFileSync(join(dir, 'figures.pdf')));
    const table = nodesOf(tagged.tree).find((node) => node.type === 'Table' && textOf(node).includes('Alpha'));
    const rows = table?.children.filter((node) => node.type === 'TR') ?? [];
    expect(rows.map((row) => row.children.map((cell) => `${cell.type}:${textOf(cell)}`))).toEqual([
      ['TD:Alpha', 'TD:Beta'],
      ['TD:Gamma', 'TD:Delta'],
    ]);
    const epub = await readEpub(readFileSync(join(dir, 'figures.epub')));
    const documents = await epub.contentDocuments();
    const tables = documents.flatMap(({ doc }) => elements(doc, 'table')).filter((el) => (el.textContent ?? '').includes('Alpha'));
    expect(tables).toHaveLength(1);
    expect(elements(tables[0]!, 'thead')).toHaveLength(0);
    expect(elements(tables[0]!, 'tr')).toHaveLength(2);
  });

  epubValidatorTests(() => join(dir, 'figures.epub'));
});
