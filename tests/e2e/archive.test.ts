// The archive profile (the default): PDF/A-3b with the manuscript inside,
// well-formed XMP, and a structure tree that follows the document.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { PdfDict, PdfFile, PdfRef } from '../../src/check/pdf/reader.ts';
import type { PdfValue } from '../../src/check/pdf/reader.ts';
import { checkPdfA, checkTagged, embeddedSource } from '../../src/check/pdf/structure.ts';
import { align } from '../../src/check/pdf/align.ts';
import { manuscriptUnits, units } from '../../src/check/pdf/words.ts';
import { Diagnostics } from '../../src/diagnostics.ts';
import { parseMarkdown } from '../../src/parse/markdown.ts';
import { renderPdf } from '../../src/pdf/index.ts';
import { GALLEY_NS } from '../../src/pdf/paint/xmp.ts';
import { loadTheme } from '../../src/theme/load.ts';
import { makeDocument, prose, table } from '../helpers/build-doc.ts';
import { runGalley, temporaryDir } from '../helpers/cli.ts';
import { run, testWith } from '../helpers/external.ts';
import { ARTICLE, DATE, EVERY_NODE, allNodes, childTypes, render, structureTree, xmpOf, xmpText } from '../helpers/archive.ts';
import type { StructNode } from '../helpers/archive.ts';
import { readTagged } from '../helpers/tagged-text.ts';

const NS = { pdfaid: 'http://www.aiim.org/pdfa/ns/id/', dc: 'http://purl.org/dc/elements/1.1/', xmp: 'http://ns.adobe.com/xap/1.0/' };

let everyNode: Buffer;

beforeAll(async () => {
  everyNode = (await render(EVERY_NODE, { kind: 'archive', pdfa: 'PDF/A-3b' })).bytes;
});

describe('the archive copy', () => {
  test('says PDF/A-3b in XMP that is well-formed even with & and < in the title, and agrees with the document info', () => {
    const xmp = xmpOf(everyNode);
    expect(xmpText(xmp, NS.pdfaid, 'part')).toBe('3');
    expect(xmpText(xmp, NS.pdfaid, 'conformance')).toBe('B');
    expect(xmpText(xmp, NS.dc, 'title')).toBe('Harbour & Tides: <A Test of Every Node>');
    expect(xmpText(xmp, NS.xmp, 'ModifyDate')).toBe('2023-11-14T22:13:20Z');
    expect(xmpText(xmp, NS.dc, 'language')).toBe('en-GB');
    const pdf = new PdfFile(everyNode);
    expect(pdf.version).toBe('1.7');
    expect(checkPdfA(pdf)).toMatchObject({ status: 'pass' });
  });

  test('carries an sRGB output intent', () => {
    const pdf = new PdfFile(everyNode);
    const [intent] = pdf.array(pdf.catalog().get('OutputIntents')).map((v) => pdf.dict(v));
    expect(pdf.name(intent?.get('S'))).toBe('GTS_PDFA1');
    expect(pdf.text(intent?.get('OutputConditionIdentifier'))).toMatch(/sRGB/u);
    const profile = pdf.stream(intent?.get('DestOutputProfile'));
    expect(profile && pdf.decode(profile)?.length).toBeGreaterThan(1000);
  });

  test('carries the manuscript byte for byte as its source, with its SHA-256 in the metadata', () => {
    const manuscript = readFileSync(EVERY_NODE);
    const source = embeddedSource(new PdfFile(everyNode));
    expect(source).toMatchObject({ name: 'every-node.md', relationship: 'Source', mimeType: 'text/markdown' });
    expect(Buffer.from(source?.bytes ?? []).equals(manuscript)).toBe(true);
    expect(xmpText(xmpOf(everyNode), GALLEY_NS, 'sourceSHA256')).toBe(createHash('sha256').update(manuscript).digest('hex'));
  });
});

