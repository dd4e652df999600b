// Tables with merged cells, a Pandoc grid table and an HTML table in one
// manuscript, built through the galley command and read back: pdftotext finds
// every word in order, a merged cell on the line of the row it starts in and
// across its columns;
// `galley check` passes the PDF; the EPUB's cells carry colspan and rowspan,
// and EPUBCheck and Ace find nothing to report.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { parseManuscript } from '../../src/parse/index.ts';
import { blockText, words } from '../../src/text.ts';
import { runGalley, temporaryDir } from '../helpers/cli.ts';
import { readEpub } from '../helpers/epub-reader.ts';
import { JAVA_EPUBCHECK_TIMEOUT, run, runAce, runJavaEpubcheck, testWith } from '../helpers/external.ts';
import { inOrder, readPdf, textUnits, type TextItem } from '../helpers/read-pdf.ts';

const manuscript = 'tests/fixtures/manuscripts/table-spans.md';
const out = temporaryDir();
const pdf = join(out, 'table-spans.pdf');
const epub = join(out, 'table-spans.epub');

describe('tables with merged cells, built', () => {
  let build: ReturnType<typeof runGalley>;
  beforeAll(() => {
    build = runGalley(['build', manuscript, '--out', out]);
  });

  test('builds both files with no warning: every span can be set', () => {
    expect(build.stderr).toBe('');
    expect(build.status).toBe(0);
  });

  testWith('pdftotext', 'the PDF holds every word, in order', () => {
    const doc = parseManuscript(manuscript, readFileSync(manuscript)).document!;
    const expected = [...words(doc.metadata.title), ...doc.blocks.flatMap((block) => words(blockText(block)))];
    expect(inOrder(textUnits(run('pdftotext', ['-raw', pdf, '-'])), expected.join(' '))).toBe('all found');
  });

  testWith('pdftotext', 'a merged cell is set once, on the line of the row it starts in', () => {
    const lines = run('pdftotext', ['-raw', pdf, '-']).split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        'Route Departures',
        'Morning Evening',
        'Harbour line via the lighthouse quay 07:10 18:40',
        '08:25 19:55',
        'Ferry to the island, Saturdays 21:30',
        'Model Battery life',
        'Light use Heavy use',
        'Aurora 14 hours 6 hours',
        'Borealis with the wider screen Not measured in this round',
        '9 hours 4 hours',
      ]),
    );
  });

  test('a merged cell runs across its columns; the rows under a cell spanning down keep their own columns', async () => {
    const [page] = (await readPdf(readFileSync(pdf))).pages;
    const item = (text: string): TextItem => {
      const found = page?.items.find((i) => i.str.trim().startsWith(text));
      if (found === undefined) throw new Error(`no "${text}" on page 1`);
      return found;
    };
    expect(item('08:25').x).toBeCloseTo(item('07:10').x, 1);
    expect(item('9 hours').x).toBeCloseTo(item('14 hours').x, 1);
    expect(item('Not measured').x).toBeCloseTo(item('14 hours').x, 1);
    expect(item('Not measured').x + item('Not measured').width).toBeGreaterThan(item('6 hours').x);
    expect(item('Battery life').x).toBeCloseTo(item('Light use').x, 1);
  });

  test('galley check passes the PDF', () => {
    const check = runGalley(['check', pdf]);
    expect(check.stdout).toMatch(/ 0 failed/u);
    expect(check.status).toBe(0);
  });

  test('the EPUB’s cells carry colspan and rowspan, each merged cell once', async () => {
    const book = await readEpub(readFileSync(epub));
    const chapters = book.entries.filter((entry) => entry.name.endsWith('.xhtml'));
    const xhtml = (await Promise.all(chapters.map((entry) => book.text(entry.name)))).join('\n');
    for (const cell of [
      '<th rowspan="2" scope="col">Route</th>',
      '<th colspan="2" scope="col">Departures</th>',
      '<th rowspan="2" scope="col">Model</th>',
      '<th colspan="2" scope="col">Battery life</th>',
      '<td colspan="2">Not measured in this round</td>',
    ]) {
      expect(xhtml).toContain(cell);
    }
    expect(xhtml).toMatch(/<td rowspan="2">Harbour line via the lighthouse\s+quay<\/td>/u);
    expect(xhtml).toContain('<td rowspan="2">Borealis with the wider screen</td>');
    expect(xhtml).toMatch(/<td colspan="2">Ferry to the island, Saturdays<\/td>/u);
    expect(xhtml.match(/Borealis/gu)).toHaveLength(1);
  });

  testWith(
    'Java EPUBCheck',
    'EPUBCheck finds 0 errors, 0 warnings',
    async () => {
      expect(await runJavaEpubcheck(epub)).toMatch(/Messages: 0 fatals \/ 0 errors \/ 0 warnings/u);
    },
    JAVA_EPUBCHECK_TIMEOUT,
  );

  testWith(
    'Ace by DAISY',
    'Ace finds 0 violations',
    async () => {
      const { outcome, violations } = await runAce(epub);
      expect(violations).toEqual([]);
      expect(outcome).toBe('pass');
    },
    180_000,
  );
});
