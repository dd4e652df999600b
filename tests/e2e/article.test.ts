// The article built by the real CLI, read back as a reader (and a validator) would.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Document } from '../../src/document.ts';
import { parseManuscript } from '../../src/parse/index.ts';
import { blockText, words } from '../../src/text.ts';
import { runGalley, temporaryDir } from '../helpers/cli.ts';
import { inOrder, layerUnits, readPdf, readTextLayer, type PdfReadBack } from '../helpers/read-pdf.ts';
import type { TextPage } from '../../src/check/pdf/layer.ts';
import { layerStream } from '../../src/check/pdf/words.ts';
import { run, testWith } from '../helpers/external.ts';
import { elements, readEpub } from '../helpers/epub-reader.ts';

const manuscript = 'manuscript/article.md';
let out: string;
let doc: Document;
let pdf: PdfReadBack;
let layer: string[];
let textPages: TextPage[];

beforeAll(async () => {
  out = temporaryDir();
  const run = runGalley(['build', manuscript, '--out', out, '--report'], { SOURCE_DATE_EPOCH: '1700000000' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  const parsed = parseManuscript(manuscript, readFileSync(manuscript));
  doc = parsed.document!;
  pdf = await readPdf(readFileSync(join(out, 'article.pdf')));
  const bytes = readFileSync(join(out, 'article.pdf'));
  layer = await layerUnits(bytes);
  textPages = await readTextLayer(bytes);
});

describe('the article PDF', () => {
  test('has the title block and every paragraph, word for word, in order', () => {
    const expected = [
      ...words(doc.metadata.title),
      ...words(doc.metadata.subtitle ?? ''),
      ...doc.blocks.flatMap((block) => words(blockText(block))),
    ];
    expect(expected.length).toBeGreaterThan(600);
    expect(inOrder(layer, expected)).toBe('all found');
  });

  test('sets every source note at the foot of the page that cites it', () => {
    expect(doc.notes.length).toBeGreaterThanOrEqual(8);
    for (const note of doc.notes) {
      // Enough words to tell notes apart, few enough to fit the two lines a split note keeps.
      // The note's number, then its first words: short notes ("Putin.") can read alike.
      const noteWords = [String(note.number), ...note.children.flatMap((b) => words(blockText(b))).slice(0, 12)];
      const startPage = textPages.find((page) => page.items.some((i) => i.role === 'label' && i.str.trim() === String(note.number)));
      expect(startPage, `note ${note.number}: no note number at a page foot`).toBeDefined();
      expect(inOrder(layerStream([startPage!], new Set(['label', 'note'])).units, noteWords), `note ${note.number}`).toBe('all found');
      const firstMark = textPages.find((page) => page.items.some((i) => i.role === 'mark' && i.str.trim() === String(note.number)));
      expect(firstMark, `no note mark for note ${note.number}`).toBeDefined();
      expect(firstMark!.number, `note ${note.number}`).toBe(startPage!.number);
    }
  });

  test('numbers the pages and repeats no running head on the first page', () => {
    expect(pdf.pages.length).toBeGreaterThanOrEqual(2);
    for (const page of pdf.pages.slice(1)) {
      expect(page.items.some((item) => item.str.trim() === String(page.number)), `folio on page ${page.number}`).toBe(true);
    }
  });

  test('carries document information and an outline', () => {
    expect(pdf.info.Title).toBe(doc.metadata.title);
    expect(pdf.info.Subject).toBe(doc.metadata.subtitle);
    expect(String(pdf.info.Author)).toContain('The New York Sun');
    expect(String(pdf.info.Keywords)).not.toBe('');
    expect(pdf.outline.length).toBeGreaterThan(0);
  });

  test('has clickable links: the source URL, and every in-document link resolves', () => {
    expect(pdf.links.some((link) => link.url === doc.metadata.source)).toBe(true);
    const internal = pdf.links.filter((link) => link.dest !== undefined);
    // Note marks go to their notes, and each citation's note to its entry in Sources.
    expect(internal.length).toBeGreaterThanOrEqual(doc.notes.length * 2);
    for (const link of internal) expect(pdf.destinations.has(link.dest!), `${link.dest} on page ${link.page}`).toBe(true);
    expect(internal.filter((link) => link.dest!.startsWith('src-')).length).toBeGreaterThan(0);
  });

  testWith('pdffonts', 'embeds every font, subset, with a Unicode map', () => {
    const listing = run('pdffonts', [join(out, 'article.pdf')]);
    const rows = listing.trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) expect(row, row).toMatch(/\syes\s+yes\s+yes\s+\d+\s+\d+\s*$/);
  });

  testWith('qpdf', 'is a structurally sound PDF (qpdf --check)', () => {
    const check = run('qpdf', ['--check', join(out, 'article.pdf')]);
    expect(check).toContain('No syntax or stream encoding errors found');
  });

  test('layout report: no overfull lines, widows, orphans, or notes off their page', () => {
    const report = JSON.parse(readFileSync(join(out, 'article.layout.json'), 'utf8'));
    expect(report.overfullLines.count).toBe(0);
    expect(report.notesOffPage).toBe(0);
    const pages = report.pages as { widows: number; orphans: number }[];
    expect(pages.reduce((n, p) => n + p.widows + p.orphans, 0)).toBe(0);
  });
});

describe('the article EPUB', () => {
  test('links each citation note to its entry in the Sources list', async () => {
    const epub = await readEpub(readFileSync(join(out, 'article.epub')));
    const documents = await epub.contentDocuments();
    const ids = new Map<string, string>();
    for (const { name, doc: xml } of documents) {
      for (const element of elements(xml, '*')) {
        const id = element.getAttribute('id');
        if (id) ids.set(`${name.split('/').pop()}#${id}`, element.tagName);
      }
    }
    const citationNotes = doc.notes.filter((note) => note.kind === 'citation');
    expect(citationNotes.length).toBeGreaterThan(5);
    const sourceLinks = documents.flatMap(({ doc: xml }) =>
      elements(xml, 'a').map((a) => a.getAttribute('href') ?? '').filter((href) => /#src-/u.test(href)),
    );
    expect(sourceLinks.length).toBeGreaterThanOrEqual(citationNotes.length);
    for (const href of sourceLinks) expect(ids.get(href), href).toBe('li');
  });
});

describe('reproducible output', () => {
  test('two builds with the same SOURCE_DATE_EPOCH are byte-identical', () => {
    const again = temporaryDir();
    const run = runGalley(['build', manuscript, '--out', again], { SOURCE_DATE_EPOCH: '1700000000' });
    expect(run.status).toBe(0);
    for (const name of ['article.pdf', 'article.epub']) {
      expect(readFileSync(join(again, name)).equals(readFileSync(join(out, name))), name).toBe(true);
    }
  });
});
