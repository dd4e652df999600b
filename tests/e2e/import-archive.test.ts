// `galley archive` end to end: a saved page in, a PDF/A-3b carrying the
// original page (with its images) as its source and the manuscript as data,
// plus an EPUB; `galley check` recognises both attachments, EPUBCheck has
// nothing to report, and the article's text is in the PDF in order.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EpubCheck } from '@likecoin/epubcheck-ts';
import { beforeAll, describe, expect, test } from 'vitest';
import { PdfFile } from '../../src/check/pdf/reader.ts';
import { embeddedFiles } from '../../src/check/pdf/structure.ts';
import { runGalley, temporaryDir, type CliRun } from '../helpers/cli.ts';
import { readPdf } from '../helpers/read-pdf.ts';

const fixture = (name: string): string => new URL(`../fixtures/import/${name}`, import.meta.url).pathname;
const NAME = 'ledgers-of-the-tide-keepers';
const words = (text: string): string[] => text.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];

let dir: string;
let archived: CliRun;

beforeAll(() => {
  dir = temporaryDir('galley-archive-');
  archived = runGalley(['archive', fixture('article.html'), '--out', dir, '--links-as-notes']);
});

describe('galley archive', () => {
  test('imports and builds the PDF and the EPUB, warning about the image the page did not save', () => {
    expect(archived.stderr).toMatch(/article\.html:31:19: warning: image article_files\/quay-map\.jpg is not in the saved files/u);
    expect(archived.status).toBe(0);
    for (const ext of ['md', 'pdf', 'epub']) expect(archived.stdout).toContain(`wrote ${join(dir, `${NAME}.${ext}`)}`);
  });

  test('embeds the original page and its images as /Source, and the manuscript as /Data', () => {
    const files = embeddedFiles(new PdfFile(readFileSync(join(dir, `${NAME}.pdf`))));
    const summary = files.map((f) => [f.name, f.relationship, f.mimeType]).sort();
    expect(summary).toEqual([
      ['1-harbour.png', 'Source', 'image/png'],
      ['2-chart.webp', 'Source', 'image/webp'],
      ['article.html', 'Source', 'text/html'],
      [`${NAME}.md`, 'Data', 'text/markdown'],
    ]);
    const bytes = (name: string): Buffer => Buffer.from(files.find((f) => f.name === name)?.bytes ?? []);
    expect(bytes('article.html').equals(readFileSync(fixture('article.html')))).toBe(true);
    expect(bytes('2-chart.webp').equals(readFileSync(fixture('article_files/chart.webp')))).toBe(true);
    expect(bytes(`${NAME}.md`).equals(readFileSync(join(dir, `${NAME}.md`)))).toBe(true);
  });

  test('galley check recognises both attachments and finds the manuscript’s text in the PDF', () => {
    const run = runGalley(['check', '--json', join(dir, `${NAME}.pdf`), join(dir, `${NAME}.epub`)]);
    const report = JSON.parse(run.stdout) as { ok: boolean; files: { checks: { id: string; status: string; message: string }[] }[] };
    const checks = new Map(report.files.flatMap((f) => f.checks).map((c) => [c.id, c]));
    expect(checks.get('pdf.original')).toMatchObject({ status: 'pass', message: `article.html (${readFileSync(fixture('article.html')).length} bytes) and 2 image(s) as /Source; manuscript ${NAME}.md as /Data` });
    expect(checks.get('pdf.source')?.status).toBe('pass');
    expect(checks.get('pdf.text')?.status).toBe('pass');
    expect(checks.get('pdf.pdfa')?.message).toMatch(/claims PDF\/A-3b/u);
    expect(report.ok, run.stdout).toBe(true);
    expect(run.status).toBe(0);
  });

  test('the article’s text is in the PDF, in order, with the link URLs as notes', async () => {
    const pdf = await readPdf(readFileSync(join(dir, `${NAME}.pdf`)));
    const layer = words(pdf.pages.map((p) => p.text).join(' ')).join(' ');
    const passages = [
      'The old harbour of Brightwater measured its tides by hand for two centuries',
      'High water has crept upwards by eleven centimetres since the first entries',
      'What the ledgers show',
      'We never thought the ledgers would matter to anyone but us',
      'Residents can read the transcribed ledgers at the library',
    ];
    let from = 0;
    for (const passage of passages) {
      const at = layer.indexOf(words(passage).join(' '), from);
      expect(at, passage).toBeGreaterThanOrEqual(from);
      from = at;
    }
    expect(layer).toContain(words('https://university.example/tides/report').join(' '));
  });

  test('the EPUB passes EPUBCheck with nothing to report', async () => {
    const result = await EpubCheck.validate(new Uint8Array(readFileSync(join(dir, `${NAME}.epub`))));
    expect(result.messages.filter((m) => m.severity !== 'usage' && m.severity !== 'info').map((m) => `${m.severity} ${m.id}: ${m.message}`)).toEqual([]);
  });

  test('--pdfa 1b is refused: PDF/A-1 can carry no original page', () => {
    const run = runGalley(['archive', fixture('article.html'), '--out', temporaryDir(), '--pdfa', '1b']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('galley archive embeds the original page, which PDF/A-1b cannot carry');
  });

  test('a plain galley build of the imported manuscript still embeds it as /Source, alone', () => {
    const imported = temporaryDir();
    expect(runGalley(['import', fixture('crawl.warc.gz'), '--url', 'https://harbour.example/news/tides.html', '--out', imported]).status).toBe(0);
    expect(runGalley(['build', join(imported, `${NAME}.md`), '--out', imported, '--format', 'pdf']).status).toBe(0);
    const files = embeddedFiles(new PdfFile(readFileSync(join(imported, `${NAME}.pdf`))));
    expect(files.map((f) => [f.name, f.relationship, f.mimeType])).toEqual([[`${NAME}.md`, 'Source', 'text/markdown']]);
  });

  test('archiving a WARC twice gives the same bytes: every time comes from the page or its WARC-Date', () => {
    const [first, second] = [temporaryDir(), temporaryDir()];
    for (const out of [first, second]) {
      expect(runGalley(['archive', fixture('crawl.warc.gz'), '--url', 'https://harbour.example/news/tides.html', '--out', out]).status).toBe(0);
    }
    for (const ext of ['md', 'pdf', 'epub']) expect(readFileSync(join(first, `${NAME}.${ext}`)).equals(readFileSync(join(second, `${NAME}.${ext}`))), ext).toBe(true);
    const files = embeddedFiles(new PdfFile(readFileSync(join(first, `${NAME}.pdf`))));
    expect(files.map((f) => f.name).sort()).toEqual(['1-harbour.png', `${NAME}.md`, 'tides.html']);
  });
});