describe('the structure tree', () => {
  let tree: StructNode;
  beforeAll(() => {
    const found = structureTree(everyNode);
    if (found === null) throw new Error('no structure tree');
    tree = found;
  });
  const find = (type: string, where: StructNode = tree): StructNode[] => allNodes(where).filter((n) => n.type === type);

  test('has one Document holding the blocks in reading order, each note after the block that first cites it', () => {
    expect(childTypes(tree)).toEqual(['Document']);
    const blocks = childTypes(tree.children[0]);
    // Title block (title, subtitle, byline, publisher, date), then "# Opening", its paragraph and the two notes it cites, the quotation and its note.
    expect(blocks.slice(0, 11)).toEqual(['H1', 'P', 'P', 'P', 'P', 'H1', 'P', 'Note', 'Note', 'BlockQuote', 'Note']);
    expect(blocks.filter((t) => t === 'H2')).toHaveLength(5);
    expect(blocks.at(-1)).toBe('P');
  });

  test('nests lists as L > LI > Lbl + LBody, with nested lists inside the body', () => {
    const [first] = find('L');
    expect(childTypes(first).every((t) => t === 'LI')).toBe(true);
    for (const li of first?.children ?? []) expect(childTypes(li)).toEqual(expect.arrayContaining(['Lbl', 'LBody']));
    const nested = find('L', first).slice(1);
    expect(nested.length).toBe(2);
    expect(find('LBody', first).some((body) => childTypes(body).includes('L'))).toBe(true);
  });

  test('sets the table out as Table > TR > TH / TD', () => {
    const [table] = find('Table');
    expect(childTypes(table)).toEqual(['TR', 'TR', 'TR', 'TR']);
    expect(childTypes(table?.children[0])).toEqual(['TH', 'TH', 'TH', 'TH']);
    expect(childTypes(table?.children[1])).toEqual(['TD', 'TD', 'TD', 'TD']);
  });

  test('sets a grid table out the same way, a headerless one with no TH', () => {
    const [, grid, headerless] = find('Table');
    expect(childTypes(grid)).toEqual(['TR', 'TR', 'TR', 'TR']);
    expect(childTypes(grid?.children[0])).toEqual(['TH', 'TH']);
    expect(childTypes(headerless)).toEqual(['TR', 'TR']);
    expect(find('TH', headerless)).toEqual([]);
  });

  test('gives the figure its alt text, and leaves the decorative image (empty alt) out', () => {
    const figures = find('Figure');
    expect(figures.map((f) => f.alt)).toEqual(['A bar chart of five tide heights']);
    expect(find('Caption')).toHaveLength(1);
  });

  test('tags note marks as Reference > Link and notes as Note > Lbl + P', () => {
    const references = find('Reference');
    // "first" cited twice, "second", "quote", "terms" and "grid" (from a grid table cell) once.
    expect(references).toHaveLength(6);
    for (const reference of references) expect(childTypes(reference)).toEqual(['Link']);
    const notes = find('Note');
    expect(notes).toHaveLength(5);
    for (const note of notes) expect(childTypes(note).slice(0, 2)).toEqual(['Lbl', 'P']);
    expect(find('Link').length).toBeGreaterThanOrEqual(references.length + notes.length + 2);
  });

  test('keeps a table running over pages as one Table: a split row stays one TD, the repeated header is an artifact', async () => {
    const rows = [['Port', 'Notes'], ...Array.from({ length: 40 }, (_, i) => [`Port ${i}`, prose(8, i)]), [prose(400, 2), prose(700, 3)], ['Last', 'row']];
    const { bytes } = await renderPdf(makeDocument([table(rows)]), loadTheme(), { date: DATE });
    expect((await readTagged(bytes)).unclaimed).toEqual([]);
    const pdf = new PdfFile(bytes);
    expect(pdf.pages().length).toBeGreaterThan(2);
    // The pages each element's marked content lies on.
    const pagesOf = (element: PdfDict): Set<string> => {
      const pages = new Set<string>();
      const own = element.get('Pg');
      if (own instanceof PdfRef) pages.add(String(own.num));
      for (const kid of pdf.array(element.get('K'))) {
        const mcr = pdf.dict(kid);
        const page = mcr?.get('Pg');
        if (pdf.name(mcr?.get('Type')) === 'MCR' && page instanceof PdfRef) pages.add(String(page.num));
      }
      return pages;
    };
    const cells = (type: string): PdfDict[] => {
      const found: PdfDict[] = [];
      const visit = (value: PdfValue | undefined): void => {
        for (const kid of pdf.array(value).length > 0 ? pdf.array(value) : [value]) {
          const element = kid instanceof PdfRef ? pdf.dict(kid) : undefined;
          if (element === undefined) continue;
          if (pdf.name(element.get('S')) === type) found.push(element);
          visit(element.get('K'));
        }
      };
      visit(pdf.dict(pdf.catalog().get('StructTreeRoot'))?.get('K'));
      return found;
    };
    expect(cells('Table')).toHaveLength(1);
    expect(cells('TR')).toHaveLength(rows.length);
    expect(cells('TH').map((th) => pagesOf(th).size)).toEqual([1, 1]);
    // Both cells of the tall row continue on the next page.
    expect(cells('TD').filter((td) => pagesOf(td).size >= 2)).toHaveLength(2);
  });

  test('tags every drawn text: each is content of an element or an artifact', async () => {
    expect((await readTagged(everyNode)).unclaimed).toEqual([]);
    expect((await readTagged((await render(ARTICLE, { kind: 'archive', pdfa: 'PDF/A-3b' })).bytes)).unclaimed).toEqual([]);
  });

  test('the preflight reads it as tagged, with the language and the title shown', () => {
    const check = checkTagged(new PdfFile(everyNode));
    expect(check.status).toBe('pass');
    expect(check.message).toMatch(/language en-GB/u);
  });
});

