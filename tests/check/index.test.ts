// `galley check` on files it should pass and on files broken for the purpose,
// each broken file made here from a good one (nothing opaque is committed).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import PDFDocument from 'pdfkit';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkFile } from '../../src/check/index.ts';
import type { CheckReport, CheckResult, FileReport } from '../../src/check/index.ts';
import { loadFonts } from '../../src/fonts.ts';
import { layoutDocument } from '../../src/pdf/layout/index.ts';
import type { Page } from '../../src/pdf/page-model.ts';
import { paintPdf } from '../../src/pdf/paint/index.ts';
import { loadTheme } from '../../src/theme/load.ts';
import { parseFile } from '../helpers/archive.ts';
import { runGalley, temporaryDir } from '../helpers/cli.ts';

const MANUSCRIPT = 'tests/fixtures/manuscripts/every-node.md';
const out = temporaryDir('galley-check-');
const good = { pdf: join(out, 'every-node.pdf'), epub: join(out, 'every-node.epub'), sums: join(out, 'SHA256SUMS'), print: join(out, 'print', 'every-node.pdf'), pdfa1: join(out, 'pdfa1', 'every-node.pdf') };

const byId = (report: FileReport, id: string): CheckResult | undefined => report.checks.find((c) => c.id === id);

/** A PDF made with pdfkit alone: `draw` on one page. */
async function pdfkitFile(name: string, options: Record<string, unknown>, draw: (doc: PDFKit.PDFDocument) => void): Promise<string> {
  const doc = new PDFDocument({ autoFirstPage: false, info: { CreationDate: new Date(0) }, ...options });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  doc.addPage({ size: [432, 648] });
  draw(doc);
  doc.end();
  await done;
  const file = join(out, name);
  writeFileSync(file, Buffer.concat(chunks));
  return file;
}

// Ace, where installed, takes minutes on an EPUB.
beforeAll(() => {
  const env = { SOURCE_DATE_EPOCH: '1700000000' };
  for (const [dir, flags] of [[out, ['--checksums']], [join(out, 'print'), ['--profile', 'print', '--format', 'pdf']], [join(out, 'pdfa1'), ['--pdfa', '1b', '--format', 'pdf']]] as const) {
    const run = runGalley(['build', MANUSCRIPT, '--out', dir, ...flags], env);
    expect(run.status).toBe(0);
  }
});

describe('on good files', () => {
  let report: CheckReport;
  let status: number | null;
  beforeAll(() => {
    const run = runGalley(['check', '--json', good.pdf, good.epub, good.sums, good.print, good.pdfa1]);
    status = run.status;
    report = JSON.parse(run.stdout) as CheckReport;
  }, 900_000);

  test('exits 0 and fails nothing', () => {
    const failures = report.files.flatMap((f) => f.checks.filter((c) => c.status === 'fail').map((c) => `${f.path}: ${c.title}: ${c.message} ${(c.details ?? []).join('; ')}`));
    expect(failures).toEqual([]);
    expect(report.ok).toBe(true);
    expect(status).toBe(0);
  });

  test('says what it checked in the archive PDF', () => {
    const [pdf] = report.files;
    expect(pdf?.kind).toBe('pdf');
    for (const id of ['pdf.fonts', 'pdf.boxes', 'pdf.pdfa', 'pdf.tagged', 'pdf.source', 'pdf.notes', 'pdf.text']) expect(byId(pdf!, id)?.status, id).toBe('pass');
    expect(byId(pdf!, 'pdf.pdfa')?.message).toMatch(/PDF\/A-3b/u);
    expect(byId(pdf!, 'pdf.notes')?.message).toMatch(/^5 note/u);
    expect(byId(pdf!, 'pdf.print')?.status).toBe('skip');
  });

  test('checks the EPUB package, the print rules and the checksums', () => {
    const [, epub, sums, print, pdfa1] = report.files;
    for (const id of ['epub.container', 'epub.package', 'epub.xml', 'epub.links']) expect(byId(epub!, id)?.status, id).toBe('pass');
    expect(byId(epub!, 'epub.links')?.message).toMatch(/6 note reference/u);
    expect(byId(sums!, 'checksums')?.status).toBe('pass');
    expect(byId(print!, 'pdf.print')?.status).toBe('pass');
    expect(byId(print!, 'pdf.boxes')?.message).toMatch(/TrimBox 432 × 648 pt/u);
    expect(byId(pdfa1!, 'pdf.pdfa')?.message).toMatch(/PDF\/A-1b/u);
  });

  test('names every validator it could not run, and why', () => {
    const bare = { PATH: '/nonexistent', GALLEY_ACE: '', GALLEY_EPUBCHECK: '', GALLEY_PDFBOX_CLASSPATH: '', GALLEY_REQUIRE_VALIDATORS: '' };
    const run = runGalley(['check', good.pdf, good.pdfa1, good.epub], bare);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/skip {2}qpdf --check +not run: qpdf is not installed/u);
    expect(run.stdout).toMatch(/skip {2}PDFBox Preflight \(PDF\/A-1b\) +not run: Java or PDFBox Preflight is not installed/u);
    expect(run.stdout).toMatch(/skip {2}PDFBox Preflight \(PDF\/A-1b\) +not run: Preflight validates PDF\/A-1b only, and the file claims PDF\/A-3b/u);
    expect(run.stdout).toMatch(/skip {2}Java EPUBCheck +not run: Java EPUBCheck is not installed/u);
    expect(run.stdout).toMatch(/skip {2}Ace by DAISY \(accessibility\) +not run: Ace is not installed/u);
    expect(run.stdout).toMatch(/^3 file\(s\), \d+ check\(s\): \d+ passed, 0 failed, \d+ warning\(s\), \d+ not run$/mu);
    // Where validators are required (CI), a missing one fails the check.
    const strict = runGalley(['check', good.pdf], { ...bare, GALLEY_REQUIRE_VALIDATORS: '1' });
    expect(strict.status).toBe(1);
    expect(strict.stdout).toMatch(/FAIL {2}qpdf --check +not run: qpdf is not installed .*GALLEY_REQUIRE_VALIDATORS=1 requires it/u);
  });
});

