// Pandoc grid tables built through the galley command and read back as a
// reader finds them: in the PDF, each row's cells side by side on one line,
// a cell's list items and code lines each on a line of their own, no border
// characters printed; in the EPUB, tables with their header rows in thead
// (none for a headerless grid); and `galley check` finds every word of the
// manuscript in the text layer, in order.
import type { Element as XmlElement, Node as XmlNode } from '@xmldom/xmldom';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { runGalley, temporaryDir } from '../helpers/cli.ts';
import { elements, readEpub } from '../helpers/epub-reader.ts';
import { readPdf, type PdfPage } from '../helpers/read-pdf.ts';

/** A headerless grid table whose cells hold fenced code, each line padded to the borders. */
function codeTable(): string {
  const fence = '`'.repeat(3);
  const rows = [
    ['command line', 'defaults file'],
    null,
    [fence, `${fence} yaml`],
    ['--input foo.md', 'input-files:'],
    ['', '  - foo.md'],
    [fence, fence],
    null,
  ];
  const border = `+${'-'.repeat(18)}+${'-'.repeat(22)}+`;
  return [border, ...rows.map((row) => (row === null ? border : `| ${row[0]!.padEnd(16)} | ${row[1]!.padEnd(20)} |`))].join('\n');
}

const MANUSCRIPT = `---
title: Fruit and Temperatures
---

Prices first.

+---------------+---------------+--------------------+
| Fruit         | Price         | Advantages         |
+===============+===============+====================+
| Bananas       | $1.34         | - built-in wrapper |
|               |               | - bright color     |
+---------------+---------------+--------------------+
| Oranges       | $2.10         | - cures scurvy     |
|               |               | - tasty            |
+---------------+---------------+--------------------+

Then the Earth.

+---------------------+----------+
| Property            | Earth    |
+=============+=======+==========+
|             | min   | -89.2 °C |
| Temperature +-------+----------+
| 1961-1990   | mean  | 14 °C    |
|             +-------+----------+
|             | max   | 56.7 °C  |
+-------------+-------+----------+

And a table without a header, holding code.

${codeTable()}

The end.
`;

/** A cell's text with its hard breaks as new lines. */
function cellText(node: XmlNode): string {
  if (node.nodeType === node.TEXT_NODE) return node.nodeValue ?? '';
  if (node.nodeName === 'br') return '\n';
  return Array.from(node.childNodes).map(cellText).join('');
}

/** The PDF's lines: items on one baseline, joined by " | " across a gap wider than a code space (cells are padded 4 pt each side). */
function pdfLines(pages: readonly PdfPage[]): string[] {
  return pages.flatMap((page) => {
    const rows = new Map<number, PdfPage['items'][number][]>();
    for (const item of page.items) {
      if (item.str.trim() === '') continue;
      const y = Math.round(item.y);
      rows.set(y, [...(rows.get(y) ?? []), item]);
    }
    return [...rows.entries()]
      .sort(([a], [b]) => b - a)
      .map(([, items]) =>
        items
          .sort((a, b) => a.x - b.x)
          .map((item, i) => {
            const before = items[i - 1];
            const gap = before === undefined ? 0 : item.x - (before.x + before.width);
            return `${before === undefined ? '' : gap > item.size * 0.75 ? ' | ' : ' '}${item.str.trim()}`;
          })
          .join(''),
      );
  });
}

describe('grid tables, built', () => {
  const dir = temporaryDir();
  const file = join(dir, 'fruit.md');
  let stderr = '';
  beforeAll(() => {
    writeFileSync(file, MANUSCRIPT);
    const run = runGalley(['build', file, '--out', dir]);
    stderr = run.stderr;
    expect(run.status).toBe(0);
  });

  test('spanning cells are set, with no warning', () => {
    expect(stderr).toBe('');
  });

  test('the PDF sets each row’s cells side by side, a cell’s lines one under another, and no borders', async () => {
    const lines = pdfLines((await readPdf(readFileSync(join(dir, 'fruit.pdf')))).pages);
    expect(lines).toEqual(
      expect.arrayContaining([
        'Fruit | Price | Advantages',
        'Bananas | $1.34 | • built-in wrapper',
        '• bright color',
        'Oranges | $2.10 | • cures scurvy',
        '• tasty',
        'Property | Earth',
        'Temperature 1961-1990 | min | -89.2 °C',
        'mean | 14 °C',
        'max | 56.7 °C',
        'command line | defaults file',
        '--input foo.md | input-files:',
        '- foo.md',
      ]),
    );
    expect(lines.filter((line) => /[+|]-|-[+|]|={3}/u.test(line))).toEqual([]);
  });

  test('the EPUB has the same tables, header rows in thead, none for the headerless one', async () => {
    const epub = await readEpub(readFileSync(join(dir, 'fruit.epub')));
    const tables = (await epub.contentDocuments()).flatMap(({ doc }) => elements(doc, 'table'));
    const read = (table: XmlElement) => ({
      head: elements(table, 'thead').flatMap((thead) => elements(thead, 'tr')).length,
      rows: elements(table, 'tr').map((tr) => Array.from(tr.childNodes).map(cellText)),
    });
    expect(tables.map(read)).toEqual([
      {
        head: 1,
        rows: [
          ['Fruit', 'Price', 'Advantages'],
          ['Bananas', '$1.34', '• built-in wrapper\n• bright color'],
          ['Oranges', '$2.10', '• cures scurvy\n• tasty'],
        ],
      },
      {
        head: 1,
        // Each merged cell once, in the row it starts in (its colspan and rowspan: tests/e2e/table-spans.test.ts).
        rows: [
          ['Property', 'Earth'],
          ['Temperature 1961-1990', 'min', '-89.2 °C'],
          ['mean', '14 °C'],
          ['max', '56.7 °C'],
        ],
      },
      {
        head: 0,
        rows: [
          ['command line', 'defaults file'],
          ['--input foo.md', 'input-files:\n\u00A0\u00A0- foo.md'],
        ],
      },
    ]);
  });

  test('galley check finds every word of the manuscript in the PDF’s text layer, in order', () => {
    const run = runGalley(['check', join(dir, 'fruit.pdf')]);
    expect(run.stdout).toMatch(/pass {2}Text layer against the embedded manuscript {2}all \d+ words/u);
  });
});
