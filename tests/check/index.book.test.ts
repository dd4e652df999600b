// `galley check` on a book, whose notes number from 1 in every chapter: on a
// correct book's PDF and EPUB it reports nothing wrong, pairing each note with
// its mark within its chapter; on a book broken for the purpose (one
// chapter's note 1 moved to the next page, while another chapter's note 1
// stays on its page; an EPUB note link broken) it says which and where.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadBook } from '../../src/book/index.ts';
import { checkFile } from '../../src/check/index.ts';
import type { CheckResult, FileReport } from '../../src/check/index.ts';
import { bookDocument } from '../../src/document/book-document.ts';
import { loadFonts } from '../../src/fonts.ts';
import { layoutBook } from '../../src/pdf/layout/book/index.ts';
import type { Page } from '../../src/pdf/page-model.ts';
import { paintPdf } from '../../src/pdf/paint/index.ts';
import { loadTheme } from '../../src/theme/load.ts';
import { runGalley, temporaryDir } from '../helpers/cli.ts';

const FIXTURE = new URL('../fixtures/book', import.meta.url).pathname;
const out = temporaryDir('galley-check-book-');
const byId = (report: FileReport, id: string): CheckResult | undefined => report.checks.find((c) => c.id === id);

beforeAll(() => {
  const run = runGalley(['build', FIXTURE, '--out', out], { SOURCE_DATE_EPOCH: '1700000000' });
  expect(run.status, run.stderr).toBe(0);
}, 120_000);

describe('galley check on a correct book', () => {
  test('reports nothing wrong in the PDF or the EPUB, and pairs the notes chapter by chapter', () => {
    const run = runGalley(['check', join(out, 'book.pdf'), join(out, 'book.epub'), '--json']);
    const report = JSON.parse(run.stdout) as { ok: boolean; files: FileReport[] };
    const failed = report.files.flatMap((f) => f.checks.filter((c) => c.status === 'fail' || c.status === 'warn').map((c) => `${f.path}: ${c.id}: ${c.message}`));
    expect(failed).toEqual([]);
    expect(run.status).toBe(0);
    const [pdf] = report.files;
    // Four notes, two of them numbered 1 (chapters one and two) and none lost to the other.
    expect(byId(pdf!, 'pdf.notes')?.message).toMatch(/^6 note\(s\), each starting on the page of its first reference \(numbered afresh in each chapter; paired within 3 chapter\(s\)\)/u);
    expect(byId(pdf!, 'pdf.contents')?.status).toBe('pass');
    expect(byId(pdf!, 'pdf.text')?.status).toBe('pass');
  }, 600_000);
});

describe('galley check on a book broken for the purpose', () => {
  test("a chapter's note 1 on the page after its mark fails, though another chapter's note 1 is on its page", async () => {
    const loaded = loadBook(join(FIXTURE, 'book.yaml'));
    const book = loaded.book!;
    const theme = loadTheme();
    const fonts = loadFonts(theme);
    const layout = layoutBook(book, bookDocument(book), theme, fonts, fonts.fonts.body.familyName);
    // "Where the Water Meets the Wall" (the third chapter): its one note, on the page of its mark.
    const opening = layout.frontPages + (layout.chapterPages[2] ?? 0) - 1;
    const index = layout.pages.findIndex((page, i) => i >= opening && page.notes.length > 0);
    const next = layout.pages[index + 1];
    expect(index, 'the chapter has a note').toBeGreaterThanOrEqual(opening);
    expect(next, 'a page follows the note in the same chapter').toBeDefined();
    expect(index + 1).toBeLessThan(layout.frontPages + (layout.chapterPages[3] ?? 0) - 1);
    const moved: Page[] = layout.pages.map((page, i) =>
      i === index ? { ...page, notes: [] } : i === index + 1 ? { ...page, notes: [...(layout.pages[index]?.notes ?? []), ...page.notes] } : page,
    );
    const info = { Title: book.metadata.title, CreationDate: new Date(0), ModDate: new Date(0), Producer: 'test', Creator: 'test' };
    const { bytes } = await paintPdf(moved, fonts, theme, { writer: { info, lang: 'en-GB', version: '1.7', xmp: '' }, interactive: true, frontPages: layout.frontPages });
    const file = join(out, 'moved-note.pdf');
    writeFileSync(file, bytes);
    const notes = byId(await checkFile(file), 'pdf.notes');
    expect(notes?.status).toBe('fail');
    const openingLabel = String(layout.chapterPages[2]);
    expect(notes?.details).toEqual([`in the chapter opening on page ${openingLabel}, note 1: first referenced on page ${index + 1}, but the note starts on page ${index + 2}`]);
    // The contents still give every chapter's opening page.
    expect(byId(await checkFile(file), 'pdf.contents')?.status).toBe('pass');
  }, 120_000);

  test('the command exits 1 and names both files when the EPUB has a broken note link and the contents give wrong pages', async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(out, 'book.epub')));
    const chapter = Object.keys(zip.files).find((name) => /text-3\.xhtml$/u.test(name))!;
    const html = await zip.file(chapter)!.async('string');
    const link = /href="(notes\.xhtml#[^"]+)"/u.exec(html)?.[1];
    expect(link).toBeDefined();
    zip.file(chapter, html.replace(`href="${link}"`, 'href="notes.xhtml#note-99"'));
    const epub = join(out, 'broken.epub');
    writeFileSync(epub, await zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' }));
    // The body's page 1 two pages later in the labels: every entry's number is now wrong.
    const pdfBytes = readFileSync(join(out, 'book.pdf'));
    const tampered = Buffer.from(pdfBytes.toString('latin1').replace(/(\/Nums \[0 <<\n\/S \/r\n>> )(\d) /u, (_m, head: string, n: string) => `${head}${Number(n) + 2} `), 'latin1');
    expect(tampered.equals(pdfBytes)).toBe(false);
    const pdf = join(out, 'broken.pdf');
    writeFileSync(pdf, tampered);

    const run = runGalley(['check', pdf, epub, '--json']);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as { files: FileReport[] };
    expect(byId(report.files[0]!, 'pdf.contents')?.status).toBe('fail');
    const links = byId(report.files[1]!, 'epub.links');
    expect(links?.status).toBe('fail');
    expect(links?.details?.[0]).toMatch(/text-3\.xhtml: note reference "notes\.xhtml#note-99" points at no element/u);
  }, 600_000);
});