describe('read back by poppler', () => {
  const out = temporaryDir();
  const pdfPath = join(out, 'article.pdf');
  beforeAll(() => {
    const run = runGalley(['build', ARTICLE, '--out', out, '--format', 'pdf'], { SOURCE_DATE_EPOCH: String(DATE.getTime() / 1000) });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  testWith(['pdfinfo', 'pdfdetach'], 'pdfinfo -meta shows PDF/A-3b; pdfdetach extracts the manuscript unchanged', () => {
    expect(run('pdfinfo', ['-meta', pdfPath])).toMatch(/<pdfaid:part>3<\/pdfaid:part>\s*<pdfaid:conformance>B</u);
    expect(run('pdfdetach', ['-list', pdfPath])).toMatch(/1: article\.md/u);
    const saved = join(out, 'extracted.md');
    run('pdfdetach', ['-save', '1', '-o', saved, pdfPath]);
    expect(readFileSync(saved).equals(readFileSync(ARTICLE))).toBe(true);
  });

  testWith(['pdfinfo', 'pdftotext'], 'pdfinfo says Tagged: yes, and -struct-text reads the article in order with no running heads or folios', () => {
    expect(run('pdfinfo', [pdfPath])).toMatch(/^Tagged:\s+yes$/mu);
    const structText = run('pdfinfo', ['-struct-text', pdfPath]);
    const quoted = [...structText.matchAll(/^\s*"(.*)"$/gmu)].map((m) => m[1] ?? '');
    // The running heads (on every page but the first) are artifacts, not text of the document.
    const heads = run('pdftotext', ['-f', '2', '-l', '2', pdfPath, '-']).split('\n')[0] ?? '';
    expect(heads.length).toBeGreaterThan(10);
    expect(quoted.filter((line) => line.trim() === heads.trim())).toEqual([]);
    const { body } = manuscriptUnits(parseMarkdown(readFileSync(ARTICLE, 'utf8'), new Diagnostics(ARTICLE)));
    // A word hyphenated at a line end is one word.
    const words = units(quoted.join('\n').replace(/-\n/gu, ''));
    // Every body word, in order; the notes come between, after the block that cites them.
    expect(body.length).toBeGreaterThan(600);
    expect(align(body, words)).toHaveLength(body.length);
  });

  testWith('qpdf', 'qpdf --check finds nothing wrong', () => {
    writeFileSync(join(out, 'every-node.pdf'), everyNode);
    for (const file of [pdfPath, join(out, 'every-node.pdf')]) {
      expect(run('qpdf', ['--check', file])).toContain('No syntax or stream encoding errors found');
    }
  });
});