describe('on files broken for the purpose', () => {
  test('a PDF with a font that is not embedded', async () => {
    const file = await pdfkitFile('helvetica.pdf', {}, (doc) => doc.font('Helvetica').fontSize(12).text('Not embedded', 72, 72));
    const fonts = byId(await checkFile(file), 'pdf.fonts');
    expect(fonts?.status).toBe('fail');
    expect(fonts?.details).toEqual(['Helvetica: not embedded']);
  });

  test('an EPUB whose note reference points at no note', async () => {
    const zip = await JSZip.loadAsync(readFileSync(good.epub));
    const chapter = 'OEBPS/text-1.xhtml';
    const html = await zip.file(chapter)!.async('string');
    expect(html).toContain('href="notes.xhtml#note-2"');
    zip.file(chapter, html.replace('href="notes.xhtml#note-2"', 'href="notes.xhtml#note-99"'));
    const file = join(out, 'dangling.epub');
    writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' }));
    const report = await checkFile(file);
    expect(byId(report, 'epub.container')?.status).toBe('pass');
    const links = byId(report, 'epub.links');
    expect(links?.status).toBe('fail');
    expect(links?.details).toEqual(['OEBPS/text-1.xhtml: note reference "notes.xhtml#note-99" points at no element with id "note-99"']);
    expect(['fail', 'skip']).toContain(byId(report, 'epub.epubcheck')?.status);
  }, 600_000);

  test('a PDF whose note sits on the page after its reference', async () => {
    const doc = parseFile(MANUSCRIPT);
    const theme = loadTheme();
    const fonts = loadFonts(theme);
    const { pages } = layoutDocument(doc, theme, fonts);
    const [first, second] = pages;
    expect(first?.notes.length).toBeGreaterThan(0);
    const moved: Page[] = pages.map((page, i) =>
      i === 0 ? { ...page, notes: [] } : i === 1 ? { ...page, notes: [...(second?.notes ?? []), ...(first?.notes ?? [])] } : page,
    );
    const info = { Title: doc.metadata.title, CreationDate: new Date(0), ModDate: new Date(0), Producer: 'test', Creator: 'test' };
    const { bytes } = await paintPdf(moved, fonts, theme, { writer: { info, lang: 'en-GB', version: '1.7', xmp: '' }, interactive: true });
    const file = join(out, 'moved-note.pdf');
    writeFileSync(file, bytes);
    const notes = byId(await checkFile(file), 'pdf.notes');
    expect(notes?.status).toBe('fail');
    expect(notes?.details).toEqual(expect.arrayContaining(['note 1: first referenced on page 1, but the note starts on page 2', 'note 2: first referenced on page 1, but the note starts on page 2']));
  });

  test('a PDF/A whose XMP is broken by an unescaped "&" in the title (pdfkit on its own)', async () => {
    const file = await pdfkitFile('bad-xmp.pdf', { pdfVersion: '1.7', subset: 'PDF/A-3b', info: { Title: 'Harbour & Tides', CreationDate: new Date(0) } }, () => undefined);
    const pdfa = byId(await checkFile(file), 'pdf.pdfa');
    expect(pdfa?.status).toBe('fail');
    expect(pdfa?.message).toMatch(/^the XMP metadata is not well-formed XML/u);
  });

  test('a print file with a link in it', async () => {
    const file = await pdfkitFile('print-link.pdf', {}, (doc) => {
      (doc.page as unknown as { dictionary: { data: Record<string, unknown> } }).dictionary.data.TrimBox = [0, 0, 432, 648];
      doc.link(72, 72, 100, 20, 'https://example.org/');
    });
    const print = byId(await checkFile(file), 'pdf.print');
    expect(print?.status).toBe('fail');
    expect(print?.details?.[0]).toMatch(/^page 1: 1 annotation\(s\) \(links\)/u);
  });

  test('a SHA256SUMS naming a file that changed', () => {
    const dir = temporaryDir();
    writeFileSync(join(dir, 'a.txt'), 'changed');
    writeFileSync(join(dir, 'SHA256SUMS'), `${'0'.repeat(64)}  a.txt\n${'1'.repeat(64)}  gone.pdf\n`);
    const run = runGalley(['check', join(dir, 'SHA256SUMS')]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('- a.txt: SHA-256 differs');
    expect(run.stdout).toContain('- gone.pdf: listed but missing');
  });

  test('the command exits 1 and reports every broken file, readable or not', () => {
    const run = runGalley(['check', join(out, 'helvetica.pdf'), join(out, 'dangling.epub'), join(out, 'nowhere.pdf'), join(out, 'every-node.pdf')]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/FAIL {2}Fonts embedded, with Unicode maps/u);
    expect(run.stdout).toMatch(/FAIL {2}Internal links and note references/u);
    expect(run.stdout).toContain('cannot read');
    expect(run.stdout).toMatch(/ — the files are not ready\n$/u);
  }, 600_000);
});

describe('usage', () => {
  test.each([
    [['check'], 'no file to check given'],
    [['check', 'x.pdf', '--profile', 'print'], '--profile is an option of galley build'],
    [['check', 'x.pdf', '--force'], '--force is an option of galley build'],
  ])('galley %j exits 2', (args, message) => {
    const run = runGalley(args);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
  });
});
